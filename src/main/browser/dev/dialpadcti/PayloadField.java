package dev.dialpadcti;

import elemental2.core.JsObject;
import jsinterop.base.Js;

/** Reads a field of an inbound payload as text for the Java payload types, whatever its JS type. */
final class PayloadField {
  private PayloadField() {}

  /**
   * A string as is, a whole number as its digits (ids come as either), another number as
   * JavaScript writes it, anything else null.
   */
  static String text(Object payload, String key) {
    Object value = payload == null ? null : Js.asPropertyMap(payload).get(key);
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof Double) {
      double d = (Double) value;
      // Whole numbers as digits, without the ".0" Java would add; past a long's range, as
      // JavaScript writes the number (such an id has lost its exact value in transit anyway).
      return d % 1 == 0 && Math.abs(d) < 9.2e18 ? String.valueOf((long) d)
          : Js.<JsObject>uncheckedCast(value).toString();
    }
    return null;
  }

  /** True only for the boolean true. */
  static boolean isTrue(Object payload, String key) {
    return payload != null && Boolean.TRUE.equals(Js.asPropertyMap(payload).get(key));
  }
}
