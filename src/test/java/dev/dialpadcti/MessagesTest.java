package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The messages in the build the JVM runs as: surefire runs this class twice, once as production
 * and once with {@code -Ddialpadcti.dev=true}.
 */
class MessagesTest {
  private static final String HUGE = "9".repeat(10_000_000);
  /** Longest message a 10 MB argument may produce: the echo is cut, the rest is ours. */
  private static final int BOUND = 400;

  private static CtiException bounded(String code, Executable executable) {
    CtiException e = Expect.code(code, executable);
    assertTrue(e.getMessage().length() < BOUND, () -> "message of " + e.getMessage().length() + " characters");
    return e;
  }

  @Test
  void echoesAreCutTo60Characters() {
    assertEquals("'abc'", Messages.quote("abc"));
    String sixty = "x".repeat(60);
    assertEquals("'" + sixty + "'", Messages.quote(sixty));
    String cut = Messages.quote("y".repeat(61));
    assertEquals(62, cut.length(), cut);
    assertTrue(cut.endsWith("…'"), cut);
    assertEquals(62, Messages.quote(HUGE).length());
    assertEquals(String.valueOf(5.5d), Messages.quote(5.5d), "numbers are shown as themselves");
    assertEquals("true", Messages.quote(true));
    assertEquals("undefined", Messages.quote(null));
    assertEquals("an object", Messages.quote(new Object()));
  }

  @Test
  void tenMegabyteArgumentsGiveBoundedMessages() {
    bounded(ErrorCode.INVALID_PHONE_NUMBER,
        () -> CallValidator.writePhoneNumber("+1" + HUGE, null, (k, v) -> { }));
    bounded(ErrorCode.INVALID_PHONE_NUMBER,
        () -> CallValidator.write(MapView.of("phoneNumber", HUGE), null, (k, v) -> { }));
    bounded(ErrorCode.INVALID_OUTBOUND_CALLER_ID, () -> CallValidator.write(
        MapView.of("phoneNumber", "+14155550123", "outboundCallerId", HUGE), null, (k, v) -> { }));
    bounded(ErrorCode.CUSTOM_DATA_TOO_LONG, () -> CallValidator.write(
        MapView.of("phoneNumber", "+14155550123", "customData", HUGE), null, (k, v) -> { }));
    bounded(ErrorCode.INVALID_IDENTITY_TYPE, () -> CallValidator.write(
        MapView.of("phoneNumber", "+14155550123", "identityType", HUGE, "identityId", 1d), null, (k, v) -> { }));
    CtiException unknown = bounded(ErrorCode.UNKNOWN_FIELD,
        () -> CallValidator.write(MapView.of("phoneNumber", "+14155550123", HUGE, 1d), null, (k, v) -> { }));
    assertFalse(unknown.getMessage().contains("did you mean"), unknown.getMessage());
    bounded(ErrorCode.UNKNOWN_FIELD, () -> new MountConfig(MapView.of("clientId", "a", HUGE, 1d)));
    bounded(ErrorCode.INSECURE_URL, () -> CtiUrl.of("ftp://" + HUGE, "ftp://" + HUGE, "ftp:", "", "", HUGE, "null"));
    bounded(ErrorCode.INVALID_ARGUMENT, () -> new MountConfig(MapView.of("clientId", "a", "width", HUGE)));
    bounded(ErrorCode.INVALID_ARGUMENT, () -> new MountConfig(MapView.of("clientId", "a", "title", 5d)));
    bounded(ErrorCode.INVALID_METHOD, () -> { throw Messages.badMethodName("m" + HUGE); });
    assertFalse(MethodName.isValid("m".repeat(10_000_000)));
  }

  @Test
  void productionMessagesAreCodeFieldAndValueDevelopmentOnesSayHowToFix() {
    CtiException e = Messages.notE164(ErrorCode.INVALID_PHONE_NUMBER, "phoneNumber", "4155550123", null, false);
    if (Build.DEV) {
      assertEquals("phoneNumber '4155550123' must be " + Messages.E164_RULE, e.getMessage());
    } else {
      assertEquals("invalid_phone_number: phoneNumber '4155550123'", e.getMessage());
    }
    e = Messages.unknownField("The call object", "phone_number", "phoneNumber", CallValidator.FIELDS);
    assertEquals(Build.DEV ? "The call object has no field 'phone_number'; did you mean 'phoneNumber'?"
        : "unknown_field: 'phone_number'", e.getMessage());
    assertEquals(Build.DEV ? "destroyed; mount again" : "destroyed", Messages.destroyed().getMessage());
  }

  @Test
  void aNationalNumberSaysHowToGiveTheCountry() {
    CtiException e = assertThrows(CtiException.class,
        () -> CallValidator.write(MapView.of("phoneNumber", "415 555 0123"), null, (k, v) -> {}));
    assertEquals(ErrorCode.INVALID_PHONE_NUMBER, e.getCode());
    assertEquals(Build.DEV, e.getMessage().contains("defaultCountryCode"), e.getMessage());
    assertEquals(Build.DEV, e.getMessage().contains("toE164"), e.getMessage());
    CtiException letters = assertThrows(CtiException.class,
        () -> CallValidator.write(MapView.of("phoneNumber", "call me"), null, (k, v) -> {}));
    assertFalse(letters.getMessage().contains("defaultCountryCode"), "no country makes letters a number");
  }

  @Test
  void warningsSayWhatToDoInBothBuilds() {
    assertTrue(Messages.frameBlocked("https://dialpad.com").contains("frame-src"));
    assertTrue(Messages.frameBlocked("https://dialpad.com").contains("https://dialpad.com"));
    assertTrue(Messages.ctiSilent(10_000, "https://crm.example").contains("Allowed Origins"));
    assertTrue(Messages.ctiSilent(10_000, "https://crm.example").contains("https://crm.example"));
    assertTrue(Messages.frameChanged("allow").contains("allow"));
  }

  @Test
  void unknownEventNamesSuggestTheNearestKnownOne() {
    assertEquals("call_ringing", EventNames.nearest("call_ringin", Protocol.KNOWN_EVENTS));
    assertEquals("user_authentication", EventNames.nearest("user_authenticaton", Protocol.KNOWN_EVENTS));
    assertEquals("ready", EventNames.nearest("redy", Protocol.KNOWN_EVENTS));
    assertNull(EventNames.nearest("call_transferred", Protocol.KNOWN_EVENTS));
    assertNull(EventNames.unknownWarning("call_ringing"), "known names are not warned about");
    String warning = EventNames.unknownWarning("call_ringin_test");
    assertTrue(warning.contains("'call_ringing'"), warning);
    assertNull(EventNames.unknownWarning("call_ringin_test"), "one warning per name");
    assertEquals(3, EventNames.distance("kitten", "sitting"));
    assertEquals(0, EventNames.distance("", ""));
  }

  @Test
  void everyErrorCodeIsDocumented() throws Exception {
    HashMap<String, Boolean> codes = new HashMap<>();
    for (java.lang.reflect.Field f : ErrorCode.class.getFields()) {
      codes.put((String) f.get(null), true);
    }
    for (String code : new String[] {"invalid_argument", "container_not_found", "client_id_required",
        "insecure_url", "invalid_phone_number", "invalid_identity_type", "identity_id_required",
        "custom_data_too_long", "invalid_outbound_caller_id", "unknown_field", "invalid_method",
        "destroyed", "ready_timeout", "not_attached", "already_mounted"}) {
      assertTrue(codes.containsKey(code), code);
    }
  }
}
