package dev.dialpadcti;

/**
 * Decides whether a message from the CTI's own window and origin is accepted: envelope, then
 * payload. Returns the rule a dropped message broke (text from {@link Messages}), or null to
 * accept. Never throws. The sender window and the origin ({@link CtiUrl#isOrigin}) are checked
 * before this, by the frame: a message from any other window is never read at all.
 */
final class InboundFilter {
  private InboundFilter() {}

  /** {@code data} is {@code event.data} as a view, or null when it is not a plain object. */
  static String rejectReason(ObjectView data) {
    if (data == null || !Protocol.API.equals(data.get("api"))) {
      return Messages.badEnvelope("api");
    }
    if (!isVersion1(data.get("version"))) {
      return Messages.badEnvelope("version");
    }
    Object method = data.get("method");
    if (!(method instanceof String) || !MethodName.isValid((String) method)
        || MethodName.isReserved((String) method)) {
      return Messages.badEnvelope("method");
    }
    ObjectView payload = data.object("payload");
    if (payload == null && data.get("payload") != null) {
      return Messages.badPayload((String) method, "payload");
    }
    String field = badPayloadField((String) method, payload);
    return field == null ? null : Messages.badPayload((String) method, field);
  }

  /** "1", "1.0", "1.2", "1.x": a string whose major version, before the first dot, is 1. */
  static boolean isVersion1(Object version) {
    return "1".equals(version) || version instanceof String && ((String) version).startsWith("1.");
  }

  /**
   * Shape checks for the methods Dialpad documents: the first field that breaks its rule, or null.
   * Other methods pass with any object payload.
   */
  private static String badPayloadField(String method, ObjectView payload) {
    if (Protocol.USER_AUTHENTICATION.equals(method)) {
      return payload == null ? "payload"
          : !(payload.get("user_authenticated") instanceof Boolean) ? "user_authenticated"
          : !isId(payload.get("user_id")) ? "user_id"
          : null;
    }
    if (Protocol.CALL_RINGING.equals(method)) {
      Object state = payload == null ? null : payload.get("state");
      return payload == null ? "payload"
          : !"on".equals(state) && !"off".equals(state) ? "state"
          : !isId(payload.get("id")) ? "id"
          : !isObjectOrAbsent(payload, "contact") ? "contact"
          : !isObjectOrAbsent(payload, "target") ? "target"
          : null;
    }
    return null;
  }

  private static boolean isObjectOrAbsent(ObjectView payload, String key) {
    return payload.get(key) == null || payload.object(key) != null;
  }

  /** Absent, a whole number, or a digit string (64-bit ids do not fit a double). */
  private static boolean isId(Object id) {
    return id == null || id instanceof Double && (Double) id % 1 == 0
        || id instanceof String && Values.allDigits((String) id, 0);
  }
}
