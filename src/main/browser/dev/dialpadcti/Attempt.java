package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.promise.Promise;
import jsinterop.annotations.JsFunction;

/**
 * Runs code that may throw, without a Java {@code catch}. A catch makes J2CL convert the thrown
 * value into a Java exception, which pulls its exception runtime (about 300 bytes gzipped, most of
 * what this library would spend on it) into the bundle. A Promise executor runs synchronously and
 * turns a throw into a rejection natively, so it does the same job for free.
 */
final class Attempt {
  private Attempt() {}

  @JsFunction
  interface Action {
    void run();
  }

  @JsFunction
  interface Source<T> {
    T get();
  }

  @JsFunction
  interface Failure {
    void failed(Object error);
  }

  /** Runs {@code action} now; if it throws, {@code onFailure} gets the thrown value in a microtask. */
  static void run(Action action, Failure onFailure) {
    new Promise<Object>((resolve, reject) -> action.run()).catch_(error -> {
      onFailure.failed(error);
      return null;
    });
  }

  /** The value {@code source} returns now, or null if it throws. */
  static <T> T get(Source<T> source) {
    JsArray<T> result = new JsArray<>();
    run(() -> result.push(source.get()), error -> {});
    return result.length > 0 ? result.getAt(0) : null;
  }
}
