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

  /** Whether {@code thrown} is this copy's own error (a CtiException or its JS Error); never throws. */
  static boolean isOwn(Object thrown) {
    return Attempt.get(() -> toJava(thrown)) != null;
  }

  /** Whether {@code value} is an error of this library, from this copy of it or another. */
  static boolean isDialpadCtiError(Object value) {
    return isError(value) && NAME.equals(Js.asPropertyMap(value).get("name"))
        && Js.asPropertyMap(value).get("code") instanceof String;
  }

  /**
   * The CtiException a thrown or rejected value stands for: the exception itself, or the JS Error
   * either compiler throws for it, which links back to it in an own field. Null for anything else.
   */
  static CtiException toJava(Object thrown) {
    if (thrown instanceof CtiException) {
      return (CtiException) thrown;
    }
    return isError(thrown) ? (CtiException) linked(thrown, false) : null;
  }

  /** The JS Error behind a Java throwable, which both compilers keep in an own field. */
  static Object toJs(Throwable t) {
    Object error = linked(t, true);
    return error != null ? error : t;
  }

  /**
   * The value of {@code object}'s own field that is a JS Error ({@code error}) or a CtiException.
   * Found by what it holds: the field's name is the compiler's, and optimisation renames it. Own
   * names rather than keys, since {@link #decorate} makes the Error's link non-enumerable.
   */
  private static Object linked(Object object, boolean error) {
    JsPropertyMap<Object> fields = Js.asPropertyMap(object);
    JsArray<String> names = JsObject.getOwnPropertyNames(object);
    for (int i = 0; i < names.length; i++) {
      Object value = fields.get(names.getAt(i));
      if (error ? isError(value) : value instanceof CtiException) {
        return value;
      }
    }
    return null;
  }

  /**
   * Whether {@code value} is a JS Error. Not by {@code instanceof}: GWT runs its code in an
   * iframe, so its Errors come from another window's Error constructor. Every Error has a stack.
   */
  private static boolean isError(Object value) {
    return value != null && Js.isTruthy(Js.asPropertyMap(value).get("stack"));
  }
}
