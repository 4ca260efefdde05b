package dev.dialpadcti;

/** Small string checks shared by the validators, written out because regex emulation costs kilobytes. */
final class Texts {
  private Texts() {}

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** True when {@code s} has at least one character from {@code from} on, and all are digits. */
  static boolean allDigits(String s, int from) {
    if (from >= s.length()) {
      return false;
    }
    for (int i = from; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The value of a digit string of at most 9 digits (callers check the length and digits). */
  static int toInt(String digits) {
    int n = 0;
    for (int i = 0; i < digits.length(); i++) {
      n = n * 10 + (digits.charAt(i) - '0');
    }
    return n;
  }

  /** Quotes a caller's value for an error message, cut short so a huge value cannot flood the console. */
  static String quote(Object value) {
    if (value instanceof Double || value instanceof Boolean) {
      return String.valueOf(value);
    }
    if (!(value instanceof String)) {
      return typeOf(value);
    }
    String s = (String) value;
    return "'" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'";
  }

  /** A value's type in JavaScript terms, for error messages. */
  static String typeOf(Object value) {
    return value == null ? "undefined"
        : value instanceof String ? "a string"
        : value instanceof Double ? "a number"
        : value instanceof Boolean ? "a boolean"
        : "an object";
  }
}
