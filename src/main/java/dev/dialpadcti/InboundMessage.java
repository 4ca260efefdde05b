package dev.dialpadcti;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/** What {@code message} listeners get for every accepted inbound message: its method and payload. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class InboundMessage {
  private InboundMessage() {}

  /** Dialpad's method name, such as "call_ringing". */
  @JsOverlay
  public String getMethod() {
    return PayloadField.text(this, "method");
  }

  /** The payload as Dialpad sent it: cast it with {@code Js.uncheckedCast} to the payload type. */
  @JsOverlay
  public Object getPayload() {
    return Js.asPropertyMap(this).get("payload");
  }
}
