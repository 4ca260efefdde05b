package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsObject;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * A connected page's {@code state} (SPEC §12): the phone window's CTI as the window last said it,
 * read field by field (a same-origin page could post anything on the channel), with the calls as
 * frozen copies, this page's own {@code destroyed}, and {@code phone}.
 */
final class PhoneState {
  private PhoneState() {}

  /** The snapshot for the window's {@code state} (null: no window, its CTI unknown), frozen. */
  static CtiState of(ObjectView state, boolean destroyed, boolean open) {
    JsPropertyMap<Object> next = JsPropertyMap.of();
    next.set("ready", state != null && Boolean.TRUE.equals(state.get("ready")));
    Object authenticated = state == null ? null : state.get("authenticated");
    next.set("authenticated", authenticated instanceof Boolean ? authenticated : null);
    next.set("userId", state == null ? null : state.get("userId"));
    Object calls = state == null ? null : state.get("calls");
    JsArray<Object> copy = new JsArray<>();
    if (JsArray.isArray(calls)) {
      JsArray<Object> list = Js.uncheckedCast(calls);
      // At most as many as a mounted instance keeps, whatever a page posts on the channel.
      for (int i = 0; i < list.length && copy.length < Protocol.MAX_CALLS; i++) {
        copy.setAt(copy.length, Copies.frozen(list.getAt(i)));
      }
    }
    next.set("ringing", copy.length > 0);
    next.set("calls", JsObject.freeze(copy));
    next.set("visible", state == null || !Boolean.FALSE.equals(state.get("visible")));
    next.set("destroyed", destroyed);
    next.set("phone", open ? Protocol.PHONE_OPEN : Protocol.PHONE_SHUT);
    return Js.uncheckedCast(JsObject.freeze(next));
  }
}
