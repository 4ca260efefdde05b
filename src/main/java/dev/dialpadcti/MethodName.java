package dev.dialpadcti;

/** The rule for method and event names: snake_case, starting with a letter, at most 64 characters. */
final class MethodName {
  private MethodName() {}

  static boolean isValid(String s) {
    if (s.isEmpty() || s.length() > Protocol.METHOD_MAX_LENGTH) {
      return false;
    }
    char first = s.charAt(0);
    if (first < 'a' || first > 'z') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !Texts.isDigit(c) && c != '_') {
        return false;
      }
    }
    return true;
  }

  /** The library's own events; a message with one of these names could be mistaken for ours. */
  static boolean isReserved(String s) {
    return Protocol.EVENT_READY.equals(s) || Protocol.EVENT_MESSAGE.equals(s);
  }

  /** True for the methods that have their own command ({@code initiateCall} and the others). */
  static boolean hasOwnCommand(String s) {
    return Protocol.INITIATE_CALL.equals(s)
        || Protocol.ENABLE_CURRENT_TAB.equals(s)
        || Protocol.HANG_UP_ALL_CALLS.equals(s);
  }
}
