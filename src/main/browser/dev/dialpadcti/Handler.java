package dev.dialpadcti;

import elemental2.dom.Event;
import elemental2.dom.EventListener;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsOverlay;
import jsinterop.base.Js;

/** A DOM event listener as a plain function: the browser takes it as is, with no adapter class. */
@JsFunction
interface Handler {
  void handle(Event event);

  /** {@code handler} as the listener type addEventListener takes. */
  @JsOverlay
  static EventListener of(Handler handler) {
    return Js.uncheckedCast(handler);
  }
}
