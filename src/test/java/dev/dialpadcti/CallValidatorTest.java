package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallValidatorTest {
  private final Map<String, Object> payload = new LinkedHashMap<>();

  private Map<String, Object> write(Object... call) {
    CallValidator.write(MapView.of(call), null, payload::put);
    return payload;
  }

  private CtiException fails(String code, Object... call) {
    CtiException e = Expect.code(code, () -> CallValidator.write(MapView.of(call), null, payload::put));
    assertTrue(payload.isEmpty(), "nothing is written for a rejected call");
    return e;
  }

  @Test
  void stringFormWritesOnlyThePhoneNumber() {
    CallValidator.writePhoneNumber("+14155550123", null, payload::put);
    assertEquals(Map.of("phone_number", "+14155550123"), payload);
  }

  @Test
  void stringFormIsValidatedToo() {
    Expect.code(ErrorCode.INVALID_PHONE_NUMBER, () -> CallValidator.writePhoneNumber("555-0123", null, payload::put));
    Expect.code(ErrorCode.INVALID_PHONE_NUMBER, () -> CallValidator.writePhoneNumber(14155550123d, null, payload::put));
    assertTrue(payload.isEmpty());
  }

  @Test
  void mapsEveryFieldToSnakeCaseInDialpadsOrder() {
    write("outboundCallerId", "+14155550100", "customData", "{\"ticket\":42}",
        "identityId", 123456789d, "identityType", "CallCenter",
        "enableCurrentTab", false, "phoneNumber", "+14155550123");
    assertEquals(
        "{phone_number=+14155550123, enable_current_tab=false, identity_type=CallCenter,"
            + " identity_id=1.23456789E8, custom_data={\"ticket\":42}, outbound_caller_id=+14155550100}",
        payload.toString());
  }

  @Test
  void leavesOutWhatTheCallerLeftOutOrSetToNull() {
    write("phoneNumber", "+14155550123", "customData", null, "enableCurrentTab", null);
    assertEquals(Map.of("phone_number", "+14155550123"), payload);
  }

  @Test
  void phoneNumberIsRequired() {
    fails(ErrorCode.INVALID_PHONE_NUMBER, "customData", "x");
    fails(ErrorCode.INVALID_PHONE_NUMBER, "phoneNumber", 14155550123d);
    CtiException e = fails(ErrorCode.INVALID_PHONE_NUMBER, "phoneNumber", "+1 415 555 0123");
    Expect.message(e, Expect.all("phoneNumber", "'+1 415 555 0123'"), "no spaces", "'+14155550123'");
  }

  @ParameterizedTest
  @CsvSource({"phone_number, phoneNumber", "PhoneNumber, phoneNumber", "enable_current_tab, enableCurrentTab",
      "identity-type, identityType", "custom_data, customData", "OUTBOUND_CALLER_ID, outboundCallerId"})
  void unknownFieldNamesTheKeyAndSuggestsTheRightOne(String wrong, String right) {
    CtiException e = fails(ErrorCode.UNKNOWN_FIELD, "phoneNumber", "+14155550123", wrong, "x");
    Expect.message(e, Expect.all("'" + wrong + "'"), "did you mean '" + right + "'");
  }

  @Test
  void unknownFieldWithoutALikelyMatchListsTheKnownOnes() {
    CtiException e = fails(ErrorCode.UNKNOWN_FIELD, "phoneNumber", "+14155550123", "priority", 1d);
    Expect.message(e, Expect.all("'priority'"), "phoneNumber", "outboundCallerId");
  }

  @Test
  void unknownFieldsAreReportedBeforeOtherMistakes() {
    fails(ErrorCode.UNKNOWN_FIELD, "phone_number", "+14155550123");
  }

  @Test
  void prototypeNamesAreUnknownFields() {
    fails(ErrorCode.UNKNOWN_FIELD, "phoneNumber", "+14155550123", "__proto__", "x");
    fails(ErrorCode.UNKNOWN_FIELD, "phoneNumber", "+14155550123", "constructor", "x");
  }

  @Test
  void customDataUpTo2000Characters() {
    write("phoneNumber", "+14155550123", "customData", "x".repeat(2000));
    assertEquals(2000, ((String) payload.get("custom_data")).length());
    payload.clear();
    CtiException e = fails(ErrorCode.CUSTOM_DATA_TOO_LONG, "phoneNumber", "+14155550123",
        "customData", "x".repeat(2001));
    Expect.message(e, Expect.all("customData", "2001"), "the limit is 2000");
    fails(ErrorCode.INVALID_ARGUMENT, "phoneNumber", "+14155550123", "customData", 42d);
  }

  @Test
  void identityTypeMustBeOneOfThree() {
    for (String type : new String[] {"Office", "OfficeGroup", "CallCenter"}) {
      payload.clear();
      write("phoneNumber", "+14155550123", "identityType", type, "identityId", "7");
      assertEquals(type, payload.get("identity_type"));
    }
    payload.clear();
    CtiException e = fails(ErrorCode.INVALID_IDENTITY_TYPE, "phoneNumber", "+14155550123",
        "identityType", "callcenter", "identityId", 1d);
    Expect.message(e, Expect.all("identityType"), "'CallCenter'", "case matters");
    fails(ErrorCode.INVALID_IDENTITY_TYPE, "phoneNumber", "+14155550123", "identityType", "Department",
        "identityId", 1d);
    fails(ErrorCode.INVALID_IDENTITY_TYPE, "phoneNumber", "+14155550123", "identityType", 1d, "identityId", 1d);
  }

  @Test
  void identityTypeNeedsIdentityIdAndTheOtherWayRound() {
    fails(ErrorCode.IDENTITY_ID_REQUIRED, "phoneNumber", "+14155550123", "identityType", "Office");
    fails(ErrorCode.INVALID_IDENTITY_TYPE, "phoneNumber", "+14155550123", "identityId", 5d);
  }

  @Test
  void identityIdsAre64BitSoLargeOnesMustBeStrings() {
    write("phoneNumber", "+14155550123", "identityType", "Office", "identityId", "9223372036854775807");
    assertEquals("9223372036854775807", payload.get("identity_id"));
    payload.clear();
    write("phoneNumber", "+14155550123", "identityType", "Office", "identityId", 9007199254740991d);
    payload.clear();
    CtiException e = fails(ErrorCode.INVALID_ARGUMENT, "phoneNumber", "+14155550123",
        "identityType", "Office", "identityId", 9007199254740992d);
    Expect.message(e, Expect.all("identityId"), "a string above 2^53");
    fails(ErrorCode.INVALID_ARGUMENT, "phoneNumber", "+14155550123", "identityType", "Office", "identityId", 1.5d);
    fails(ErrorCode.INVALID_ARGUMENT, "phoneNumber", "+14155550123", "identityType", "Office", "identityId", -3d);
    fails(ErrorCode.INVALID_ARGUMENT, "phoneNumber", "+14155550123", "identityType", "Office", "identityId", "12a");
    fails(ErrorCode.INVALID_ARGUMENT, "phoneNumber", "+14155550123", "identityType", "Office", "identityId", "0");
    fails(ErrorCode.INVALID_ARGUMENT, "phoneNumber", "+14155550123", "identityType", "Office", "identityId", "0123");
    fails(ErrorCode.INVALID_ARGUMENT, "phoneNumber", "+14155550123", "identityType", "Office", "identityId", 0d);
  }

  @Test
  void identityIdDigitStringsStopAtTheLargest64BitNumber() {
    for (String id : new String[] {"9223372036854775808", "18446744073709551616", "10000000000000000000",
        "99999999999999999999", "1".repeat(1_000_000)}) {
      CtiException e = fails(ErrorCode.INVALID_ARGUMENT, "phoneNumber", "+14155550123",
          "identityType", "CallCenter", "identityId", id);
      assertTrue(e.getMessage().length() < 200, "bounded message");
    }
    write("phoneNumber", "+14155550123", "identityType", "CallCenter", "identityId", "1000000000000000000");
    assertEquals("1000000000000000000", payload.get("identity_id"));
  }

  @Test
  void outboundCallerIdMustBeE164() {
    write("phoneNumber", "+14155550123", "outboundCallerId", "+14155550100");
    payload.clear();
    fails(ErrorCode.INVALID_OUTBOUND_CALLER_ID, "phoneNumber", "+14155550123", "outboundCallerId", "4155550100");
    fails(ErrorCode.INVALID_OUTBOUND_CALLER_ID, "phoneNumber", "+14155550123", "outboundCallerId", 14155550100d);
  }

  @Test
  void enableCurrentTabMustBeBoolean() {
    fails(ErrorCode.INVALID_ARGUMENT, "phoneNumber", "+14155550123", "enableCurrentTab", "true");
    write("phoneNumber", "+14155550123", "enableCurrentTab", true);
    assertEquals(true, payload.get("enable_current_tab"));
  }

  @Test
  void withADefaultCountryCodeTheNumberIsNormalised() {
    CallValidator.writePhoneNumber("(415) 555-0123", "1", payload::put);
    assertEquals("+14155550123", payload.get("phone_number"));
    CallValidator.write(MapView.of("phoneNumber", "020 7183 8750", "outboundCallerId", "+14155550100"), "44",
        payload::put);
    assertEquals("+442071838750", payload.get("phone_number"));
    Expect.code(ErrorCode.INVALID_PHONE_NUMBER, () -> CallValidator.writePhoneNumber("555-0123", "1", payload::put));
    Expect.code(ErrorCode.INVALID_PHONE_NUMBER, () -> CallValidator.writePhoneNumber(14155550123d, "1", payload::put));
    Expect.code(ErrorCode.INVALID_OUTBOUND_CALLER_ID, () -> CallValidator.write(
        MapView.of("phoneNumber", "+14155550123", "outboundCallerId", "(415) 555-0100"), "1", payload::put));
  }

  @Test
  void theDevelopmentMessageSuggestsTheE164FormWhenThereIsOne() {
    CtiException e = Expect.code(ErrorCode.INVALID_PHONE_NUMBER,
        () -> CallValidator.writePhoneNumber("+1 (415) 555-0123", null, payload::put));
    assertEquals(Build.DEV, e.getMessage().contains("did you mean '+14155550123'?"), e.getMessage());
    CtiException national = Expect.code(ErrorCode.INVALID_PHONE_NUMBER,
        () -> CallValidator.writePhoneNumber("(415) 555-0123", null, payload::put));
    assertFalse(national.getMessage().contains("did you mean"), national.getMessage());
  }

  @Test
  void thePhoneWindowChecksAWirePayloadByTheCallsRules() {
    CallValidator.requireWireFields(MapView.of("phone_number", "+14155550123", "enable_current_tab", false,
        "identity_type", "Office", "identity_id", 5d, "custom_data", "x", "outbound_caller_id", "+14155550100"));
    CtiException e = assertThrows(CtiException.class,
        () -> CallValidator.requireWireFields(MapView.of("phone_number", "+14155550123", "phoneNumber", "+1")));
    assertEquals(ErrorCode.UNKNOWN_FIELD, e.getCode(), "camelCase keys are not the wire's");
    assertEquals("phoneNumber", CallValidator.camelCase("phone_number"));
    assertEquals("outboundCallerId", CallValidator.camelCase("outbound_caller_id"));
    assertEquals("enableCurrentTab", CallValidator.camelCase("enable_current_tab"));
    assertEquals("a_", CallValidator.camelCase("a_"), "a trailing underscore stays");
    assertEquals("", CallValidator.camelCase(""));
  }
}
