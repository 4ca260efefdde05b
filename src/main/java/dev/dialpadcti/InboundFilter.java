package dev.dialpadcti;

/**
 * Decides whether a message event is accepted: sender first, then envelope, then payload. Returns
 * the reason for a drop, or null to accept. Never throws.
 */
final class InboundFilter {
  private InboundFilter() {}

  static final String WRONG_SOURCE = "wrong source";
  static final String WRONG_ORIGIN = "wrong origin";
  static final String BAD_ENVELOPE = "bad envelope";
  static final String BAD_PAYLOAD = "bad payload";

  /**
   * @param fromFrame whether {@code event.source} is this instance's iframe window
   * @param origin {@code event.origin}
   * @param allowedOrigin the CTI's origin
   * @param data {@code event.data} as a view, or null when it is not a plain object
   */
  static String rejectReason(boolean fromFrame, String origin, String allowedOrigin, ObjectView data) {
    if (!fromFrame) {
      return WRONG_SOURCE;
    }
    if (!allowedOrigin.equals(origin)) {
      return WRONG_ORIGIN;
    }
    if (data == null || !Protocol.API.equals(data.get("api")) || !isVersion1(data.get("version"))) {
      return BAD_ENVELOPE;
    }
    Object method = data.get("method");
    if (!(method instanceof String) || !MethodName.isValid((String) method)
        || MethodName.isReserved((String) method)) {
      return BAD_ENVELOPE;
    }
    ObjectView payload = data.object("payload");
    if (payload == null && data.get("payload") != null) {
      return BAD_PAYLOAD;
    }
    return isValidPayload((String) method, payload) ? null : BAD_PAYLOAD;
  }

  /** "1", "1.0", "1.2", "1.x": a string whose major version, before the first dot, is 1. */
  static boolean isVersion1(Object version) {
    return "1".equals(version) || version instanceof String && ((String) version).startsWith("1.");
  }

  /** Shape checks for the methods Dialpad documents; other methods pass with any object payload. */
  private static boolean isValidPayload(String method, ObjectView payload) {
    if (Protocol.USER_AUTHENTICATION.equals(method)) {
      return payload != null && payload.get("user_authenticated") instanceof Boolean
          && isId(payload.get("user_id"));
    }
    if (Protocol.CALL_RINGING.equals(method)) {
      Object state = payload == null ? null : payload.get("state");
      return ("on".equals(state) || "off".equals(state))
          && isId(payload.get("id"))
          && isObjectOrAbsent(payload, "contact")
          && isObjectOrAbsent(payload, "target");
    }
    return true;
  }

  private static boolean isObjectOrAbsent(ObjectView payload, String key) {
    return payload.get(key) == null || payload.object(key) != null;
  }

  /** Absent, a whole number, or a digit string (64-bit ids do not fit a double). */
  private static boolean isId(Object id) {
    return id == null || id instanceof Double && (Double) id % 1 == 0
        || id instanceof String && Texts.allDigits((String) id, 0);
  }
}
