package dev.dialpadcti;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** The payload of {@code user_authentication}: the user logged in or out of the CTI. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class UserAuthentication {
  private UserAuthentication() {}

  /** Whether a user is now logged in ({@code user_authenticated}). */
  @JsOverlay
  public boolean isAuthenticated() {
    return PayloadField.isTrue(this, "user_authenticated");
  }

  /** The Dialpad user id ({@code user_id}) as digits, or null when there is none. */
  @JsOverlay
  public String getUserId() {
    return PayloadField.text(this, "user_id");
  }
}
