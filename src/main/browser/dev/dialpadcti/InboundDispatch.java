package dev.dialpadcti;

import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * What the CTI says, once the frame has let it in (its own window, its exact origin): checked by
 * {@link InboundFilter}, recorded and fed to the session ({@link #accept}); then, once the link has
 * reacted and raised {@code state}, handed to the listeners ({@link #deliver}).
 */
final class InboundDispatch {
  /** What {@link #accept} found: dropped, accepted, a login, or a new call ringing. */
  static final int DROPPED = 0;
  static final int ACCEPTED = 1;
  static final int LOGGED_IN = 2;
  static final int RING_STARTED = 3;

  private InboundDispatch() {}

  /** Checks and records {@code data}, a message from the CTI's window and origin, and feeds it to {@code session}. */
  static int accept(Session session, History history, Object data) {
    ObjectView view = JsObjectView.of(data);
    String reason = InboundFilter.rejectReason(view);
    Object method = view == null ? null : view.get("method");
    // As sent (undefined when there was none); the whole data when it is not an object.
    Object payload = view == null ? data : Js.asPropertyMap(data).get("payload");
    if (reason != null) {
      history.dropped(reason, data, method, payload);
      return DROPPED;
    }
    history.add(Protocol.IN, method, payload, null);
    ObjectView fields = view.object("payload");
    if (Protocol.USER_AUTHENTICATION.equals(method)) {
      return session.auth((Boolean) fields.get("user_authenticated"), fields.get("user_id")) ? LOGGED_IN : ACCEPTED;
    }
    if (Protocol.CALL_RINGING.equals(method)) {
      // A frozen copy for state.calls: what the page does to its listeners' payload changes nothing here.
      return session.ringing("on".equals(fields.get("state")), fields.get("id"), Copies.frozen(payload))
          ? RING_STARTED : ACCEPTED;
    }
    return ACCEPTED;
  }

  /** Raises an accepted message's event, and {@code message}, on {@code listeners}. */
  static void deliver(Listeners listeners, Object data) {
    JsPropertyMap<Object> message = Js.asPropertyMap(data);
    Object method = message.get("method");
    Object payload = message.get("payload");
    listeners.emit((String) method, payload);
    if (listeners.has(Protocol.EVENT_MESSAGE)) {
      JsPropertyMap<Object> any = JsPropertyMap.of();
      any.set("method", method);
      any.set("payload", payload);
      listeners.emit(Protocol.EVENT_MESSAGE, any);
    }
  }
}
