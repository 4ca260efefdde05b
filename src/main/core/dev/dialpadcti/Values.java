package dev.dialpadcti;

/** Small checks of values shared by the validators, written out because regex emulation costs kilobytes. */
final class Values {
  private Values() {}

  /** JavaScript's types as the messages name them; {@link #typed} takes one of these. */
  static final String STRING = "a string";
  static final String NUMBER = "a number";
  static final String BOOLEAN = "a boolean";

  /** A value's type in JavaScript terms: "a string", "a number"... */
  static String typeOf(Object value) {
    return value == null ? "undefined"
        : value instanceof String ? STRING
        : value instanceof Double ? NUMBER
        : value instanceof Boolean ? BOOLEAN
        : "an object";
  }

  /** Whether {@code list}, written "|a|b|", holds {@code name}. Strings keep the script smaller than arrays. */
  static boolean inList(String list, String name) {
    // Length first: a 10 MB name must cost nothing.
    return name.length() < list.length() && !name.contains("|") && list.contains("|" + name + "|");
  }

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

  /** A positive 64-bit id written in digits: no leading zero, at most 9223372036854775807. */
  static boolean isLongDigits(String s) {
    return s.length() <= 19 && allDigits(s, 0) && s.charAt(0) != '0'
        && (s.length() < 19 || s.compareTo("9223372036854775807") <= 0);
  }

  /**
   * The field's value, or null when absent; {@code invalid_argument} when it is not of
   * {@code type} ({@link #STRING}, {@link #NUMBER} or {@link #BOOLEAN}).
   */
  static Object typed(ObjectView object, String key, String type) {
    Object value = object.get(key);
    if (value != null && !typeOf(value).equals(type)) {
      throw Messages.wrongType(key, type, value);
    }
    return value;
  }

  /**
   * Text a caller controls (a ringing call's contact name or number) made fit for the document title
   * and notifications: control characters and bidirectional embeddings, overrides and isolates
   * removed (they could make the title lie about who calls), and at most
   * {@link Protocol#DISPLAY_TEXT_MAX} characters, a cut marked with "…" and never splitting a
   * surrogate pair.
   */
  static String displayText(String text) {
    String out = "";
    for (int i = 0; i < text.length() && out.length() <= Protocol.DISPLAY_TEXT_MAX; i++) {
      char c = text.charAt(i);
      if (!(c < 0x20 || c >= 0x7f && c < 0xa0 || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
          || c == 0x200e || c == 0x200f || c == 0x061c)) {
        out += c;
      }
    }
    if (out.length() <= Protocol.DISPLAY_TEXT_MAX) {
      return out;
    }
    int end = Protocol.DISPLAY_TEXT_MAX - 1;
    if (Character.isHighSurrogate(out.charAt(end - 1))) {
      end--;
    }
    return out.substring(0, end) + "…";
  }
}
