package dev.dialpadcti;

/** The E.164 rule Dialpad applies to phone numbers: '+' then 2-15 digits, the first 1-9. */
final class E164 {
  private E164() {}

  static boolean isValid(String s) {
    return s.length() >= 3 && s.length() <= 16 && s.startsWith("+") && s.charAt(1) != '0'
        && Values.allDigits(s, 1);
  }
}
