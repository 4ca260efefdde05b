package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.core.JsObject;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** The last {@link Protocol#HISTORY_SIZE} messages of one instance, for {@code cti.history}. */
final class History {
  private final JsArray<Object> entries = new JsArray<>();

  /**
   * Records {@code {time, direction, method, payload, reason?}}; {@code direction} is
   * {@link Messages#IN}, {@link Messages#OUT} or {@link Messages#DROPPED}.
   */
  void add(String direction, Object method, Object payload, String reason) {
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
}
