package dev.dialpadcti;

import jsinterop.base.Js;

/** Reads a field of an inbound payload as text for the Java payload types, whatever its JS type. */
final class PayloadField {
  private PayloadField() {}

  /** A string as is, a number as its digits (ids come as either), anything else null. */
  static String text(Object payload, String key) {
    Object value = payload == null ? null : Js.asPropertyMap(payload).get(key);
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof Double) {
      double d = (Double) value;
      // Whole numbers without the ".0" Java would add; ids are whole.
      return d % 1 == 0 ? String.valueOf((long) d) : String.valueOf(d);
    }
    return null;
  }

  /** True only for the boolean true. */
  static boolean isTrue(Object payload, String key) {
    return payload != null && Boolean.TRUE.equals(Js.asPropertyMap(payload).get(key));
  }
}
