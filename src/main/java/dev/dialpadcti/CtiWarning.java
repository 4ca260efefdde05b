package dev.dialpadcti;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** The payload of the {@code warning} event: what stops the CTI from working, and what to do. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class CtiWarning {
  /** {@code frame_blocked}: the page's CSP blocks the CTI frame. */
  @JsOverlay
  public static final String FRAME_BLOCKED = Protocol.FRAME_BLOCKED;
  /** {@code cti_silent}: the CTI has posted nothing since it loaded. */
  @JsOverlay
  public static final String CTI_SILENT = Protocol.CTI_SILENT;
  /** {@code frame_changed}: another script changed the iframe's allow, sandbox or src. */
  @JsOverlay
  public static final String FRAME_CHANGED = Protocol.FRAME_CHANGED;
  /** {@code bad_number}: clickToDial found no E.164 number on the clicked element; nothing was dialled. */
  @JsOverlay
  public static final String BAD_NUMBER = Protocol.BAD_NUMBER;
  /** {@code insecure_context}: the page is not a secure context, so the browser gives the CTI no microphone. */
  @JsOverlay
  public static final String INSECURE_CONTEXT = Protocol.INSECURE_CONTEXT;
  /** {@code microphone_blocked}: the page's Permissions-Policy does not delegate the microphone to the CTI. */
  @JsOverlay
  public static final String MICROPHONE_BLOCKED = Protocol.MICROPHONE_BLOCKED;

  private CtiWarning() {}

  /** One of the constants above. */
  @JsOverlay
  public String getCode() {
    return PayloadField.text(this, "code");
  }

  /** What happened and what to do, in one sentence. */
  @JsOverlay
  public String getMessage() {
    return PayloadField.text(this, "message");
  }
}
