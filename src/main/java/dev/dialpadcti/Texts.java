package dev.dialpadcti;

/** Small checks shared by the validators, written out because regex emulation costs kilobytes. */
final class Texts {
  private Texts() {}

  static final String STRING = "a string";
  static final String NUMBER = "a number";
  static final String BOOLEAN = "a boolean";

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

  /** A caller's value for an error message: a string quoted, anything else by its type. */
  static String quote(Object value) {
    return value instanceof String ? "'" + value + "'" : typeOf(value);
  }

  /** A value's type in JavaScript terms, for error messages: "a string", "a number"... */
  static String typeOf(Object value) {
    return value == null ? "undefined"
        : value instanceof String ? STRING
        : value instanceof Double ? NUMBER
        : value instanceof Boolean ? BOOLEAN
        : "an object";
  }

  /** The field's value, or null when absent; {@code invalid_argument} when it is not of {@code type}. */
  static Object typed(ObjectView object, String key, String type) {
    Object value = object.get(key);
    if (value != null && !typeOf(value).equals(type)) {
      throw invalid(key + " must be " + type + ", not " + quote(value));
    }
    return value;
  }

  static CtiException invalid(String message) {
    return CtiException.of(ErrorCode.INVALID_ARGUMENT, message);
  }
}
