package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The two Java example apps (src/examples), built by GWT 2 and by J2CL from the jar as a user's
 * build would, driven in Chromium against the mock CTI on another origin. The Java API is used
 * only by the apps' own Java code, so this proves it end to end under each compiler.
 */
class JavaExamplesBrowserIT extends BrowserTest {
  /**
   * Records, in every page and frame and from before its first script, uncaught errors, unhandled
   * rejections and console.error (where the library reports a listener that threw).
   */
  @BeforeAll
  static void recordPageErrors() {
    browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
        "window.__errors = [];"
            + "addEventListener('error', e => __errors.push(String(e.message)));"
            + "addEventListener('unhandledrejection', e => __errors.push(String(e.reason)));"
            + "{ const error = console.error; console.error = (...args) => {"
            + " __errors.push(args.map(String).join(' ')); error(...args); }; }"));
  }

  @BeforeEach
  void examplesWereBuilt() {
    for (String app : List.of("gwt/target/www/clicktocall/clicktocall.nocache.js", "j2cl/target/www/screenpop.js")) {
      assertTrue(Files.isRegularFile(Path.of("target/examples", app)),
          "target/examples/" + app + " is missing: the invoker step of mvn verify builds it");
    }
  }

  @AfterEach
  void noPageErrors() {
    browser.driver.switchTo().defaultContent();
    assertEquals(List.of(), browser.list("return window.__errors"), "errors in the page");
    // Same-origin frames too, such as the one GWT runs its code in (an error there fires in that
    // frame, not the page). The cross-origin mock runs in its own process, which the recording
    // script does not reach; its __errors is absent.
    for (WebElement frame : browser.driver.findElements(By.tagName("iframe"))) {
      Object errors = browser.inFrame(frame, "return window.__errors");
      if (errors != null) {
        assertEquals(List.of(), errors, "errors in a frame");
      }
    }
  }

  /** Opens an example with the mock CTI on the CTI origin, and waits for the mock to load. */
  private WebElement open(String app, String query) {
    browser.driver.switchTo().defaultContent();
    browser.driver.get(browser.server.hostOrigin() + "/examples/" + app + "/?url="
        + browser.server.ctiOrigin() + "/mock/mock-cti.html" + query);
    browser.waitUntil("document.querySelector('#dialer iframe')");
    WebElement mock = browser.driver.findElement(By.cssSelector("#dialer iframe"));
    browser.waitForFrame(mock, "window.mock && document.readyState === 'complete'");
    return mock;
  }

  private String text(String id) {
    return browser.driver.findElement(By.id(id)).getText();
  }

  private void waitForText(String id, String expected) {
    browser.waitUntil("document.getElementById(arguments[0]).textContent === arguments[1]", id, expected);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> lastReceived(WebElement mock) {
    return (Map<String, Object>) browser.inFrame(mock, "return mock.received.at(-1)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"mount", "element"})
  void gwtClickToCall(String how) {
    WebElement mock = open("gwt", "%3FuserId%3D4242" + (how.equals("element") ? "&element" : ""));
    if (how.equals("element")) {
      assertEquals("DIALPAD-CTI", browser.js("return document.querySelector('#dialer iframe').parentNode.tagName"));
    }
    assertEquals("Dialpad (GWT example)", mock.getAttribute("title"));
    assertEquals("360", mock.getAttribute("width"));
    waitForText("status", "ready; log in to the dialer");

    browser.clickInFrame(mock, "login");
    waitForText("status", "logged in as 4242");

    browser.clickInFrame(mock, "incoming");
    waitForText("status", "ringing: Ada Lovelace +14155550123");
    browser.clickInFrame(mock, "decline");
    browser.waitUntil("/^call \\d+ stopped ringing$/.test(document.getElementById('status').textContent)");

    browser.driver.findElement(By.id("call")).click();
    waitForText("log", "calling +14155550100");
    browser.waitForFrame(mock, "mock.received.length === 1");
    Map<String, Object> call = lastReceived(mock);
    assertEquals("accepted", call.get("verdict"));
    assertEquals(Map.of("api", "opencti_dialpad", "version", "1.0", "method", "initiate_call",
        "payload", Map.of("phone_number", "+14155550100", "enable_current_tab", true, "custom_data", "gwt-example")),
        call.get("data"));

    WebElement number = browser.driver.findElement(By.id("number"));
    number.clear();
    number.sendKeys("0800 123");
    browser.driver.findElement(By.id("call")).click();
    browser.waitUntil("document.getElementById('log').textContent.startsWith('not called: invalid_phone_number (')");
    assertEquals(1L, browser.inFrame(mock, "return mock.received.length"), "a rejected call posts nothing");
  }

  /**
   * GWT's element class is its own (a JSNI body, ES5): its move, attribute and disconnect callbacks,
   * driven in the GWT app's page as in ElementBrowserIT. GWT keeps Cti's Java methods to Java, so
   * the page follows the CTI through the element: its state property and its state events.
   */
  @Test
  void gwtsElementKeepsItsCtiAcrossMoveBeforeReplacesItAndDestroysItOnRemoval() {
    WebElement mock = open("gwt", "%3FuserId%3D4242&element");
    browser.inFrame(mock, "window.marker = 'kept'");
    browser.js("window.el = document.querySelector('dialpad-cti'); window.first = el.cti; window.destroyed = 0;"
        + " el.addEventListener('state', (e) => { if (e.detail.destroyed) destroyed++; });"
        + " document.body.moveBefore(el, null);");
    browser.await("await new Promise((r) => setTimeout(r, 50))");
    assertEquals(List.of(true, 0L, true), browser.list("return [el.cti === first, destroyed, el.state.ready]"));
    assertEquals("kept", browser.inFrame(mock, "return window.marker"), "moveBefore reloaded the CTI");
    // hidden shows and hides; a url change replaces; removal destroys a task later.
    assertEquals(List.of(false, true), browser.list("el.hidden = true; const hidden = el.state.visible;"
        + " el.hidden = false; return [hidden, el.state.visible]"));
    browser.js("el.setAttribute('url', el.getAttribute('url') + '&again')");
    assertEquals(List.of(1L, true), browser.list("return [destroyed, el.cti !== first && el.cti !== null]"));
    browser.js("el.remove()");
    browser.waitUntil("destroyed === 2");
    assertEquals(true, browser.js("return el.cti === null"));
  }

  @Test
  void gwtMountErrorsReachJavaAsCtiException() {
    assertMountFails("gwt", "?url=http://example.com/cti", "insecure_url");
    // The element's error event carries the same error.
    assertMountFails("gwt", "?url=http://example.com/cti&element", "insecure_url");
  }

  /** Opens an example with a bad mount query: its Java code catches the CtiException and shows the code. */
  private void assertMountFails(String app, String query, String code) {
    browser.driver.get(browser.server.hostOrigin() + "/examples/" + app + "/" + query);
    browser.waitUntil("document.getElementById('status').textContent !== 'starting'");
    assertEquals("mount failed: " + code, text("status"));
    assertEquals(0, browser.driver.findElements(By.cssSelector("#dialer iframe")).size());
    if (query.contains("element")) {
      // The element writes the error with console.error, and its error event (a CustomEvent, with
      // no message) bubbles to the window's error listener: both are the report, not a failure.
      List<Object> errors = browser.list("return window.__errors.splice(0)");
      assertEquals(2, errors.size(), errors::toString);
      assertTrue(errors.get(0).toString().startsWith("[dialpad-cti] DialpadCtiError: "), errors::toString);
      assertEquals("undefined", errors.get(1));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"mount", "element"})
  void j2clScreenPopAndCallBack(String how) {
    WebElement mock = open("j2cl", "%3FuserId%3D4242%26autoLogin%3D1" + (how.equals("element") ? "&element" : ""));
    if (how.equals("element")) {
      assertEquals("DIALPAD-CTI", browser.js("return document.querySelector('#dialer iframe').parentNode.tagName"));
    }
    assertEquals("100%", mock.getAttribute("width"));
    waitForText("status", "agent 4242");

    browser.clickInFrame(mock, "incoming");
    waitForText("ringing", "ringing");
    assertEquals("Ada Lovelace · ada@example.com", text("caller"));
    assertEquals("+14155550123", browser.driver.findElement(By.id("number")).getDomProperty("value"));
    browser.clickInFrame(mock, "answer");
    waitForText("ringing", "");

    browser.driver.findElement(By.id("callback")).click();
    waitForText("result", "calling back +14155550123");
    browser.waitForFrame(mock, "mock.received.length === 1");
    Map<String, Object> call = lastReceived(mock);
    assertEquals("accepted", call.get("verdict"));
    assertEquals(Map.of("phone_number", "+14155550123", "identity_type", "CallCenter",
        "identity_id", 5066085911502848L), ((Map<?, ?>) call.get("data")).get("payload"));

    WebElement number = browser.driver.findElement(By.id("number"));
    number.clear();
    number.sendKeys("call me");
    browser.driver.findElement(By.id("callback")).click();
    waitForText("result", "not called: invalid_phone_number");
    browser.driver.findElement(By.id("hangup")).click();
    browser.waitForFrame(mock, "mock.received.length === 2");
    assertEquals("hang_up_all_calls", ((Map<?, ?>) lastReceived(mock).get("data")).get("method"));
  }

  @Test
  void j2clMountErrorsReachJavaAsCtiException() {
    assertMountFails("j2cl", "?clientId=..", "client_id_required");
    // The J2CL app is built with the define dialpadcti.dev: the development build's message.
    assertEquals("mount needs {clientId} or {url}", text("result"));
    assertMountFails("j2cl", "?clientId=..&element", "client_id_required");
    assertEquals("mount needs {clientId} or {url}", text("result"));
  }
}
