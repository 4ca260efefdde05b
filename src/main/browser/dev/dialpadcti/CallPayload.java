package dev.dialpadcti;

import jsinterop.base.JsPropertyMap;

/** {@code initiateCall}'s argument, read once and checked by {@link CallValidator} into Dialpad's snake_case payload. */
final class CallPayload {
  private CallPayload() {}

  /**
   * The payload for {@code call}, an E.164 string (a number is refused as one) or a call object;
   * national numbers are normalised with {@code countryCode} (mount's defaultCountryCode, or null).
   * Throws a CtiException on a bad call, having built nothing.
   */
  static JsPropertyMap<Object> of(Object call, String countryCode) {
    JsPropertyMap<Object> payload = JsPropertyMap.of();
    PayloadWriter out = payload::set;
    if (call instanceof String || call instanceof Double) {
      CallValidator.writePhoneNumber(call, countryCode, out);
    } else if (call != null) {
      CallValidator.write(JsObjectView.read("call", Messages.A_CALL, call), countryCode, out);
    } else {
      throw Messages.wrongType("call", Messages.A_CALL, call);
    }
    return payload;
  }
}
