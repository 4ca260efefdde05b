package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsObject;
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

  /** {@code value} copied, plain objects and arrays all the way down, and frozen. */
  static Object frozen(Object value) {
    return frozen(value, 0);
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
    JsPropertyMap<Object> from = Js.asPropertyMap(value);
    JsPropertyMap<Object> copy = JsPropertyMap.of();
    JsArray<String> keys = JsObject.keys(value);
    for (int i = 0; i < keys.length; i++) {
      copy.set(keys.getAt(i), frozen(from.get(keys.getAt(i)), depth + 1));
    }
    return JsObject.freeze(copy);
  }
}
