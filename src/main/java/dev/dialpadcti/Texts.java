package dev.dialpadcti;

/** Small string checks shared by the validators, written out because regex emulation costs kilobytes. */
final class Texts {
  private Texts() {}

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

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

  /** Quotes a caller's value for an error message, cut short so a huge value cannot flood the console. */
  static String quote(Object value) {
    if (!(value instanceof String)) {
      return String.valueOf(value);
    }
    String s = (String) value;
    return "'" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'";
  }

  /** Describes a value's type in JavaScript terms for error messages. */
  static String typeOf(Object value) {
    if (value == null) {
      return "undefined";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Double) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return "an object";
  }
}
