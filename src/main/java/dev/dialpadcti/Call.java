package dev.dialpadcti;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/**
 * An outbound call for {@link Cti#initiateCall(Call)}: the same plain object JavaScript passes,
 * e.g. {@code Call.to("+14155550100").identityType(Call.CALL_CENTER).identityId(42)}.
 * It is checked when the call is placed, exactly as the JavaScript object is.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class Call {
  /** {@link #identityType}: place the call as an office. */
  @JsOverlay public static final String OFFICE = "Office";
  /** {@link #identityType}: place the call as an office group (department). */
  @JsOverlay public static final String OFFICE_GROUP = "OfficeGroup";
  /** {@link #identityType}: place the call as a call center. */
  @JsOverlay public static final String CALL_CENTER = "CallCenter";

  /** A call to {@code e164}, such as "+14155550100". */
  @JsOverlay
  public static Call to(String e164) {
    return new Call().phoneNumber(e164);
  }

  /** The number to call, in E.164 form such as "+14155550100"; required. */
  @JsOverlay
  public Call phoneNumber(String e164) {
    return with("phoneNumber", e164);
  }

  /** Also claims calling for this browser tab. */
  @JsOverlay
  public Call enableCurrentTab(boolean enable) {
    return with("enableCurrentTab", enable);
  }

  /** Whom to call as: {@link #OFFICE}, {@link #OFFICE_GROUP} or {@link #CALL_CENTER}; needs {@link #identityId}. */
  @JsOverlay
  public Call identityType(String type) {
    return with("identityType", type);
  }

  /** The (positive) id of the office, group or call center; Dialpad ids are 64-bit, and a long is never rounded. */
  @JsOverlay
  public Call identityId(long id) {
    // A JavaScript number is exact only up to 2^53; beyond that the id travels as its digits.
    long max = (long) Protocol.MAX_SAFE_INTEGER;
    return with("identityId", id >= -max && id <= max ? (Object) (double) id : (Object) String.valueOf(id));
  }

  /** The id as a string of digits. */
  @JsOverlay
  public Call identityId(String id) {
    return with("identityId", id);
  }

  /** Up to 2000 characters that Dialpad passes on with the call. */
  @JsOverlay
  public Call customData(String data) {
    return with("customData", data);
  }

  /** The number to show the callee, in E.164 form. */
  @JsOverlay
  public Call outboundCallerId(String e164) {
    return with("outboundCallerId", e164);
  }

  @JsOverlay
  private Call with(String key, Object value) {
    Js.asPropertyMap(this).set(key, value);
    return this;
  }
}
