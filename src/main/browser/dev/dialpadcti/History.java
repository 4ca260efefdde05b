package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.core.JsObject;
import elemental2.promise.Promise.PromiseExecutorCallbackFn.RejectCallbackFn;
import jsinterop.annotations.JsConstructor;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * One instance's record: the last {@link Protocol#HISTORY_SIZE} messages for {@code cti.history},
 * and in debug mode a console line for everything that happens to a command or the frame.
 */
final class History extends JsObject {
  private final JsArray<Object> entries;
  /** Whether {@link #log} writes to the console. */
  boolean debug;

  @JsConstructor
  History() {
    entries = new JsArray<>();
  }

  /**
   * Records {@code {time, direction, method, payload, reason?}}; {@code direction} is
   * {@link Protocol#IN}, {@link Protocol#OUT} or {@link Protocol#DROPPED}. A message in or out is
   * also logged in debug mode (a dropped one is logged by its reader, with the whole message).
   */
  void add(String direction, Object method, Object payload, String reason) {
    if (reason == null) {
      log(direction, method, payload);
    }
    JsPropertyMap<Object> entry = JsPropertyMap.of();
    entry.set("time", JsDate.now());
    entry.set("direction", direction);
    entry.set("method", method);
    // Frozen copies: the page may change what its listeners got, or an entry it read, but not the record.
    entry.set("payload", Copies.frozen(payload));
    if (reason != null) {
      entry.set("reason", reason);
    }
    if (entries.push(entry) > Protocol.HISTORY_SIZE) {
      entries.shift();
    }
  }

  /** A message from the CTI's frame broke {@code reason}: one debug line with {@code data}, and an entry. */
  void dropped(String reason, Object data, Object method, Object payload) {
    log(Protocol.DROPPED, reason, data);
    add(Protocol.DROPPED, method instanceof String ? method : null, payload, reason);
  }

  /** A copy of every entry, oldest first, so what a reader changes is not kept. */
  JsArray<HistoryEntry> copy() {
    // Copied when read rather than frozen when written: inbound messages are the hot path.
    JsArray<HistoryEntry> copy = new JsArray<>();
    for (int i = 0; i < entries.length; i++) {
      // The type argument matters: inferred as HistoryEntry[], the entry would be taken for the
      // var-args array, and GWT spreads it into nothing.
      copy.push(Js.<HistoryEntry>uncheckedCast(JsObject.assign(Js.<JsObject>uncheckedCast(JsPropertyMap.of()),
          Js.<JsObject>uncheckedCast(entries.getAt(i)))));
    }
    return copy;
  }

  /** Rejects a command's Promise with {@code error}, a DialpadCtiError, and says so in debug mode. */
  void reject(Object method, RejectCallbackFn reject, Object error) {
    JsPropertyMap<Object> fields = Js.asPropertyMap(error);
    log(Messages.REJECTED, method instanceof String ? method : null, fields.get("code") + " " + fields.get("message"));
    reject.onInvoke(error);
  }

  /** In debug mode, one console line: what happened, to which method or why, and the data. */
  void log(String what, Object subject, Object data) {
    if (debug) {
      if (data == null) {
        Page.console.log(Messages.LOG_PREFIX, what, subject);
      } else {
        Page.console.log(Messages.LOG_PREFIX, what, subject, data);
      }
    }
  }
}
