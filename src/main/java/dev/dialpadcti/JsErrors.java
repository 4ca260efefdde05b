package dev.dialpadcti;

import elemental2.core.JsError;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** Turns a {@link CtiException} into the JavaScript {@code Error} that JS callers see. */
final class JsErrors {
  private JsErrors() {}

  static final String NAME = "DialpadCtiError";

  /**
   * Gives the exception's backing JS Error (the value J2CL and GWT actually throw) the name, code
   * and message of the SPEC, and returns the exception for {@code throw}.
   */
  static CtiException decorate(CtiException e) {
    JsPropertyMap<Object> error = Js.asPropertyMap(toJs(e));
    error.set("name", NAME);
    error.set("code", e.getCode());
    error.set("message", e.getMessage());
    return e;
  }

  /** The JS value a rejected Promise should carry for {@code e}. */
  static Object rejection(CtiException e) {
    return toJs(decorate(e));
  }

  /**
   * The JS Error behind a Java throwable. Both compilers keep it in an own field whose name is
   * renamed by optimization, so it is found by type rather than by name.
   */
  static Object toJs(Throwable t) {
    JsPropertyMap<Object> fields = Js.asPropertyMap(t);
    Object[] found = {null};
    fields.forEach(key -> {
      Object value = fields.get(key);
      if (found[0] == null && value instanceof JsError) {
        found[0] = value;
      }
    });
    return found[0] != null ? found[0] : t;
  }
}
