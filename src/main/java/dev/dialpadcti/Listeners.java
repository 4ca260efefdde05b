package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.promise.Promise.PromiseExecutorCallbackFn.RejectCallbackFn;
import jsinterop.base.Js;

/**
 * One instance's subscriptions, in order: listeners from {@code on} and one-shot waiters from
 * {@code once}. Kept as a flat array of (event, function, reject) triples; event names are compared
 * as strings, so a name such as 'constructor' is never looked up on Object.prototype.
 */
final class Listeners {
  /** event, listener, and for a {@code once} waiter the rejecter of its Promise (else null). */
  private JsArray<Object> entries = new JsArray<>();

  void add(String event, Listener listener, RejectCallbackFn onceReject) {
    entries.push(event, listener, onceReject);
  }

  /** Removes the first subscription of {@code listener} to {@code event}, if any. */
  void remove(String event, Listener listener) {
    for (int i = 0; i < entries.length; i += 3) {
      if (event.equals(entries.getAt(i)) && entries.getAt(i + 1) == listener) {
        entries.splice(i, 3);
        return;
      }
    }
  }

  /** Calls the event's listeners in order; a waiter is called once and dropped. */
  void emit(String event, Object payload) {
    // A copy, so listeners that subscribe or unsubscribe while running do not upset the loop.
    JsArray<Object> snapshot = entries.slice();
    for (int i = 0; i < snapshot.length; i += 3) {
      if (event.equals(snapshot.getAt(i))) {
        Listener listener = Js.uncheckedCast(snapshot.getAt(i + 1));
        if (snapshot.getAt(i + 2) != null) {
          remove(event, listener);
        }
        // A throwing listener is reported, and the others still run.
        Attempt.run(() -> listener.handle(payload),
            error -> DomGlobal.console.error(Protocol.LOG_PREFIX, "listener for " + event + " threw", error));
      }
    }
  }

  /** Drops every subscription, rejecting the waiting {@code once} Promises with {@code error}. */
  void clear(Object error) {
    JsArray<Object> all = entries;
    entries = new JsArray<>();
    for (int i = 2; i < all.length; i += 3) {
      if (all.getAt(i) != null) {
        ((RejectCallbackFn) Js.uncheckedCast(all.getAt(i))).onInvoke(error);
      }
    }
  }
}
