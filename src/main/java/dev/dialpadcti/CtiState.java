package dev.dialpadcti;

import elemental2.core.JsArray;
import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/**
 * A frozen snapshot of a {@link Cti}'s state, {@code {ready, authenticated, userId, ringing, calls,
 * visible, destroyed}} (and {@code phone} on a connected instance): the same object until something changes.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class CtiState {
  /** {@link #getPhone()} of a connected instance while a phone window is open for its CTI. */
  @JsOverlay
  public static final String PHONE_OPEN = Protocol.PHONE_OPEN;

  /** {@link #getPhone()} of a connected instance while no phone window is open. */
  @JsOverlay
  public static final String PHONE_CLOSED = Protocol.PHONE_SHUT;

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

  /** On a connected instance {@link #PHONE_OPEN} or {@link #PHONE_CLOSED}; null on a mounted one. */
  @JsOverlay
  public String getPhone() {
    Object phone = Js.asPropertyMap(this).get("phone");
    return phone instanceof String ? (String) phone : null;
  }

  /** {@link Cti#destroy()} was called. */
  @JsOverlay
  public boolean isDestroyed() {
    return PayloadField.isTrue(this, "destroyed");
  }
}
