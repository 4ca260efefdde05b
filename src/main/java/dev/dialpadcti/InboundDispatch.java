package dev.dialpadcti;

import elemental2.dom.Event;
import elemental2.dom.MessageEvent;
import elemental2.dom.Window;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * A message event on the page, for one instance: dropped unless its own frame sent it (SPEC §3),
 * then recorded, fed to the session, and handed to the listeners.
 */
final class InboundDispatch {
  private InboundDispatch() {}

  static void receive(Cti cti, Event event) {
    MessageEvent<Object> message = Js.uncheckedCast(event);
    Window frame = cti.iframe.contentWindow;
    // The sender first, before anything reads event.data: another window's message is not read,
    // logged or kept, so a stranger posting a huge value costs this page nothing.
    if (frame == null || !Js.isTripleEqual(message.source, frame)) {
      return;
    }
    Object data = message.data;
    ObjectView view = JsObjectView.of(data);
    String reason = InboundFilter.rejectReason(message.origin, cti.url.origin, view);
    Object method = view == null ? null : view.get("method");
    // Raw, so listeners get the payload exactly as sent (undefined when there was none).
    Object payload = view == null ? data : Js.asPropertyMap(data).get("payload");
    History history = cti.history;
    if (reason != null) {
      history.log(Messages.DROPPED, reason, data);
      history.add(Messages.DROPPED, method instanceof String ? method : null, payload, reason);
      return;
    }
    cti.diagnostics.heard();
    history.add(Messages.IN, method, payload, null);
    Session session = cti.session;
    ObjectView fields = view.object("payload");
    if (Protocol.USER_AUTHENTICATION.equals(method)
        && session.auth((Boolean) fields.get("user_authenticated"), fields.get("user_id"))) {
      cti.loggedIn();
    } else if (Protocol.CALL_RINGING.equals(method)
        && session.ringing("on".equals(fields.get("state")), fields.get("id"), payload)) {
      cti.ringStarted();
    }
    cti.update();
    Listeners listeners = cti.listeners;
    listeners.emit((String) method, payload);
    if (listeners.has(Protocol.EVENT_MESSAGE)) {
      JsPropertyMap<Object> any = JsPropertyMap.of();
      any.set("method", method);
      any.set("payload", payload);
      listeners.emit(Protocol.EVENT_MESSAGE, any);
    }
  }
}
