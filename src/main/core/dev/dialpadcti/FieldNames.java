package dev.dialpadcti;

/**
 * Rejects keys an object should not have, and suggests the key that was probably meant. Field
 * lists are strings like "|a|b|" rather than arrays, which keeps the compiled script small.
 */
final class FieldNames {
  private FieldNames() {}

  /** Throws {@code unknown_field} for the first key of {@code object} not in {@code known}. */
  static void requireKnown(ObjectView object, String known, String what) {
    for (String key : object.keys()) {
      if (!Values.inList(known, key)) {
        throw Messages.unknownField(what, key, Build.DEV ? suggest(key, known) : null, known);
      }
    }
  }

  /** The known name that has the same letters as {@code key} ignoring case, '_' and '-' (phone_number: phoneNumber). */
  static String suggest(String key, String known) {
    if (key.length() > known.length()) {
      return null;
    }
    String k = normalize(key);
    int start = 1;
    while (start < known.length()) {
      int end = known.indexOf("|", start);
      String candidate = known.substring(start, end);
      if (normalize(candidate).equals(k)) {
        return candidate;
      }
      start = end + 1;
    }
    return null;
  }

  private static String normalize(String s) {
    String out = "";
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out += c == '_' || c == '-' ? "" : String.valueOf(c);
    }
    return out.toLowerCase();
  }
}
