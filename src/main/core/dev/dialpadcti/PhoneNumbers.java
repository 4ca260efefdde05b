package dev.dialpadcti;

/**
 * Turns a phone number as people write it into E.164 (SPEC §10): a {@code tel:} prefix and its
 * {@code ;} parameters go, visual separators go, {@code 00} (and {@code 011} for country code 1)
 * becomes {@code +}, and a national number takes the default country code, dropping one trunk
 * {@code 0} (kept for Italy, 39). Letters are refused.
 */
final class PhoneNumbers {
  private PhoneNumbers() {}

  /** Spaces: plain, no-break, narrow no-break, figure, tab. */
  private static final String SPACES = " \u00a0\u202f\u2007\t";
  /** Spaces and the marks people put in numbers. */
  private static final String SEPARATORS = SPACES + "-.()/";

  /** A country calling code: 1 to 3 digits, the first not 0. */
  static boolean isCountryCode(String code) {
    return code.length() <= 3 && Values.allDigits(code, 0) && code.charAt(0) != '0';
  }

  /**
   * {@code text} in E.164, or null when it has none: a national number and no {@code countryCode}
   * (null), letters, or too few or too many digits.
   */
  static String toE164(String text, String countryCode) {
    // Longer than any number with its separators and extension: refused before any work.
    if (text.length() > 100) {
      return null;
    }
    String s = text.trim();
    if (s.length() >= 4 && s.substring(0, 4).toLowerCase().equals("tel:")) {
      s = s.substring(4);
    }
    int parameters = s.indexOf(";");
    if (parameters >= 0) {
      s = s.substring(0, parameters);
    }
    // Spaces Java's trim() leaves (no-break ones), and any after "tel:".
    while (!s.isEmpty() && SPACES.contains(s.substring(0, 1))) {
      s = s.substring(1);
    }
    boolean international = s.startsWith("+") || s.startsWith("00") || "1".equals(countryCode) && s.startsWith("011");
    // A String, not a StringBuilder: J2CL's StringBuilder would cost the bundle more than it saves.
    String n = "";
    for (int i = international && s.startsWith("+") ? 1 : 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // "+44 (0)20 …": the trunk 0 in brackets is not dialled from abroad (Italy's 0 is).
      if (international && s.startsWith("(0)", i)
          && !"39".equals(n.startsWith("00") ? n.substring(2) : n.startsWith("011") ? n.substring(3) : n)) {
        i += 2;
      } else if (Values.isDigit(c)) {
        n += c;
      } else if (SEPARATORS.indexOf(String.valueOf(c)) < 0) {
        return null;
      }
    }
    String e164;
    if (s.startsWith("+")) {
      e164 = "+" + n;
    } else if (n.startsWith("00")) {
      e164 = "+" + n.substring(2);
    } else if ("1".equals(countryCode) && n.startsWith("011")) {
      e164 = "+" + n.substring(3);
    } else if (countryCode == null) {
      return null;
    } else if ("1".equals(countryCode)) {
      e164 = n.length() == 10 ? "+1" + n : n.length() == 11 && n.startsWith("1") ? "+" + n : null;
    } else {
      String national = n.startsWith("0") && !"39".equals(countryCode) ? n.substring(1) : n;
      e164 = national.isEmpty() ? null : "+" + countryCode + national;
    }
    return e164 != null && E164.isValid(e164) ? e164 : null;
  }
}
