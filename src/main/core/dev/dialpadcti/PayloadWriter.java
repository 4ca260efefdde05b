package dev.dialpadcti;

import jsinterop.annotations.JsFunction;

/** Receives the fields of a wire payload as the core builds it (a plain function once compiled). */
@JsFunction
interface PayloadWriter {
  void put(String key, Object value);
}
