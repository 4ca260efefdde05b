package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsObject;
import jsinterop.annotations.JsConstructor;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** {@link ObjectView} over a JavaScript object's own enumerable fields. */
final class JsObjectView extends JsObject implements ObjectView {
  private final JsPropertyMap<Object> map;
  private final JsArray<String> keys;

  @JsConstructor
  private JsObjectView(Object object) {
    this.map = Js.asPropertyMap(object);
    this.keys = JsObject.keys(object);
  }

  /**
   * A view of {@code value}, or null when it is not an object (null, a primitive, a function) or is
   * an array. Other objects (a Date, a Map) have no own enumerable fields, so they fail later checks.
   */
  static JsObjectView of(Object value) {
    return value != null && "object".equals(Js.typeof(value)) && !JsArray.isArray(value)
        ? new JsObjectView(value) : null;
  }

  /**
   * The caller's {@code field} read once into a plain copy, so none of their getters or Proxy traps
   * runs during the checks: null when absent; invalid_argument when it is not a plain object, or
   * reading it threw.
   */
  static JsObjectView read(String field, String expected, Object value) {
    if (value == null) {
      return null;
    }
    // typeof runs no trap; Array.isArray and reading the fields may.
    Boolean array = "object".equals(Js.typeof(value)) ? Attempt.get(() -> JsArray.isArray(value)) : Boolean.TRUE;
    if (Boolean.TRUE.equals(array)) {
      throw Messages.wrongType(field, expected, value);
    }
    JsPropertyMap<Object> copy = array == null ? null : Attempt.get(() -> {
      JsPropertyMap<Object> fields = JsPropertyMap.of();
      JsPropertyMap<Object> source = Js.asPropertyMap(value);
      JsArray<String> names = JsObject.keys(value);
      for (int i = 0; i < names.length; i++) {
        fields.set(names.getAt(i), source.get(names.getAt(i)));
      }
      return fields;
    });
    if (copy == null) {
      throw Messages.unreadable();
    }
    return new JsObjectView(copy);
  }

  @Override
  public String[] keys() {
    return Js.uncheckedCast(keys);
  }

  @Override
  public Object get(String key) {
    // Own keys only: 'constructor' or 'toString' must never be read off Object.prototype.
    return keys.indexOf(key) >= 0 ? map.get(key) : null;
  }

  @Override
  public ObjectView object(String key) {
    return of(get(key));
  }
}
