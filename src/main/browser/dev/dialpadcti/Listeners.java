package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsObject;
import jsinterop.annotations.JsConstructor;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * One instance's subscriptions, in order: listeners from {@code on} and one-shot waiters from
 * {@code once}. Kept as a flat array of (event, function, tag) triples, where the tag is a token
 * unique to an {@code on} subscription or the rejecter of a {@code once} Promise. Event names are
 * compared as strings, so a name such as 'constructor' is never looked up on Object.prototype.
 */
final class Listeners extends JsObject {
  private JsArray<Object> entries;

  @JsConstructor
  Listeners() {
    entries = new JsArray<>();
  }

  /** {@code event} as a name to subscribe to (on, once); the development build warns when it looks like a typo. */
  static String named(Object event) {
    String name = MethodName.check(event);
    if (Build.DEV) {
      String warning = EventNames.unknownWarning(name);
      if (warning != null) {
        Page.console.warn(Messages.LOG_PREFIX, warning);
      }
    }
    return name;
  }

  /** {@code listener}, which must be a function; invalid_argument otherwise. */
  static Listener<?> checkListener(Listener<?> listener) {
    if (!"function".equals(Js.typeof(listener))) {
      throw Messages.wrongType("listener", Messages.A_FUNCTION, listener);
    }
    return listener;
  }

  /** Subscribes {@code listener}; returns a function that removes exactly this subscription, once. */
  Subscription add(String event, Listener<?> listener) {
    Object token = JsPropertyMap.of();
    entries.push(event, listener, token);
    return () -> {
      int i = entries.indexOf(token);
      if (i >= 0) {
        entries.splice(i - 2, 3);
      }
    };
  }

  /** Whether anything listens to {@code event}. */
  boolean has(String event) {
    for (int i = 0; i < entries.length; i += 3) {
      if (event.equals(entries.getAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Adds a one-shot waiter: {@code resolve} gets the next payload, {@code reject} a destroy. */
  void addOnce(String event, Listener<?> resolve, Object reject) {
    entries.push(event, resolve, reject);
  }

  /** Removes the first subscription of {@code listener} to {@code event}, if any. */
  void remove(String event, Listener<?> listener) {
    for (int i = 0; i < entries.length; i += 3) {
      if (event.equals(entries.getAt(i)) && entries.getAt(i + 1) == listener) {
        entries.splice(i, 3);
        return;
      }
    }
  }

  /** Calls the event's listeners in order; a waiter is called once and dropped. */
  void emit(String event, Object payload) {
    // The event's subscriptions as they are now, so listeners that subscribe while running do not
    // upset the loop; one removed meanwhile (off, unsubscribe, destroy) is skipped. Each is taken
    // off this list before it runs, so when one throws, the next Attempt goes on after it: a
    // Promise per event that has listeners and per throw, never per listener.
    JsArray<Object> pending = new JsArray<>();
    for (int i = 0; i < entries.length; i += 3) {
      if (event.equals(entries.getAt(i))) {
        pending.push(entries.getAt(i + 1), entries.getAt(i + 2));
      }
    }
    while (pending.length > 0) {
      Attempt.run(() -> {
        while (pending.length > 0) {
          JsArray<Object> entry = pending.splice(0, 2);
          Object tag = entry.getAt(1);
          if (entries.indexOf(tag) >= 0) {
            if ("function".equals(Js.typeof(tag))) {
              entries.splice(entries.indexOf(tag) - 2, 3);
            }
            Js.<Listener<Object>>uncheckedCast(entry.getAt(0)).handle(payload);
          }
        }
      }, error -> Page.console.error(Messages.LOG_PREFIX, event, Messages.LISTENER_THREW, error));
    }
  }

  /** Drops every subscription, rejecting the waiting {@code once} Promises with {@code error}. */
  void clear(Object error) {
    JsArray<Object> all = entries;
    entries = new JsArray<>();
    for (int i = 2; i < all.length; i += 3) {
      if ("function".equals(Js.typeof(all.getAt(i)))) {
        Js.<Listener<Object>>uncheckedCast(all.getAt(i)).handle(error);
      }
    }
  }
}
