package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsObject;
import elemental2.core.ObjectPropertyDescriptor;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** Makes every {@link CtiException} surface in JavaScript as the Error the API documents. */
final class JsErrors {
  private JsErrors() {}

  static final String NAME = "DialpadCtiError";

  /** The CtiException made last, for {@code mount}'s check of its options. */
  static CtiException last;

  /** Installs {@link #decorate} for every CtiException created from now on. */
  static void install() {
    CtiException.onCreate = JsErrors::decorate;
  }

  /**
   * Gives the exception's backing JS Error (what J2CL and GWT throw) its name, code, message and a
   * stack that starts with them. The compilers link the Error back to the exception in an own
   * enumerable field; it is made non-enumerable, or JSON.stringify(error) meets a cycle and throws.
   */
  private static void decorate(CtiException e) {
    last = e;
    Object error = toJs(e);
    JsPropertyMap<Object> fields = Js.asPropertyMap(error);
    JsArray<String> keys = JsObject.keys(error);
    for (int i = 0; i < keys.length; i++) {
      if (fields.get(keys.getAt(i)) == e) {
        JsObject.defineProperty(error, keys.getAt(i), Js.<ObjectPropertyDescriptor>uncheckedCast(
            JsPropertyMap.of("enumerable", false)));
      }
    }
    String head = NAME + ": " + e.getMessage();
    fields.set("name", NAME);
    fields.set("code", e.getCode());
    // Enumerable, so JSON.stringify(error) and loggers that walk own keys get it.
    fields.delete("message");
    fields.set("message", e.getMessage());
    // V8 wrote the stack's first line when the Error was made, before it had its name and message.
    Object stack = fields.get("stack");
    if (stack instanceof String) {
      String frames = (String) stack;
      int at = frames.indexOf("\n    at ");
      fields.set("stack", head + (at >= 0 ? frames.substring(at) : "\n" + frames));
    }
  }

  /** Whether {@code value} is an error of this library, from this copy of it or another. */
  static boolean isDialpadCtiError(Object value) {
    return isError(value) && NAME.equals(Js.asPropertyMap(value).get("name"))
        && Js.asPropertyMap(value).get("code") instanceof String;
  }

  /**
   * The CtiException a thrown or rejected value stands for: the exception itself, or the JS Error
   * either compiler throws for it, which links back to it in an own field (whose name is the
   * compiler's, so it is found by type). Null for anything else.
   */
  static CtiException toJava(Object thrown) {
    // The same own-field scan as toJs, written out twice: a shared helper taking a predicate
    // measured +27 B gzipped in the script bundle, which only toJs reaches.
    if (thrown instanceof CtiException) {
      return (CtiException) thrown;
    }
    if (!isError(thrown)) {
      return null;
    }
    JsPropertyMap<Object> fields = Js.asPropertyMap(thrown);
    JsArray<String> keys = JsObject.keys(thrown);
    for (int i = 0; i < keys.length; i++) {
      Object value = fields.get(keys.getAt(i));
      if (value instanceof CtiException) {
        return (CtiException) value;
      }
    }
    return null;
  }

  /**
   * The JS Error behind a Java throwable. Both compilers keep it in an own field whose name
   * optimization renames, so it is found by what it is rather than by name.
   */
  static Object toJs(Throwable t) {
    JsPropertyMap<Object> fields = Js.asPropertyMap(t);
    JsArray<String> keys = JsObject.keys(t);
    for (int i = 0; i < keys.length; i++) {
      Object value = fields.get(keys.getAt(i));
      if (isError(value)) {
        return value;
      }
    }
    return t;
  }

  /**
   * Whether {@code value} is a JS Error. Not by {@code instanceof}: GWT runs its code in an
   * iframe, so its Errors come from another window's Error constructor. Every Error has a stack.
   */
  private static boolean isError(Object value) {
    return value != null && Js.isTruthy(Js.asPropertyMap(value).get("stack"));
  }
}
