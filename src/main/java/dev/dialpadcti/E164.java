package dev.dialpadcti;

/** The E.164 rule Dialpad applies to phone numbers: '+' then 2-15 digits, the first 1-9. */
final class E164 {
  private E164() {}

  static final String EXAMPLE = "'+14155550123'";

  static boolean isValid(String s) {
    return problem(s) == null;
  }

  /** Why {@code s} is not E.164, phrased as the fix; null when it is. */
  static String problem(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (" -().\t".indexOf(s.charAt(i)) >= 0) {
        return "remove spaces and punctuation";
      }
    }
    if (!s.startsWith("+")) {
      return "start with + and the country code";
    }
    if (!Texts.allDigits(s, 1)) {
      return "only digits may follow the +";
    }
    if (s.charAt(1) == '0') {
      return "country codes never start with 0";
    }
    int digits = s.length() - 1;
    return digits < 2 ? "too few digits" : digits > 15 ? "more than 15 digits" : null;
  }
}
