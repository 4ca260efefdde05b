package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MountConfigTest {
  private static MountConfig parse(Object... options) {
    return new MountConfig(MapView.of(options), CtiUrlTest::encode);
  }

  @Test
  void defaults() {
    MountConfig c = parse("clientId", "abc123");
    assertEquals("https://dialpad.com/apps/abc123", c.cti.url);
    assertEquals("https://dialpad.com", c.cti.origin);
    assertEquals("400", c.width);
    assertEquals("520", c.height);
    assertEquals("Dialpad", c.title);
    assertFalse(c.debug);
    assertEquals(30_000d, c.readyTimeoutMs);
  }

  @Test
  void everyOption() {
    MountConfig c = parse("url", "http://127.0.0.1:8081/cti.html", "width", 300d, "height", "100%",
        "title", "Phone", "debug", true, "readyTimeoutMs", 500d);
    assertEquals("http://127.0.0.1:8081", c.cti.origin);
    assertEquals("300", c.width);
    assertEquals("100%", c.height);
    assertEquals("Phone", c.title);
    assertTrue(c.debug);
    assertEquals(500d, c.readyTimeoutMs);
  }

  @Test
  void needsClientIdOrUrlButNotBoth() {
    Expect.code(ErrorCode.CLIENT_ID_REQUIRED, () -> new MountConfig(null, CtiUrlTest::encode));
    Expect.code(ErrorCode.CLIENT_ID_REQUIRED, () -> parse());
    Expect.code(ErrorCode.CLIENT_ID_REQUIRED, () -> parse("title", "x"));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "url", "https://dialpad.com/apps/a"));
    Expect.code(ErrorCode.INSECURE_URL, () -> parse("url", "http://dialpad.com/apps/a"));
  }

  @Test
  void unknownOptionSuggestsTheRightName() {
    CtiException e = Expect.code(ErrorCode.UNKNOWN_FIELD, () -> parse("client_id", "abc"));
    assertTrue(e.getMessage().contains("did you mean 'clientId'"), e.getMessage());
    Expect.code(ErrorCode.UNKNOWN_FIELD, () -> parse("clientId", "abc", "readyTimeout", 5d));
  }

  @ParameterizedTest
  @CsvSource({"400, 400", "400px, 400", "1, 1", "99999, 99999", "100%, 100%", "5%, 5%"})
  void sizesBecomeAttributeValues(String given, String attribute) {
    assertEquals(attribute, parse("clientId", "a", "width", given).width);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "0400", "-5", "40em", "calc(100% - 2px)", "100vh", "1.5", "px", "%",
      "1000%", "400 px", "123456"})
  void sizesOutsideWhatAttributesTakeAreRefused(String given) {
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "height", given));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, 1.5, 100000, Double.NaN, Double.POSITIVE_INFINITY})
  void numericSizesMustBeWholePositivePixels(double given) {
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "width", given));
  }

  @Test
  void typesOfTheOtherOptions() {
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "title", 5d));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "debug", "yes"));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "readyTimeoutMs", 0d));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "readyTimeoutMs", 2147483648d));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "readyTimeoutMs", "1000"));
    assertEquals(2147483647d, parse("clientId", "a", "readyTimeoutMs", 2147483647d).readyTimeoutMs);
  }
}
