package dev.dialpadcti;

/** The E.164 rule Dialpad applies to phone numbers: '+' then 2-15 digits, the first 1-9. */
final class E164 {
  private E164() {}

  static final String EXAMPLE = "'+14155550123'";

  static boolean isValid(String s) {
    int digits = s.length() - 1;
    return s.length() > 0
        && s.charAt(0) == '+'
        && digits >= 2
        && digits <= 15
        && s.charAt(1) != '0'
        && Texts.allDigits(s, 1);
  }

  /** Why {@code s} is not E.164, phrased as the fix. */
  static String problem(String s) {
    if (s.isEmpty()) {
      return "it is empty";
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '-' || c == '(' || c == ')' || c == '.' || c == '\t') {
        return "remove spaces and punctuation";
      }
    }
    if (s.charAt(0) != '+') {
      return "start it with '+' and the country code";
    }
    if (!Texts.allDigits(s, 1)) {
      return "only digits may follow the '+'";
    }
    if (s.charAt(1) == '0') {
      return "country codes never start with 0";
    }
    return s.length() - 1 < 2 ? "it has too few digits" : "it has more than 15 digits";
  }
}
