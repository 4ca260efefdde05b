package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MountConfigTest {
  private static MountConfig parse(Object... options) {
    return new MountConfig(MapView.of(options));
  }

  @Test
  void defaults() {
    MountConfig c = parse("clientId", "abc123");
    assertEquals("abc123", c.clientId);
    assertNull(c.url);
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
    assertEquals("http://127.0.0.1:8081/cti.html", c.url);
    assertEquals(300d, c.width);
    assertEquals("100%", c.height);
    assertEquals("Phone", c.title);
    assertTrue(c.debug);
    assertEquals(500d, c.readyTimeoutMs);
  }

  @Test
  void needsClientIdOrUrlButNotBoth() {
    Expect.code(ErrorCode.CLIENT_ID_REQUIRED, () -> new MountConfig(null));
    Expect.code(ErrorCode.CLIENT_ID_REQUIRED, () -> parse());
    Expect.code(ErrorCode.CLIENT_ID_REQUIRED, () -> parse("title", "x"));
    Expect.code(ErrorCode.CLIENT_ID_REQUIRED, () -> parse("clientId", ""));
    // encodeURIComponent leaves dots alone, and /apps/.. would be another path.
    Expect.code(ErrorCode.CLIENT_ID_REQUIRED, () -> parse("clientId", "."));
    Expect.code(ErrorCode.CLIENT_ID_REQUIRED, () -> parse("clientId", ".."));
    assertEquals("a.b", parse("clientId", "a.b").clientId);
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "url", "https://dialpad.com/apps/a"));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", 42d));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("url", true));
  }

  @Test
  void unknownOptionSuggestsTheRightName() {
    CtiException e = Expect.code(ErrorCode.UNKNOWN_FIELD, () -> parse("client_id", "abc"));
    Expect.message(e, Expect.all("'client_id'"), "did you mean 'clientId'");
    e = Expect.code(ErrorCode.UNKNOWN_FIELD, () -> parse("clientId", "abc", "timeout", 5d));
    Expect.message(e, Expect.all("'timeout'"), "readyTimeoutMs");
  }

  @ParameterizedTest
  @CsvSource({"400, 400", "400px, 400", "1, 1", "99999, 99999", "100%, 100%", "5%, 5%"})
  void stringSizesBecomeAttributeValues(String given, String attribute) {
    assertEquals(attribute, parse("clientId", "a", "width", given).width);
  }

  @ParameterizedTest
  @ValueSource(doubles = {1, 400, 99999})
  void numericSizesAreWholePixels(double given) {
    assertEquals(given, parse("clientId", "a", "width", given).width);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "0400", "-5", "40em", "calc(100% - 2px)", "100vh", "1.5", "px", "%",
      "1000%", "400 px", "123456", "4e2"})
  void sizesOutsideWhatAttributesTakeAreRefused(String given) {
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "height", given));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, 1.5, 100000, Double.NaN, Double.POSITIVE_INFINITY})
  void numericSizesOutsideWholePositivePixelsAreRefused(double given) {
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "width", given));
  }

  @Test
  void typesOfTheOtherOptions() {
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "width", true));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "title", 5d));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "debug", "yes"));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "readyTimeoutMs", 0d));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "readyTimeoutMs", 2147483648d));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "readyTimeoutMs", "1000"));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "readyTimeoutMs", Double.NaN));
    assertEquals(2147483647d, parse("clientId", "a", "readyTimeoutMs", 2147483647d).readyTimeoutMs);
  }

  @Test
  void defaultCountryCodeIsANumberOrDigitsWithAnOptionalPlus() {
    assertEquals("1", parse("clientId", "a", "defaultCountryCode", 1d).defaultCountryCode);
    assertEquals("44", parse("clientId", "a", "defaultCountryCode", "44").defaultCountryCode);
    assertEquals("49", parse("clientId", "a", "defaultCountryCode", "+49").defaultCountryCode);
    assertEquals(null, parse("clientId", "a").defaultCountryCode);
    for (Object bad : new Object[] {0d, 1.5d, 1000d, -1d, 4294967340d, "", "+", "0", "044", "1234", "4a", true}) {
      Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "defaultCountryCode", bad));
    }
  }

  @Test
  void ringAttentionIsABoolean() {
    assertEquals(true, parse("clientId", "a", "ringAttention", true).ringAttention);
    assertEquals(false, parse("clientId", "a").ringAttention);
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> parse("clientId", "a", "ringAttention", "yes"));
  }

  @Test
  void connectTakesTheCtisOptionsAndThePhonePages() {
    MountConfig c = new MountConfig(MapView.of("url", "http://127.0.0.1:8081/cti.html", "phonePage", "/phone/phone.html",
        "ringAttention", true, "loginTimeoutMs", 0d), true);
    assertEquals("/phone/phone.html", c.phonePage);
    assertEquals("popup,width=420,height=600", c.windowFeatures);
    assertTrue(c.ringAttention);
    assertEquals("popup,width=300", new MountConfig(MapView.of("clientId", "abc", "phonePage", "p.html",
        "windowFeatures", "popup,width=300"), true).windowFeatures);
    CtiException missing = assertThrows(CtiException.class,
        () -> new MountConfig(MapView.of("clientId", "abc"), true));
    assertEquals(ErrorCode.INVALID_ARGUMENT, missing.getCode(), "phonePage is required");
    for (String mountOnly : new String[] {"width", "height", "title", "hidden", "autoShowOnRing", "ctiSilentMs"}) {
      CtiException e = assertThrows(CtiException.class,
          () -> new MountConfig(MapView.of("clientId", "abc", "phonePage", "p.html", mountOnly, 1d), true));
      assertEquals(ErrorCode.UNKNOWN_FIELD, e.getCode(), mountOnly + " is mount's only");
    }
    CtiException notMounts = assertThrows(CtiException.class,
        () -> parse("clientId", "abc", "phonePage", "p.html"));
    assertEquals(ErrorCode.UNKNOWN_FIELD, notMounts.getCode(), "phonePage is connect's only");
    assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(CtiException.class, () -> new MountConfig(
        MapView.of("clientId", "abc", "phonePage", 5d), true)).getCode(), "phonePage must be a string");
    assertNull(parse("clientId", "abc").phonePage, "a mounted instance has none");
  }
}
