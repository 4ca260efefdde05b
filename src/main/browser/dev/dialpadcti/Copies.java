package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsObject;
import elemental2.core.ObjectPropertyDescriptor;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Frozen copies of what the library keeps and hands out (a ringing call's payload in
 * {@code state.calls}, a {@code history} entry's payload), so that nothing the page does to them, or
 * to the payload its listeners got, changes the library's own records (SPEC §14).
 */
final class Copies {
  /** Deeper than this, a value is left out (null): the CTI's payloads are a few levels deep. */
  private static final int MAX_DEPTH = 16;

  private Copies() {}

  /**
   * {@code value} copied, plain objects and arrays all the way down, and frozen. Only data
   * properties are copied: a getter of the caller's payload is never run again (it ran once, when
   * the message was posted). Null when the value cannot be read (a Proxy whose trap throws).
   */
  static Object frozen(Object value) {
    return Attempt.get(() -> frozen(value, 0));
  }

  private static Object frozen(Object value, int depth) {
    if (value == null || !"object".equals(Js.typeof(value))) {
      return value;
    }
    if (depth >= MAX_DEPTH) {
      return null;
    }
    if (JsArray.isArray(value)) {
      JsArray<Object> from = Js.uncheckedCast(value);
      JsArray<Object> copy = new JsArray<>();
      for (int i = 0; i < from.length; i++) {
        copy.setAt(i, frozen(from.getAt(i), depth + 1));
      }
      return JsObject.freeze(copy);
    }
    JsPropertyMap<Object> copy = JsPropertyMap.of();
    JsArray<String> keys = JsObject.keys(value);
    for (int i = 0; i < keys.length; i++) {
      ObjectPropertyDescriptor field = JsObject.getOwnPropertyDescriptor(value, keys.getAt(i));
      if (field != null && !"function".equals(Js.typeof(field.getGet()))) {
        copy.set(keys.getAt(i), frozen(field.getValue(), depth + 1));
      }
    }
    return JsObject.freeze(copy);
  }
}
