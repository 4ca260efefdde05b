package dev.dialpadcti;

import jsinterop.annotations.JsFunction;

/** Removes the listener it was returned for; calling it again does nothing. */
@JsFunction
public interface Subscription {
  void remove();
}
