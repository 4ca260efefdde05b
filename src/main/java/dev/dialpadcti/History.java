package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.core.JsObject;
import elemental2.dom.DomGlobal;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * One instance's record: the last {@link Protocol#HISTORY_SIZE} messages for {@code cti.history},
 * and in debug mode a console line for everything that happens to a command or the frame.
 */
final class History {
  private final JsArray<Object> entries = new JsArray<>();
  /** Whether {@link #log} writes to the console. */
  boolean debug;

  /**
   * Records {@code {time, direction, method, payload, reason?}}; {@code direction} is
   * {@link Messages#IN}, {@link Messages#OUT} or {@link Messages#DROPPED}. A message in or out is
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
    entry.set("payload", payload);
    if (reason != null) {
      entry.set("reason", reason);
    }
    if (entries.push(entry) > Protocol.HISTORY_SIZE) {
      entries.shift();
    }
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

  /** In debug mode, one console line: what happened, to which method or why, and the data. */
  void log(String what, Object subject, Object data) {
    if (debug) {
      if (data == null) {
        DomGlobal.console.log(Messages.LOG_PREFIX, what, subject);
      } else {
        DomGlobal.console.log(Messages.LOG_PREFIX, what, subject, data);
      }
    }
  }
}
