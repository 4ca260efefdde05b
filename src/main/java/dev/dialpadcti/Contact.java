package dev.dialpadcti;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** A party of a ringing call: {@link CallRinging#getContact()} (the caller) or {@link CallRinging#getTarget()} (the agent). */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class Contact {
  private Contact() {}

  /** Dialpad's id, as digits; null when absent. */
  @JsOverlay
  public String getId() {
    return PayloadField.text(this, "id");
  }

  /** The phone number; null when absent. */
  @JsOverlay
  public String getPhone() {
    return PayloadField.text(this, "phone");
  }

  /** Dialpad's contact type; null when absent. */
  @JsOverlay
  public String getType() {
    return PayloadField.text(this, "type");
  }

  /** The display name; null when absent. */
  @JsOverlay
  public String getName() {
    return PayloadField.text(this, "name");
  }

  /** The e-mail address; null when absent. */
  @JsOverlay
  public String getEmail() {
    return PayloadField.text(this, "email");
  }
}
