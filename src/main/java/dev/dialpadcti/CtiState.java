package dev.dialpadcti;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** A snapshot of a {@link Cti}'s state, {@code {ready, authenticated, userId, ringing, destroyed}}. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class CtiState {
  private CtiState() {}

  /** The iframe has loaded, so commands are posted at once. */
  @JsOverlay
  public boolean isReady() {
    return PayloadField.isTrue(this, "ready");
  }

  /** The last {@code user_authentication} said a user is logged in. */
  @JsOverlay
  public boolean isAuthenticated() {
    return PayloadField.isTrue(this, "authenticated");
  }

  /** That user's id as digits, or null. */
  @JsOverlay
  public String getUserId() {
    return PayloadField.text(this, "userId");
  }

  /** The last {@code call_ringing} was "on". */
  @JsOverlay
  public boolean isRinging() {
    return PayloadField.isTrue(this, "ringing");
  }

  /** {@link Cti#destroy()} was called. */
  @JsOverlay
  public boolean isDestroyed() {
    return PayloadField.isTrue(this, "destroyed");
  }
}
