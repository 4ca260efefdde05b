package dev.dialpadcti;

/**
 * A read-only view of a plain JavaScript object's own fields, so the core can check objects
 * without a browser. Values are {@code String}, {@code Double}, {@code Boolean}, {@code null}
 * (for null and undefined), or any other object.
 */
interface ObjectView {
  /** The object's own enumerable keys, in order. */
  String[] keys();

  /** The value of a field, or null when it is absent, null or undefined. */
  Object get(String key);

  /** The field as a view when it holds a plain object; null otherwise. */
  ObjectView object(String key);
}
