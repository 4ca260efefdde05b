package dev.dialpadcti;

import elemental2.core.JsObject;
import jsinterop.annotations.JsConstructor;
import jsinterop.annotations.JsFunction;
import jsinterop.base.JsPropertyMap;

/** One instance's {@code warning} event (SPEC §9); the console gets each code once per instance, debug or not. */
final class Warnings extends JsObject {
  /** Raises a warning: {@code code} from {@link Protocol}, {@code message} from {@link Messages}. */
  @JsFunction
  interface Sink {
    void warn(String code, String message);
  }

  private final Listeners listeners;
  /** Codes already written to the console, "|code|" each. */
  private String written;

  @JsConstructor
  Warnings(Listeners listeners) {
    written = "|";
    this.listeners = listeners;
  }

  void warn(String code, String message) {
    if (!Values.inList(written, code)) {
      written += code + "|";
      Page.console.warn(Messages.LOG_PREFIX, code + ": " + message);
    }
    JsPropertyMap<Object> warning = JsPropertyMap.of();
    warning.set("code", code);
    warning.set("message", message);
    listeners.emit(Protocol.EVENT_WARNING, warning);
  }
}
