package dev.dialpadcti;

/** The E.164 rule Dialpad applies to phone numbers: '+' then 2-15 digits, the first 1-9. */
final class E164 {
  private E164() {}

  /** How to write one, for error messages. */
  static final String RULE = "E.164 ('+' and 2-15 digits, no spaces) like '+14155550123'";

  static boolean isValid(String s) {
    return s.length() >= 3 && s.length() <= 16 && s.startsWith("+") && s.charAt(1) != '0'
        && Texts.allDigits(s, 1);
  }
}
