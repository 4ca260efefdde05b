package dev.dialpadcti;

/**
 * Decides whether a message event is accepted: sender first, then envelope, then payload. Returns
 * the reason for a drop, or null to accept. Never throws.
 */
final class InboundFilter {
  private InboundFilter() {}

  static final String WRONG_SOURCE = "wrong source: not this instance's iframe";
  static final String WRONG_ORIGIN = "wrong origin: ";
  static final String BAD_ENVELOPE = "bad envelope: ";
  static final String BAD_PAYLOAD = "bad payload: ";

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
      return WRONG_ORIGIN + origin + " is not " + allowedOrigin;
    }
    if (data == null) {
      return BAD_ENVELOPE + "data is not a plain object";
    }
    if (!Protocol.API.equals(data.get("api"))) {
      return BAD_ENVELOPE + "api is not '" + Protocol.API + "'";
    }
    if (!isVersion1(data.get("version"))) {
      return BAD_ENVELOPE + "version is not 1.x";
    }
    Object method = data.get("method");
    if (!(method instanceof String) || !MethodName.isValid((String) method)
        || MethodName.isReserved((String) method)) {
      return BAD_ENVELOPE + "method is not a snake_case name";
    }
    ObjectView payload = data.object("payload");
    if (payload == null && data.get("payload") != null) {
      return BAD_PAYLOAD + "not a plain object";
    }
    String problem = payloadProblem((String) method, payload);
    return problem == null ? null : BAD_PAYLOAD + problem;
  }

  /** "1", "1.0", "1.2", "1.2.3": a string whose major version is 1. */
  static boolean isVersion1(Object version) {
    if (!(version instanceof String)) {
      return false;
    }
    String v = (String) version;
    if (v.equals("1")) {
      return true;
    }
    if (!v.startsWith("1.")) {
      return false;
    }
    int start = 2;
    while (true) {
      int dot = v.indexOf('.', start);
      String part = v.substring(start, dot < 0 ? v.length() : dot);
      if (!Texts.allDigits(part, 0)) {
        return false;
      }
      if (dot < 0) {
        return true;
      }
      start = dot + 1;
    }
  }

  /** Shape checks for the methods Dialpad documents; other methods pass with any object payload. */
  private static String payloadProblem(String method, ObjectView payload) {
    if (Protocol.USER_AUTHENTICATION.equals(method)) {
      if (payload == null || !(payload.get("user_authenticated") instanceof Boolean)) {
        return "user_authenticated must be a boolean";
      }
      return isId(payload.get("user_id")) ? null : "user_id must be a number or a digit string";
    }
    if (Protocol.CALL_RINGING.equals(method)) {
      Object state = payload == null ? null : payload.get("state");
      if (!"on".equals(state) && !"off".equals(state)) {
        return "state must be 'on' or 'off'";
      }
      if (!isId(payload.get("id"))) {
        return "id must be a number or a digit string";
      }
      for (String party : new String[] {"contact", "target"}) {
        if (payload.get(party) != null && payload.object(party) == null) {
          return party + " must be an object";
        }
      }
      for (String number : new String[] {"internal_number", "external_number"}) {
        Object n = payload.get(number);
        if (n != null && !(n instanceof String)) {
          return number + " must be a string";
        }
      }
    }
    return null;
  }

  /** Absent, a finite number, or a digit string (64-bit ids do not fit a double). */
  private static boolean isId(Object id) {
    if (id == null) {
      return true;
    }
    if (id instanceof Double) {
      double d = (Double) id;
      return d == Math.floor(d) && !Double.isInfinite(d);
    }
    return id instanceof String && Texts.allDigits((String) id, 0);
  }
}
