package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsObject;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** {@link ObjectView} over a plain JavaScript object (one whose prototype is Object.prototype or null). */
final class JsObjectView implements ObjectView {
  private static final Object OBJECT_PROTOTYPE = JsObject.getPrototypeOf(JsPropertyMap.of());

  private final JsPropertyMap<Object> map;
  private final JsArray<String> keys;

  private JsObjectView(Object object) {
    this.map = Js.asPropertyMap(object);
    this.keys = JsObject.keys(object);
  }

  /** A view of {@code value}, or null when it is not a plain object (null, array, function, Date...). */
  static JsObjectView of(Object value) {
    if (value == null || !"object".equals(Js.typeof(value))) {
      return null;
    }
    Object proto = JsObject.getPrototypeOf(value);
    return proto == null || proto == OBJECT_PROTOTYPE ? new JsObjectView(value) : null;
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
