package dev.dialpadcti;

import elemental2.core.JsArray;
import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/**
 * A frozen snapshot of a {@link Cti}'s state, {@code {ready, authenticated, userId, ringing, calls,
 * visible, destroyed}}: the same object until something changes.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class CtiState {
  private CtiState() {}

  /** The CTI's current page has loaded (false again while it reloads). */
  @JsOverlay
  public boolean isReady() {
    return PayloadField.isTrue(this, "ready");
  }

  /** The last {@code user_authentication} since the page loaded said a user is logged in. */
  @JsOverlay
  public boolean isAuthenticated() {
    return PayloadField.isTrue(this, "authenticated");
  }

  /** True or false as the CTI last said since its page loaded; null while it has not said. */
  @JsOverlay
  public Boolean getAuthenticated() {
    Object value = Js.asPropertyMap(this).get("authenticated");
    return value == null ? null : (Boolean) value;
  }

  /** The latest payload of every call ringing now, oldest first. */
  @JsOverlay
  public JsArray<CallRinging> getCalls() {
    return Js.uncheckedCast(Js.asPropertyMap(this).get("calls"));
  }

  /** The iframe is shown ({@link Cti#show()}, {@link Cti#hide()}). */
  @JsOverlay
  public boolean isVisible() {
    return PayloadField.isTrue(this, "visible");
  }

  /** That user's id as digits, or null. */
  @JsOverlay
  public String getUserId() {
    return PayloadField.text(this, "userId");
  }

  /** At least one call is ringing now. */
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
