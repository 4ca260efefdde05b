package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The URL rules, given what a browser's URL parser reports for a URL (href, protocol, username,
 * password, hostname, origin). That the browser really reports these is checked in
 * {@code CtiBrowserIT.urlRulesAgainstTheBrowsersParser}.
 */
class CtiUrlTest {
  private static CtiUrl of(String href, String protocol, String username, String password,
      String hostname, String origin) {
    return CtiUrl.of(href, href, protocol, username, password, hostname, origin);
  }

  @ParameterizedTest
  @CsvSource({
    "https://dialpad.com/apps/abc,               https:, dialpad.com,         https://dialpad.com",
    "https://staging.dialpad.com:8443/apps/x,    https:, staging.dialpad.com, https://staging.dialpad.com:8443",
    "http://localhost:8081/cti.html,             http:,  localhost,           http://localhost:8081",
    "http://127.0.0.1:8081/cti.html,             http:,  127.0.0.1,           http://127.0.0.1:8081",
    "http://[::1]:8081/cti.html,                 http:,  [::1],               http://[::1]:8081",
    "https://10.0.0.1/cti,                       https:, 10.0.0.1,            https://10.0.0.1",
  })
  void acceptsHttpsAndLoopbackHttp(String href, String protocol, String hostname, String origin) {
    CtiUrl url = of(href, protocol, "", "", hostname, origin);
    assertEquals(href, url.url);
    assertEquals(origin, url.origin, "the origin is the browser's");
  }

  @ParameterizedTest
  @CsvSource({
    "http://dialpad.com/apps/abc,      http:,        dialpad.com",        // http off loopback
    "http://localhost.evil.com/,       http:,        localhost.evil.com",
    "http://127.0.0.2/,                http:,        127.0.0.2",
    "'javascript:alert(1)',            javascript:,  ''",
    "'data:text/html,<p>hi',           data:,        ''",
    "ftp://dialpad.com/,               ftp:,         dialpad.com",
    "file:///etc/passwd,               file:,        ''",
    "blob:https://dialpad.com/x,       blob:,        ''",
  })
  void refusesOtherSchemesAndPlainHttpOffLoopback(String href, String protocol, String hostname) {
    CtiException e = Expect.code(ErrorCode.INSECURE_URL, () -> of(href, protocol, "", "", hostname, "null"));
    assertTrue(e.getMessage().contains(href), e.getMessage());
  }

  @Test
  void refusesUserInfo() {
    Expect.code(ErrorCode.INSECURE_URL,
        () -> of("https://user:pass@dialpad.com/", "https:", "user", "pass", "dialpad.com", "https://dialpad.com"));
    Expect.code(ErrorCode.INSECURE_URL,
        () -> of("https://dialpad.com@evil.com/", "https:", "dialpad.com", "", "evil.com", "https://evil.com"));
    Expect.code(ErrorCode.INSECURE_URL,
        () -> of("https://:secret@dialpad.com/", "https:", "", "secret", "dialpad.com", "https://dialpad.com"));
  }

  @Test
  void refusesWhatTheParserCouldNotReadAsAnAbsoluteUrl() {
    for (String relative : new String[] {"/apps/abc", "apps/abc", "//dialpad.com/apps", "", "https://"}) {
      CtiException e = Expect.code(ErrorCode.INSECURE_URL,
          () -> CtiUrl.of(relative, null, null, null, null, null, null));
      Expect.message(e, Expect.all("url"), "absolute");
    }
  }

  @Test
  void clientIdGoesUnderDialpadsAppsPath() {
    CtiUrl url = CtiUrl.forClientId("ab%20c%2Fd");
    assertEquals("https://dialpad.com/apps/ab%20c%2Fd", url.url);
    assertEquals("https://dialpad.com", url.origin);
  }

  @Test
  void messagesAreAcceptedFromTheExactOriginOnly() {
    CtiUrl dialpad = CtiUrl.forClientId("abc");
    assertTrue(dialpad.isOrigin("https://dialpad.com"));
    for (String other : new String[] {"https://evil.com", "http://dialpad.com", "https://dialpad.com:444",
        "https://dialpad.com.evil.com", "https://DIALPAD.com", "https://dialpad.com/", "null", "", null}) {
      assertFalse(dialpad.isOrigin(other), String.valueOf(other));
    }
    CtiUrl mock = of("http://127.0.0.1:8081/mock-cti.html", "http:", "", "", "127.0.0.1", "http://127.0.0.1:8081");
    assertTrue(mock.isOrigin("http://127.0.0.1:8081"));
    assertFalse(mock.isOrigin("http://127.0.0.1:8082"));
    assertFalse(mock.isOrigin("http://localhost:8081"), "another host name for the same address is another origin");
  }
}
