package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsObject;
import jsinterop.annotations.JsConstructor;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The session as callers see it: the frozen {@code state} snapshot, the same object until the
 * session changes, and the {@code state} event with each new snapshot, in order.
 */
final class StateEvents extends JsObject {
  private final Session session;
  private final Listeners listeners;
  /** The snapshot {@link #state} returns, and the session version it shows. */
  private CtiState snapshot;
  private int snapshotVersion;
  /** The session version the last {@code state} event showed. */
  private int emittedVersion;
  /** A state event is being delivered: a change a listener makes is delivered after it, in order. */
  private boolean emitting;

  @JsConstructor
  StateEvents(Session session, Listeners listeners) {
    snapshotVersion = -1;
    this.session = session;
    this.listeners = listeners;
  }

  /** {@code {ready, authenticated, userId, ringing, calls, visible, destroyed}}, frozen. */
  CtiState state() {
    if (snapshotVersion != session.version) {
      snapshotVersion = session.version;
      JsArray<Object> calls = new JsArray<>();
      // setAt, not the var-args push: GWT hands a method reference's argument over as the array.
      session.eachCall(payload -> calls.setAt(calls.length, payload));
      JsPropertyMap<Object> state = JsPropertyMap.of();
      state.set("ready", session.ready);
      state.set("authenticated", session.authenticated);
      state.set("userId", session.userId);
      state.set("ringing", calls.length > 0);
      state.set("calls", JsObject.freeze(calls));
      state.set("visible", session.visible);
      state.set("destroyed", session.destroyed);
      snapshot = Js.uncheckedCast(JsObject.freeze(state));
    }
    return snapshot;
  }

  /** Raises {@code state} with the new snapshot if the session changed since the last one. */
  void emit() {
    if (emitting) {
      return;
    }
    emitting = true;
    // Each listener gets every snapshot in order and the newest last, even when one of them changes
    // the state again (hide() on login, say).
    while (emittedVersion != session.version) {
      emittedVersion = session.version;
      if (listeners.has(Protocol.EVENT_STATE)) {
        listeners.emit(Protocol.EVENT_STATE, state());
      }
    }
    emitting = false;
  }
}
