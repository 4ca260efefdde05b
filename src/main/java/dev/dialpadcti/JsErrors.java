package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsError;
import elemental2.core.JsObject;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** Turns a {@link CtiException} into the JavaScript {@code Error} that JS callers see. */
final class JsErrors {
  private JsErrors() {}

  static final String NAME = "DialpadCtiError";

  /**
   * Gives the exception's backing JS Error (the value J2CL and GWT actually throw) the name, code
   * and message the API documents, and returns the exception, for {@code throw}.
   */
  static CtiException decorate(CtiException e) {
    JsPropertyMap<Object> error = Js.asPropertyMap(toJs(e));
    error.set("name", NAME);
    error.set("code", e.getCode());
    error.set("message", e.getMessage());
    return e;
  }

  /** The value a rejected Promise carries for {@code e}. */
  static Object rejection(CtiException e) {
    return toJs(decorate(e));
  }

  /**
   * The JS Error behind a Java throwable. Both compilers keep it in an own field whose name
   * optimization renames, so it is found by type rather than by name.
   */
  static Object toJs(Throwable t) {
    JsPropertyMap<Object> fields = Js.asPropertyMap(t);
    JsArray<String> keys = JsObject.keys(t);
    for (int i = 0; i < keys.length; i++) {
      Object value = fields.get(keys.getAt(i));
      if (value instanceof JsError) {
        return value;
      }
    }
    return t;
  }
}
