package dev.dialpadcti;

import jsinterop.annotations.JsFunction;

/** Receives an event's payload, as Dialpad sent it. */
@JsFunction
public interface Listener {
  void handle(Object payload);
}
