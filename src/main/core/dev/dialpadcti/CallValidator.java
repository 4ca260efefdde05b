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

  /** The call object's keys. */
  static final String FIELDS =
      "|phoneNumber|enableCurrentTab|identityType|identityId|customData|outboundCallerId|";

  static final String IDENTITY_TYPES = "|Office|OfficeGroup|CallCenter|";

  /** The payload's keys on the wire: the call object's, in snake_case. */
  static final String WIRE_FIELDS =
      "|phone_number|enable_current_tab|identity_type|identity_id|custom_data|outbound_caller_id|";

  /**
   * How the phone window checks a connected page's {@code initiate_call} payload (SPEC §12): its keys
   * on the wire must be the call's ({@link #WIRE_FIELDS}); then the payload, read with its keys in
   * camelCase ({@link #camelCase}), goes through {@link #write} like any call, with the same errors.
   */
  static void requireWireFields(ObjectView wire) {
    FieldNames.requireKnown(wire, WIRE_FIELDS, Messages.CALL_OBJECT);
  }

  /** phone_number to phoneNumber. */
  static String camelCase(String snake) {
    String out = "";
    for (int i = 0; i < snake.length(); i++) {
      String c = snake.substring(i, i + 1);
      out += c.equals("_") && i + 1 < snake.length() ? snake.substring(++i, i + 1).toUpperCase() : c;
    }
    return out;
  }


  /**
   * Validates the string form, a phone number alone, and writes its payload. With
   * {@code countryCode} (mount's defaultCountryCode) the number is normalised first.
   */
  static void writePhoneNumber(Object phoneNumber, String countryCode, PayloadWriter out) {
    out.put("phone_number", phone(phoneNumber, countryCode));
  }

  /** Validates the object form and writes its payload; throws before writing anything on a bad call. */
  static void write(ObjectView call, String countryCode, PayloadWriter out) {
    FieldNames.requireKnown(call, FIELDS, Messages.CALL_OBJECT);
    String phone = phone(call.get(PHONE_NUMBER), countryCode);

    Object enable = Values.typed(call, ENABLE_CURRENT_TAB, Values.BOOLEAN);

    Object type = call.get(IDENTITY_TYPE);
    Object id = call.get(IDENTITY_ID);
    if (type != null) {
      checkIdentityType(type);
      if (id == null) {
        throw Messages.identityIdRequired();
      }
      checkIdentityId(id);
    } else if (id != null) {
      throw Messages.identityTypeRequired();
    }

    String custom = (String) Values.typed(call, CUSTOM_DATA, Values.STRING);
    if (custom != null && custom.length() > Protocol.CUSTOM_DATA_MAX_LENGTH) {
      throw Messages.customDataTooLong(custom.length(), Protocol.CUSTOM_DATA_MAX_LENGTH);
    }

    Object callerId = call.get(OUTBOUND_CALLER_ID);
    if (callerId != null) {
      e164(OUTBOUND_CALLER_ID, callerId, ErrorCode.INVALID_OUTBOUND_CALLER_ID);
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

  /** The phone number in E.164: as given, or normalised with {@code countryCode} when there is one. */
  static String phone(Object value, String countryCode) {
    String normalised = countryCode != null && value instanceof String
        ? PhoneNumbers.toE164((String) value, countryCode) : null;
    return normalised != null ? normalised : e164(PHONE_NUMBER, value, ErrorCode.INVALID_PHONE_NUMBER);
  }

  /** {@code value} as an E.164 string; otherwise a CtiException with {@code code}. */
  private static String e164(String name, Object value, String code) {
    if (!(value instanceof String && E164.isValid((String) value))) {
      // The development build suggests the E.164 form when the number has one without a country.
      // A national number: it would have one with a country, so say how to give the country.
      throw Messages.notE164(code, name, value,
          Build.DEV && value instanceof String ? PhoneNumbers.toE164((String) value, null) : null,
          Build.DEV && value instanceof String && PhoneNumbers.toE164((String) value, "44") != null);
    }
    return (String) value;
  }

  private static void checkIdentityType(Object type) {
    if (type instanceof String && Values.inList(IDENTITY_TYPES, (String) type)) {
      return;
    }
    throw Messages.badIdentityType(type);
  }

  /** Ids are 64-bit: a number must be a safe integer; larger ids come as digits, up to 2^63 - 1. */
  private static void checkIdentityId(Object id) {
    boolean ok = id instanceof String
        ? Values.isLongDigits((String) id)
        : id instanceof Double && (Double) id > 0 && (Double) id % 1 == 0
            && (Double) id <= Protocol.MAX_SAFE_INTEGER;
    if (!ok) {
      throw Messages.badIdentityId(id);
    }
  }
}
