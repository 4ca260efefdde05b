package dev.dialpadcti;

/** The rule for method and event names: snake_case, starting with a letter, at most 64 characters. */
final class MethodName {
  private MethodName() {}

  static boolean isValid(String s) {
    // Length first: a 10 MB name must cost nothing.
    if (s.isEmpty() || s.length() > Protocol.METHOD_MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z') && (i == 0 || !Values.isDigit(c) && c != '_')) {
        return false;
      }
    }
    return true;
  }

  /** {@code name} as a method or event name; invalid_method when it is not a valid one. */
  static String check(Object name) {
    if (name instanceof String && isValid((String) name)) {
      return (String) name;
    }
    throw Messages.badMethodName(name);
  }

  /** The library's own events; a message with one of these names could pass for one of ours. */
  static boolean isReserved(String s) {
    return Values.inList(Protocol.OWN_EVENTS, s);
  }

}
