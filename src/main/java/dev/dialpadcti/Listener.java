package dev.dialpadcti;

import jsinterop.annotations.JsFunction;

/** Receives an event's payload, as Dialpad sent it; {@code T} is the payload's type. */
@JsFunction
public interface Listener<T> {
  void handle(T payload);
}
