package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CtiUrlTest {
  @ParameterizedTest
  @CsvSource({
    "https://dialpad.com/apps/abc,               https://dialpad.com",
    "HTTPS://Dialpad.COM/apps/abc,               https://dialpad.com",
    "https://staging.dialpad.com:8443/apps/x?y#z, https://staging.dialpad.com:8443",
    "https://dialpad.com:443/apps/abc,           https://dialpad.com",
    "https://dialpad.com:00443/apps/abc,         https://dialpad.com",
    "https://dialpad.com,                        https://dialpad.com",
    "https://dialpad.com?x=1,                    https://dialpad.com",
    "http://localhost:8081/cti.html,             http://localhost:8081",
    "http://127.0.0.1:8081/cti.html,             http://127.0.0.1:8081",
    "http://[::1]:8081/cti.html,                 http://[::1]:8081",
    "http://localhost:80/cti.html,               http://localhost",
    "https://127.0.0.1/cti.html,                 https://127.0.0.1",
    "https://xn--bcher-kva.example/cti,          https://xn--bcher-kva.example",
  })
  void acceptsAndComputesTheBrowsersOrigin(String url, String origin) {
    CtiUrl parsed = CtiUrl.parse(url);
    assertEquals(url, parsed.url);
    assertEquals(origin, parsed.origin);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "http://dialpad.com/apps/abc",            // http off loopback
    "http://example.com:8080/",
    "http://localhost.evil.com/",
    "http://127.0.0.2/",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "ftp://dialpad.com/",
    "/apps/abc",                              // relative
    "//dialpad.com/apps/abc",                 // scheme-relative
    "apps/abc",
    "https:dialpad.com/apps",                 // no //
    "https:/dialpad.com/apps",
    "https://user:pass@dialpad.com/",         // user-info
    "https://dialpad.com@evil.com/",
    "https://evil.com\\@dialpad.com/",        // backslash
    "https://dialpad.com /apps",              // whitespace
    " https://dialpad.com/apps",
    "https://dialpad.com/\tapps",
    "https://dialpad.com:0/",                 // ports
    "https://dialpad.com:65536/",
    "https://dialpad.com:123456/",
    "https://dialpad.com:/",
    "https://dialpad.com:8o/",
    "https:///apps",                          // no host
    "https://dialpad..com/",
    "https://dialpad.com./",
    "https://.dialpad.com/",
    "https://dialpad_com/",
    "https://bücher.example/",                // IDN must be punycode
    "http://127.1/",                          // IPv4 forms a browser rewrites
    "http://0x7f.0.0.1/",
    "http://2130706433/",
    "https://10.0.0.1/",
    "http://[0:0:0:0:0:0:0:1]/",
    "https://[::2]/",
    ""})
  void refusesWithInsecureUrl(String url) {
    Expect.code(ErrorCode.INSECURE_URL, () -> CtiUrl.parse(url));
  }

  @Test
  void nonStringIsAnInvalidArgument() {
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> CtiUrl.parse(42d));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> CtiUrl.parse(true));
  }

  @Test
  void clientIdIsEncodedIntoDialpadsAppsPath() {
    CtiUrl url = CtiUrl.forClientId("ab c/d?e", CtiUrlTest::encode);
    assertEquals("https://dialpad.com/apps/ab%20c%2Fd%3Fe", url.url);
    assertEquals("https://dialpad.com", url.origin);
  }

  @Test
  void clientIdMustBeANonEmptyString() {
    Expect.code(ErrorCode.CLIENT_ID_REQUIRED, () -> CtiUrl.forClientId("", CtiUrlTest::encode));
    Expect.code(ErrorCode.CLIENT_ID_REQUIRED, () -> CtiUrl.forClientId("   ", CtiUrlTest::encode));
    Expect.code(ErrorCode.INVALID_ARGUMENT, () -> CtiUrl.forClientId(12d, CtiUrlTest::encode));
  }

  /** encodeURIComponent's result for the characters used here. */
  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
