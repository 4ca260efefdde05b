package dev.dialpadcti;

import java.util.LinkedHashMap;
import java.util.Map;

/** An {@link ObjectView} over a Java map, standing in for a plain JS object on the JVM. */
final class MapView implements ObjectView {
  private final Map<String, Object> map;

  MapView(Map<String, Object> map) {
    this.map = map;
  }

  /** Builds a view from key/value pairs; numbers are given as Double, as JavaScript has them. */
  static MapView of(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return new MapView(map);
  }

  @Override
  public String[] keys() {
    return map.keySet().toArray(new String[0]);
  }

  @Override
  public Object get(String key) {
    return map.get(key);
  }

  @Override
  public ObjectView object(String key) {
    Object value = map.get(key);
    return value instanceof MapView ? (MapView) value : null;
  }
}
