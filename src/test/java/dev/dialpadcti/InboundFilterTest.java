package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InboundFilterTest {
  private static final String CTI = "https://dialpad.com";

  private static MapView envelope(Object method, Object payload) {
    return MapView.of("api", "opencti_dialpad", "version", "1.0", "method", method, "payload", payload);
  }

  private static String reason(ObjectView data) {
    return InboundFilter.rejectReason(true, CTI, CTI, data);
  }

  private static final MapView AUTH = MapView.of("user_authenticated", true, "user_id", 5629499534213120d);

  @Test
  void acceptsDialpadsMessages() {
    assertNull(reason(envelope("user_authentication", AUTH)));
    assertNull(reason(envelope("user_authentication", MapView.of("user_authenticated", false))));
    assertNull(reason(envelope("call_ringing", MapView.of("state", "on", "id", 123d,
        "contact", MapView.of("name", "Ada"), "target", MapView.of("id", 1d),
        "internal_number", "+14155550100", "external_number", "+14155550123"))));
    assertNull(reason(envelope("call_ringing", MapView.of("state", "off"))));
    assertNull(reason(envelope("some_future_method", null)));
    assertNull(reason(envelope("some_future_method", MapView.of("anything", "goes"))));
  }

  @Test
  void senderIsCheckedFirst() {
    MapView good = envelope("user_authentication", AUTH);
    assertEquals(InboundFilter.WRONG_SOURCE, InboundFilter.rejectReason(false, CTI, CTI, good));
    assertEquals(InboundFilter.WRONG_ORIGIN, InboundFilter.rejectReason(true, "https://evil.com", CTI, good));
    assertEquals(InboundFilter.WRONG_ORIGIN, InboundFilter.rejectReason(true, "http://dialpad.com", CTI, good));
    assertEquals(InboundFilter.WRONG_ORIGIN, InboundFilter.rejectReason(true, "https://dialpad.com:444", CTI, good));
    assertEquals(InboundFilter.WRONG_ORIGIN, InboundFilter.rejectReason(true, "https://dialpad.com.evil.com", CTI, good));
    assertEquals(InboundFilter.WRONG_ORIGIN, InboundFilter.rejectReason(true, "null", CTI, good));
    assertEquals(InboundFilter.WRONG_ORIGIN, InboundFilter.rejectReason(true, null, CTI, good));
    assertEquals(InboundFilter.WRONG_SOURCE, InboundFilter.rejectReason(false, "https://evil.com", CTI, null));
  }

  @Test
  void envelopeMustBeAPlainObjectOfTheRightShape() {
    assertEquals(InboundFilter.BAD_ENVELOPE, reason(null));
    assertEquals(InboundFilter.BAD_ENVELOPE, reason(MapView.of()));
    assertEquals(InboundFilter.BAD_ENVELOPE,
        reason(MapView.of("api", "other_api", "version", "1.0", "method", "call_ringing")));
    assertEquals(InboundFilter.BAD_ENVELOPE,
        reason(MapView.of("api", 1d, "version", "1.0", "method", "call_ringing")));
    assertEquals(InboundFilter.BAD_ENVELOPE,
        reason(MapView.of("api", "opencti_dialpad", "version", 1d, "method", "x")));
    assertEquals(InboundFilter.BAD_ENVELOPE,
        reason(MapView.of("api", "opencti_dialpad", "version", "1.0")));
    assertEquals(InboundFilter.BAD_ENVELOPE,
        reason(MapView.of("api", "opencti_dialpad", "version", "1.0", "method", 7d)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.0", "1.1", "1.12", "1.2.3", "1.x"})
  void acceptsMajorVersion1(String version) {
    assertNull(reason(MapView.of("api", "opencti_dialpad", "version", version, "method", "x")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.0", "0.9", "10.0", "11", "1x", "v1", " 1.0", "", "2", "1,0"})
  void refusesOtherVersions(String version) {
    assertEquals(InboundFilter.BAD_ENVELOPE,
        reason(MapView.of("api", "opencti_dialpad", "version", version, "method", "x")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"__proto__", "", "Call_ringing", "call-ringing", "call ringing", "ready",
      "message", "_private", "1method", "toString"})
  void refusesMethodNamesThatAreNotSnakeCaseOrAreReserved(String method) {
    assertEquals(InboundFilter.BAD_ENVELOPE, reason(envelope(method, null)));
  }

  @Test
  void prototypeNamesThatAreSnakeCaseAreJustUnknownMethods() {
    assertNull(reason(envelope("constructor", null)));
    assertNull(reason(envelope("hasownproperty", null)));
    assertEquals(InboundFilter.BAD_ENVELOPE, reason(envelope("a".repeat(65), null)));
    assertNull(reason(envelope("a".repeat(64), null)));
  }

  @Test
  void payloadMustBeAnObjectWhenPresent() {
    assertEquals(InboundFilter.BAD_PAYLOAD, reason(envelope("some_method", "text")));
    assertEquals(InboundFilter.BAD_PAYLOAD, reason(envelope("some_method", 5d)));
  }

  @Test
  void userAuthenticationIsShapeChecked() {
    assertEquals(InboundFilter.BAD_PAYLOAD, reason(envelope("user_authentication", null)));
    assertEquals(InboundFilter.BAD_PAYLOAD, reason(envelope("user_authentication",
        MapView.of("user_authenticated", "true", "user_id", 1d))));
    assertEquals(InboundFilter.BAD_PAYLOAD, reason(envelope("user_authentication",
        MapView.of("user_authenticated", true, "user_id", "abc"))));
    assertEquals(InboundFilter.BAD_PAYLOAD, reason(envelope("user_authentication",
        MapView.of("user_authenticated", true, "user_id", 1.5d))));
    assertNull(reason(envelope("user_authentication",
        MapView.of("user_authenticated", true, "user_id", "9223372036854775807"))));
  }

  @Test
  void callRingingIsShapeChecked() {
    assertEquals(InboundFilter.BAD_PAYLOAD, reason(envelope("call_ringing", null)));
    assertEquals(InboundFilter.BAD_PAYLOAD, reason(envelope("call_ringing", MapView.of("state", "ON"))));
    assertEquals(InboundFilter.BAD_PAYLOAD, reason(envelope("call_ringing", MapView.of("state", true))));
    assertEquals(InboundFilter.BAD_PAYLOAD,
        reason(envelope("call_ringing", MapView.of("state", "on", "contact", "Ada"))));
    assertEquals(InboundFilter.BAD_PAYLOAD,
        reason(envelope("call_ringing", MapView.of("state", "on", "target", 3d))));
    assertEquals(InboundFilter.BAD_PAYLOAD,
        reason(envelope("call_ringing", MapView.of("state", "on", "id", Double.POSITIVE_INFINITY))));
  }
}
