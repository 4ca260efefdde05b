package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;

/** How the bundle meets a page: its globals, the ES module, and a strict CSP with Trusted Types. */
class PackagingBrowserIT extends BrowserTest {



  @ParameterizedTest
  @ValueSource(strings = {"globals.html", "globals.dev.html"})
  void theScriptDefinesDialpadCtiAndNothingElse(String page) {
    browser.open(page);
    assertEquals(List.of("DialpadCti"), browser.list("return __added"));
    assertEquals(List.of("connect", "debug", "defineElement", "hostPhone", "instances", "isError", "mount", "toE164",
        "version"), browser.list("return Object.keys(DialpadCti).sort()"));
    assertEquals(System.getProperty("project.version"), browser.js("return DialpadCti.version"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "dev"})
  void theEsModuleExportsEveryMemberAndADefaultAndDefinesNoGlobal(String build) {
    browser.driver.get(browser.server.hostOrigin() + "/test-pages/module.html?cti=" + browser.server.ctiOrigin()
        + "&build=" + build);
    browser.waitUntil("window.__module");
    assertEquals(Map.of("version", System.getProperty("project.version"), "defaultHasMount", true,
        "defaultVersion", System.getProperty("project.version"), "namedAreTheDefaults", true, "noGlobal", true,
        "noElement", true),
        browser.map("return __module"));
    browser.await("await cti.once('ready')");
    assertEquals(true, browser.js("return cti.state.ready"));
    assertEquals(List.of(), browser.pageErrors());
  }

  @ParameterizedTest
  @ValueSource(strings = {"host.csp.html", "host.dev.csp.html"})
  void worksUnderStrictCspAndTrustedTypes(String page) {
    browser.open(page);
    browser.waitUntil("window.cti");
    browser.await("await cti.once('ready')");
    WebElement iframe = (WebElement) browser.js("return cti.iframe");
    browser.waitForFrame(iframe);
    browser.inFrame(iframe, "post(envelope('user_authentication', {user_authenticated: true, user_id: 3}))");
    browser.waitUntil("__seen.length === 1");
    browser.await("await cti.initiateCall({phoneNumber: '+14155550123'})");
    assertEquals(3L, browser.js("return cti.state.userId"));
    assertEquals(List.of(), browser.pageErrors(), "no CSP or Trusted Types violation");
    assertEquals(true, browser.js("return document.querySelector('[style]') === null"));
  }
}
