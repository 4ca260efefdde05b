package dev.dialpadcti;

/**
 * The development build's check of listener event names: a name that is neither a documented
 * Dialpad method nor one of the library's events is probably a typo ({@code call_ringin}).
 */
final class EventNames {
  private EventNames() {}

  /** Names already warned about, "|name|" each: one warning per name. */
  private static String warned = "|";

  /**
   * The warning for a listener on {@code name} when the name is unknown, suggesting the nearest
   * known one; null when it is known or was already warned about (one warning per name).
   */
  static String unknownWarning(String name) {
    if (Values.inList(Protocol.KNOWN_EVENTS, name) || Values.inList(warned, name)) {
      return null;
    }
    warned += name + "|";
    return Messages.unknownEvent(name, nearest(name, Protocol.KNOWN_EVENTS));
  }

  /** The name of {@code known} ("|a|b|") closest to {@code name}, if it is close enough to be a typo. */
  static String nearest(String name, String known) {
    String best = null;
    int bestDistance = Math.max(2, name.length() / 3) + 1;
    int start = 1;
    while (start < known.length()) {
      int end = known.indexOf("|", start);
      String candidate = known.substring(start, end);
      int d = distance(name, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
      start = end + 1;
    }
    return best;
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
