package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code <dialpad-cti>} element's attributes as mount's options (SPEC §13). */
class ElementAttributesTest {
  /** An element with these attributes (name, value, name, value…); a null value is an attribute without one. */
  private static MapView element(String... namesAndValues) {
    Map<String, String> attributes = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      attributes.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
    }
    Map<String, Object> options = new LinkedHashMap<>();
    ElementAttributes.read(attributes::get, options::put);
    return new MapView(options);
  }

  private static MountConfig config(String... namesAndValues) {
    return new MountConfig(element(namesAndValues));
  }

  @Test
  void theAttributesAreTheKebabCaseOfEveryMountOption() {
    assertEquals("|client-id|url|width|height|title|debug|ready-timeout-ms|cti-silent-ms|auth-grace-ms"
        + "|login-timeout-ms|auto-enable-tab|hidden|auto-show-on-ring|default-country-code|ring-attention|",
        ElementAttributes.names());
    assertEquals("client-id", ElementAttributes.attribute("clientId"));
    assertEquals("url", ElementAttributes.attribute("url"));
  }

  @Test
  void anElementWithoutAttributesIsMissingItsClientId() {
    assertEquals(0, element().keys().length);
    Expect.code(ErrorCode.CLIENT_ID_REQUIRED, () -> config());
    Expect.code(ErrorCode.CLIENT_ID_REQUIRED, () -> config("client-id", ""));
    Expect.code(ErrorCode.CLIENT_ID_REQUIRED, () -> config("title", "Phone", "hidden", null));
  }

  @Test
  void onlyTheAttributesPresentAreOptions() {
    assertArrayEquals(new String[] {"clientId", "hidden"},
        element("hidden", null, "class", "phone", "client-id", "abc", "style", "x").keys());
  }

  @Test
  void stringsPassAsWritten() {
    MountConfig c = config("url", "http://localhost:8089/mock-cti.html", "width", "300", "height", "100%",
        "title", "", "default-country-code", "+44");
    assertEquals("http://localhost:8089/mock-cti.html", c.url);
    assertEquals("300", c.width);
    assertEquals("100%", c.height);
    assertEquals("", c.title);
    assertEquals("44", c.defaultCountryCode);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "true", "false", "hidden", "0"})
  void flagsAreOnWhenPresentWhateverTheirValue(String value) {
    MountConfig c = config("client-id", "abc", "hidden", value, "debug", value, "auto-show-on-ring", value,
        "ring-attention", value);
    assertTrue(c.hidden);
    assertTrue(c.debug);
    assertTrue(c.autoShowOnRing);
    assertTrue(c.ringAttention);
  }

  @Test
  void flagsAreOffWhenAbsent() {
    MountConfig c = config("client-id", "abc");
    assertFalse(c.hidden);
    assertFalse(c.debug);
    assertFalse(c.autoShowOnRing);
    assertFalse(c.ringAttention);
    assertNull(c.autoEnableTab);
  }

  @Test
  void delaysAreWholeMilliseconds() {
    MountConfig c = config("client-id", "abc", "ready-timeout-ms", "5000", "cti-silent-ms", "0",
        "auth-grace-ms", "0250", "login-timeout-ms", "2147483647");
    assertEquals(5000d, c.readyTimeoutMs);
    assertEquals(0d, c.ctiSilentMs);
    assertEquals(250d, c.authGraceMs);
    assertEquals(2147483647d, c.loginTimeoutMs);
    // MountConfig's range still holds.
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> config("client-id", "abc", "ready-timeout-ms", "0"));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> config("client-id", "abc", "login-timeout-ms", "2147483648"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "5s", "-1", "1.5", "1e3", " 100", "0x10", "12345678901", "٣"})
  void aDelayThatIsNotDigitsNamesItsAttribute(String value) {
    CtiException e = Expect.code(ErrorCode.INVALID_ARGUMENT,
        () -> config("client-id", "abc", "auth-grace-ms", value));
    assertTrue(e.getMessage().contains("auth-grace-ms"), e.getMessage());
  }

  @Test
  void autoEnableTabWithoutAValueMeansLogin() {
    assertEquals("login", config("client-id", "abc", "auto-enable-tab", null).autoEnableTab);
    assertEquals("focus", config("client-id", "abc", "auto-enable-tab", "focus").autoEnableTab);
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> config("client-id", "abc", "auto-enable-tab", "always"));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> config("client-id", "abc", "auto-enable-tab", "false"));
  }

  @Test
  void badValuesAreMountConfigsErrors() {
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> config("client-id", "abc", "width", "wide"));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> config("client-id", "abc", "default-country-code", "UK"));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> config("client-id", "abc", "url", "http://localhost/"));
  }
}
