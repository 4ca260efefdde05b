package dev.dialpadcti;

import elemental2.dom.Console;
import elemental2.dom.EventListener;
import elemental2.dom.HTMLDocument;
import elemental2.dom.Location;
import elemental2.dom.Window;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * The page's globals the library uses, read where they are used. DomGlobal would do, but its
 * {@code document} and {@code location} go through an initialiser and its timers through var-args
 * wrappers, which cost the script about 60 bytes gzipped.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "window")
final class Page {
  private Page() {}

  /** What a timer calls. */
  @JsFunction
  interface Timer {
    void run();
  }

  static Window window;
  static HTMLDocument document;
  static Location location;
  static Console console;

  static native double setTimeout(Timer callback, double delay);

  static native void clearTimeout(double id);

  static native double setInterval(Timer callback, double delay);

  static native void clearInterval(double id);

  static native void addEventListener(String type, EventListener listener);

  static native void removeEventListener(String type, EventListener listener);

  static native void focus();

  static native void close();

  /** window.open: the new window, or null when the browser refused it (a popup blocker). */
  static native Window open(String url, String target, String features);
}
