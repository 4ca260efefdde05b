package dev.dialpadcti;

/** Rejects keys an object should not have, and suggests the key that was probably meant. */
final class FieldNames {
  private FieldNames() {}

  /** Throws {@code unknown_field} for the first key of {@code object} not in {@code known}. */
  static void requireKnown(ObjectView object, String[] known, String what) {
    for (String key : object.keys()) {
      if (indexOf(known, key) < 0) {
        throw new CtiException(ErrorCode.UNKNOWN_FIELD, unknownMessage(key, known, what));
      }
    }
  }

  static String unknownMessage(String key, String[] known, String what) {
    String guess = suggest(key, known);
    String hint =
        guess != null ? "did you mean '" + guess + "'?" : "known fields: " + join(known) + ".";
    return what + " has an unknown field " + Texts.quote(key) + ": " + hint;
  }

  /** The known name {@code key} most likely meant: same letters ignoring case and '_' or '-', else one or two typos away. */
  static String suggest(String key, String[] known) {
    String k = normalize(key);
    String best = null;
    int bestDistance = 3;
    for (String candidate : known) {
      int d = distance(k, normalize(candidate));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  private static String normalize(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '_' && c != '-') {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /** Levenshtein distance; the strings here are short field names. */
  private static int distance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + cost);
        diagonal = above;
      }
    }
    return row[b.length()];
  }

  static int indexOf(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  static String join(String[] names) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      out.append(i == 0 ? "" : ", ").append(names[i]);
    }
    return out.toString();
  }
}
