package dev.dialpadcti;

/**
 * Checks an {@code initiateCall} argument and maps it to Dialpad's snake_case payload. Fields the
 * caller left out (or set to null/undefined) are left out of the payload.
 */
final class CallValidator {
  private CallValidator() {}

  static final String PHONE_NUMBER = "phoneNumber";
  static final String ENABLE_CURRENT_TAB = "enableCurrentTab";
  static final String IDENTITY_TYPE = "identityType";
  static final String IDENTITY_ID = "identityId";
  static final String CUSTOM_DATA = "customData";
  static final String OUTBOUND_CALLER_ID = "outboundCallerId";

  /** The call object's keys, in payload order. */
  static final String[] FIELDS = {
    PHONE_NUMBER, ENABLE_CURRENT_TAB, IDENTITY_TYPE, IDENTITY_ID, CUSTOM_DATA, OUTBOUND_CALLER_ID
  };

  static final String[] IDENTITY_TYPES = {"Office", "OfficeGroup", "CallCenter"};

  /** Validates the string form: a phone number alone. */
  static void writePhoneNumber(Object phoneNumber, PayloadWriter out) {
    out.put("phone_number", requireE164(phoneNumber));
  }

  /** Validates the object form and writes its payload; throws before writing anything on a bad call. */
  static void write(ObjectView call, PayloadWriter out) {
    FieldNames.requireKnown(call, FIELDS, "The call object");
    String phone = requireE164(call.get(PHONE_NUMBER));

    Object enable = call.get(ENABLE_CURRENT_TAB);
    if (enable != null && !(enable instanceof Boolean)) {
      throw invalid(ENABLE_CURRENT_TAB + " must be true or false, not " + Texts.typeOf(enable) + ".");
    }

    Object type = call.get(IDENTITY_TYPE);
    Object id = call.get(IDENTITY_ID);
    if (type != null) {
      checkIdentityType(type);
      if (id == null) {
        throw new CtiException(
            ErrorCode.IDENTITY_ID_REQUIRED,
            IDENTITY_TYPE + " " + Texts.quote(type) + " needs " + IDENTITY_ID
                + ": the id of the office, department or call centre to call as.");
      }
      checkIdentityId(id);
    } else if (id != null) {
      throw new CtiException(
          ErrorCode.INVALID_IDENTITY_TYPE,
          IDENTITY_ID + " needs " + IDENTITY_TYPE + " ('Office', 'OfficeGroup' or 'CallCenter').");
    }

    Object custom = call.get(CUSTOM_DATA);
    if (custom != null) {
      if (!(custom instanceof String)) {
        throw invalid(CUSTOM_DATA + " must be a string (JSON.stringify objects), not "
            + Texts.typeOf(custom) + ".");
      }
      int length = ((String) custom).length();
      if (length > Protocol.CUSTOM_DATA_MAX_LENGTH) {
        throw new CtiException(
            ErrorCode.CUSTOM_DATA_TOO_LONG,
            CUSTOM_DATA + " is " + length + " characters; Dialpad takes at most "
                + Protocol.CUSTOM_DATA_MAX_LENGTH + ". Store the rest yourself and pass a key.");
      }
    }

    Object callerId = call.get(OUTBOUND_CALLER_ID);
    if (callerId != null && !(callerId instanceof String && E164.isValid((String) callerId))) {
      throw new CtiException(
          ErrorCode.INVALID_OUTBOUND_CALLER_ID,
          OUTBOUND_CALLER_ID + " must be an E.164 string like " + E164.EXAMPLE + ", got "
              + Texts.quote(callerId) + ".");
    }

    out.put("phone_number", phone);
    if (enable != null) {
      out.put("enable_current_tab", enable);
    }
    if (type != null) {
      out.put("identity_type", type);
      out.put("identity_id", id);
    }
    if (custom != null) {
      out.put("custom_data", custom);
    }
    if (callerId != null) {
      out.put("outbound_caller_id", callerId);
    }
  }

  private static String requireE164(Object value) {
    if (value == null) {
      throw new CtiException(
          ErrorCode.INVALID_PHONE_NUMBER,
          PHONE_NUMBER + " is required: an E.164 string like " + E164.EXAMPLE + ".");
    }
    if (!(value instanceof String)) {
      throw new CtiException(
          ErrorCode.INVALID_PHONE_NUMBER,
          PHONE_NUMBER + " must be a string in E.164 form like " + E164.EXAMPLE + ", not "
              + Texts.typeOf(value) + ".");
    }
    String s = (String) value;
    if (!E164.isValid(s)) {
      throw new CtiException(
          ErrorCode.INVALID_PHONE_NUMBER,
          Texts.quote(s) + " is not an E.164 phone number (" + E164.problem(s)
              + "); write it like " + E164.EXAMPLE + ".");
    }
    return s;
  }

  private static void checkIdentityType(Object type) {
    if (type instanceof String && FieldNames.indexOf(IDENTITY_TYPES, (String) type) >= 0) {
      return;
    }
    String hint = "";
    if (type instanceof String) {
      for (String known : IDENTITY_TYPES) {
        if (known.equalsIgnoreCase((String) type)) {
          hint = " Did you mean '" + known + "'? The names are case-sensitive.";
        }
      }
    }
    throw new CtiException(
        ErrorCode.INVALID_IDENTITY_TYPE,
        IDENTITY_TYPE + " must be 'Office', 'OfficeGroup' (a department) or 'CallCenter', got "
            + Texts.quote(type) + "." + hint);
  }

  /** Ids are 64-bit: a number must be a safe integer, larger ones must come as a digit string. */
  private static void checkIdentityId(Object id) {
    if (id instanceof String && Texts.allDigits((String) id, 0) && ((String) id).length() <= 20) {
      return;
    }
    if (id instanceof Double) {
      double d = (Double) id;
      if (d > 0 && d == Math.floor(d) && d <= Protocol.MAX_SAFE_INTEGER) {
        return;
      }
      if (d > Protocol.MAX_SAFE_INTEGER && d == Math.floor(d)) {
        throw invalid(IDENTITY_ID + " is above 2^53, where JavaScript numbers lose digits;"
            + " pass it as a string of digits.");
      }
    }
    throw invalid(IDENTITY_ID + " must be a positive integer or a string of digits, got "
        + Texts.quote(id) + ".");
  }

  private static CtiException invalid(String message) {
    return new CtiException(ErrorCode.INVALID_ARGUMENT, message);
  }
}
