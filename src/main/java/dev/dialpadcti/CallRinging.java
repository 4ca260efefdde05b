package dev.dialpadcti;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/** The payload of {@code call_ringing}: an inbound call started or stopped ringing. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class CallRinging {
  private CallRinging() {}

  /** True when the call starts ringing ({@code state} "on"), false when it stops ("off"). */
  @JsOverlay
  public boolean isRinging() {
    return "on".equals(getState());
  }

  /** {@code state} as sent: "on" or "off". */
  @JsOverlay
  public String getState() {
    return PayloadField.text(this, "state");
  }

  /** The call's id ({@code id}) as digits; null when absent. */
  @JsOverlay
  public String getCallId() {
    return PayloadField.text(this, "id");
  }

  /** The caller; null when absent. */
  @JsOverlay
  public Contact getContact() {
    return party("contact");
  }

  /** The Dialpad agent being called; null when absent. */
  @JsOverlay
  public Contact getTarget() {
    return party("target");
  }

  /** {@code internal_number} as sent; null when absent. */
  @JsOverlay
  public String getInternalNumber() {
    return PayloadField.text(this, "internal_number");
  }

  /** {@code external_number} as sent; null when absent. */
  @JsOverlay
  public String getExternalNumber() {
    return PayloadField.text(this, "external_number");
  }

  @JsOverlay
  private Contact party(String key) {
    // The library has checked that the field, when present, is a plain object.
    Object value = Js.asPropertyMap(this).get(key);
    return value == null ? null : Js.uncheckedCast(value);
  }
}
