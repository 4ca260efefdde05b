package dev.dialpadcti;

import jsinterop.annotations.JsFunction;

/**
 * The {@code <dialpad-cti>} element's attributes read as {@code mount}'s options (SPEC §13): each
 * option's kebab-case name ({@code clientId}: {@code client-id}). Flags are on when present,
 * whatever their value, as HTML's boolean attributes are; delays are whole numbers of
 * milliseconds; {@code auto-enable-tab} with no value means {@code 'login'}. Everything else is
 * passed as written, for {@link MountConfig} to check as it checks any caller's options.
 */
final class ElementAttributes {
  private ElementAttributes() {}

  /** An element's attribute by name, or null when it has none. */
  @JsFunction
  interface Reader {
    String get(String attribute);
  }

  /** Takes each option read. */
  @JsFunction
  interface Sink {
    void set(String option, Object value);
  }

  /** The options that are flags. */
  private static final String FLAGS = "|hidden|debug|autoShowOnRing|ringAttention|";
  /** The options that are numbers. */
  private static final String DELAYS = "|readyTimeoutMs|ctiSilentMs|authGraceMs|loginTimeoutMs|";

  /** The element's attribute names as a list "|client-id|url|…|", one per option of mount. */
  static String names() {
    return attribute(MountConfig.FIELDS);
  }

  /** The attribute for an option: {@code autoShowOnRing} is {@code auto-show-on-ring}. */
  static String attribute(String option) {
    String name = "";
    for (int i = 0; i < option.length(); i++) {
      char c = option.charAt(i);
      name += c >= 'A' && c <= 'Z' ? "-" + (char) (c + 32) : String.valueOf(c);
    }
    return name;
  }

  /**
   * Gives {@code sink} the option of each attribute the element has, in {@link MountConfig#FIELDS}'
   * order; throws invalid_argument for a delay that is not digits, naming the attribute.
   */
  static void read(Reader reader, Sink sink) {
    String fields = MountConfig.FIELDS;
    for (int start = 1, end; (end = fields.indexOf('|', start)) > 0; start = end + 1) {
      String option = fields.substring(start, end);
      String name = attribute(option);
      String value = reader.get(name);
      if (value != null) {
        sink.set(option, Values.inList(FLAGS, option) ? Boolean.TRUE
            : Values.inList(DELAYS, option) ? millis(name, value)
            : option.equals("autoEnableTab") && value.isEmpty() ? "login" : value);
      }
    }
  }

  /** A delay attribute's whole number of milliseconds; anything but digits is an invalid_argument. */
  private static Object millis(String name, String value) {
    // Ten digits already exceed what setTimeout takes: MountConfig reports the range.
    if (value.length() > 10 || !Values.allDigits(value, 0)) {
      throw Messages.wrongType(name, Messages.WHOLE_MILLISECONDS, value);
    }
    double ms = 0;
    for (int i = 0; i < value.length(); i++) {
      ms = ms * 10 + (value.charAt(i) - '0');
    }
    return ms;
  }
}
