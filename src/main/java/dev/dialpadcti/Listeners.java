package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import jsinterop.base.JsPropertyMap;

/** One instance's listeners by event name. A listener that throws is reported and skipped. */
final class Listeners {
  private JsPropertyMap<JsArray<Listener>> byEvent = JsPropertyMap.of();

  // The prefix keeps event names such as 'constructor' or '__proto__' plain keys, off Object.prototype.
  private static String key(String event) {
    return "~" + event;
  }

  void add(String event, Listener listener) {
    JsArray<Listener> list = byEvent.get(key(event));
    if (list == null) {
      list = new JsArray<>();
      byEvent.set(key(event), list);
    }
    list.push(listener);
  }

  void remove(String event, Listener listener) {
    JsArray<Listener> list = byEvent.get(key(event));
    int i = list == null ? -1 : list.indexOf(listener);
    if (i >= 0) {
      list.splice(i, 1);
    }
  }

  void emit(String event, Object payload) {
    JsArray<Listener> list = byEvent.get(key(event));
    if (list == null) {
      return;
    }
    // A copy, so listeners that subscribe or unsubscribe while running do not upset the loop.
    JsArray<Listener> snapshot = list.slice();
    for (int i = 0; i < snapshot.length; i++) {
      Listener listener = snapshot.getAt(i);
      // A throwing listener is reported, and the others still run.
      Attempt.run(() -> listener.handle(payload),
          error -> DomGlobal.console.error(Protocol.LOG_PREFIX, "listener for " + event + " threw", error));
    }
  }

  void clear() {
    byEvent = JsPropertyMap.of();
  }
}
