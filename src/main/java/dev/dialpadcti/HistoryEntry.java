package dev.dialpadcti;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/** One entry of {@link Cti#getHistory()}: a message in, out, or dropped from the CTI's frame. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class HistoryEntry {
  private HistoryEntry() {}

  /** When it happened, in milliseconds since the epoch ({@code Date.now()}). */
  @JsOverlay
  public double getTime() {
    return Js.asPropertyMap(this).getAsAny("time").asDouble();
  }

  /** "in", "out" or "dropped". */
  @JsOverlay
  public String getDirection() {
    return PayloadField.text(this, "direction");
  }

  /** The method, or null when a dropped message had none. */
  @JsOverlay
  public String getMethod() {
    return PayloadField.text(this, "method");
  }

  /** The payload as sent (for a message dropped for its envelope, the whole message). */
  @JsOverlay
  public Object getPayload() {
    return Js.asPropertyMap(this).get("payload");
  }

  /** For a dropped message, the rule it broke; null otherwise. */
  @JsOverlay
  public String getReason() {
    return PayloadField.text(this, "reason");
  }
}
