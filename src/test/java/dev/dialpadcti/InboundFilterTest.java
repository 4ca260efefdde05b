package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InboundFilterTest {
  private static MapView envelope(Object method, Object payload) {
    return MapView.of("api", "opencti_dialpad", "version", "1.0", "method", method, "payload", payload);
  }

  private static String reason(ObjectView data) {
    return InboundFilter.rejectReason(data);
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

  private static void assertEnvelope(String reason) {
    assertTrue(reason != null && reason.startsWith(Messages.BAD_ENVELOPE), reason);
  }

  private static void assertPayload(String reason) {
    assertTrue(reason != null && reason.startsWith(Messages.BAD_PAYLOAD), reason);
  }

  @Test
  void aDropNamesTheRuleItBroke() {
    assertEquals(Messages.badEnvelope("api"), reason(MapView.of("version", "1.0", "method", "x")));
    assertEquals(Messages.badEnvelope("version"),
        reason(MapView.of("api", "opencti_dialpad", "version", "2.0", "method", "x")));
    assertEquals(Messages.badEnvelope("method"), reason(envelope("ready", null)));
    assertEquals(Messages.badPayload("x", "payload"), reason(envelope("x", "text")));
    assertEquals(Messages.badPayload("call_ringing", "state"),
        reason(envelope("call_ringing", MapView.of("state", "ON"))));
    assertEquals(Messages.badPayload("call_ringing", "id"),
        reason(envelope("call_ringing", MapView.of("state", "on", "id", "x1"))));
    assertEquals(Messages.badPayload("call_ringing", "contact"),
        reason(envelope("call_ringing", MapView.of("state", "on", "contact", "Ada"))));
    assertEquals(Messages.badPayload("call_ringing", "target"),
        reason(envelope("call_ringing", MapView.of("state", "on", "target", 1d))));
    assertEquals(Messages.badPayload("user_authentication", "user_authenticated"),
        reason(envelope("user_authentication", MapView.of("user_authenticated", "yes"))));
    assertEquals(Messages.badPayload("user_authentication", "user_id"),
        reason(envelope("user_authentication", MapView.of("user_authenticated", true, "user_id", 0.5))));
    String state = Messages.badPayload("call_ringing", "state");
    if (Build.DEV) {
      assertEquals("bad payload: call_ringing state must be 'on' or 'off'", state);
      assertEquals("bad envelope: version must be '1' or '1.x'", Messages.badEnvelope("version"));
    } else {
      assertEquals("bad payload: state", state);
      assertEquals("bad envelope: version", Messages.badEnvelope("version"));
    }
  }

  @Test
  void envelopeMustBeAPlainObjectOfTheRightShape() {
    assertEnvelope( reason(null));
    assertEnvelope( reason(MapView.of()));
    assertEnvelope(
        reason(MapView.of("api", "other_api", "version", "1.0", "method", "call_ringing")));
    assertEnvelope(
        reason(MapView.of("api", 1d, "version", "1.0", "method", "call_ringing")));
    assertEnvelope(
        reason(MapView.of("api", "opencti_dialpad", "version", 1d, "method", "x")));
    assertEnvelope(
        reason(MapView.of("api", "opencti_dialpad", "version", "1.0")));
    assertEnvelope(
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
    assertEnvelope(
        reason(MapView.of("api", "opencti_dialpad", "version", version, "method", "x")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"__proto__", "", "Call_ringing", "call-ringing", "call ringing", "ready",
      "message", "warning", "state", "reload", "_private", "1method", "toString"})
  void refusesMethodNamesThatAreNotSnakeCaseOrAreReserved(String method) {
    assertEnvelope( reason(envelope(method, null)));
  }

  @Test
  void prototypeNamesThatAreSnakeCaseAreJustUnknownMethods() {
    assertNull(reason(envelope("constructor", null)));
    assertNull(reason(envelope("hasownproperty", null)));
    assertEnvelope( reason(envelope("a".repeat(65), null)));
    assertNull(reason(envelope("a".repeat(64), null)));
  }

  @Test
  void payloadMustBeAnObjectWhenPresent() {
    assertPayload( reason(envelope("some_method", "text")));
    assertPayload( reason(envelope("some_method", 5d)));
  }

  @Test
  void userAuthenticationIsShapeChecked() {
    assertPayload( reason(envelope("user_authentication", null)));
    assertPayload( reason(envelope("user_authentication",
        MapView.of("user_authenticated", "true", "user_id", 1d))));
    assertPayload( reason(envelope("user_authentication",
        MapView.of("user_authenticated", true, "user_id", "abc"))));
    assertPayload( reason(envelope("user_authentication",
        MapView.of("user_authenticated", true, "user_id", 1.5d))));
    assertNull(reason(envelope("user_authentication",
        MapView.of("user_authenticated", true, "user_id", "9223372036854775807"))));
  }

  @Test
  void callRingingIsShapeChecked() {
    assertPayload( reason(envelope("call_ringing", null)));
    assertPayload( reason(envelope("call_ringing", MapView.of("state", "ON"))));
    assertPayload( reason(envelope("call_ringing", MapView.of("state", true))));
    assertPayload(
        reason(envelope("call_ringing", MapView.of("state", "on", "contact", "Ada"))));
    assertPayload(
        reason(envelope("call_ringing", MapView.of("state", "on", "target", 3d))));
    assertPayload(
        reason(envelope("call_ringing", MapView.of("state", "on", "id", Double.POSITIVE_INFINITY))));
  }
}
