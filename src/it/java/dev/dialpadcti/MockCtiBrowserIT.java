package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The demo host page and the mock CTI, used end to end as a person would, on two origins. */
class MockCtiBrowserIT extends BrowserTest {



  @AfterEach
  void noPageErrors() {
    browser.driver.switchTo().defaultContent();
    assertEquals(List.of(), browser.list("return window.__errors || []"));
  }

  /** Opens the demo with the mock CTI (query {@code mock} is passed on to it) and waits for it. */
  private WebElement openDemo(String mockQuery) {
    browser.driver.switchTo().defaultContent();
    browser.driver.get(browser.server.hostOrigin() + "/?cti=" + browser.server.ctiOrigin()
        + (mockQuery.isEmpty() ? "" : "&mock=" + java.net.URLEncoder.encode(mockQuery, java.nio.charset.StandardCharsets.UTF_8)));
    browser.js("window.__errors = []; addEventListener('error', e => __errors.push(e.message));"
        + "window.__events = []; cti.on('message', m => __events.push(m));"
        // The command form is folded away under the CRM; a person opens it to use it.
        + "document.getElementById('advanced').open = true;");
    browser.waitUntil("cti.state.ready");
    WebElement mock = (WebElement) browser.js("return cti.iframe");
    browser.waitForFrame(mock, "window.mock && document.readyState === 'complete'");
    return mock;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> mockReceived(WebElement mock) {
    return (List<Map<String, Object>>) browser.inFrame(mock, "return mock.received");
  }

  @Test
  void logInAndOutReachesListenersAndState() {
    WebElement mock = openDemo("userId=4242");
    browser.waitUntil("cti.state.authenticated === false");
    assertEquals("{\"method\":\"user_authentication\",\"payload\":{\"user_authenticated\":false,\"user_id\":4242}}",
        browser.js("const h = cti.history.find(h => h.direction === 'in'); return JSON.stringify({method: h.method, payload: h.payload})"),
        "the mock starts logged out and says so on load");
    browser.clickInFrame(mock, "login");
    browser.waitUntil("cti.state.authenticated");
    assertEquals(4242L, browser.js("return cti.state.userId"));
    assertEquals("{\"method\":\"user_authentication\",\"payload\":{\"user_authenticated\":true,\"user_id\":4242}}",
        browser.js("return JSON.stringify(__events.at(-1))"));
    browser.clickInFrame(mock, "logout");
    browser.waitUntil("!cti.state.authenticated");
  }

  @Test
  void silentUnlessAskedToAnnounceAndTheLoginSurvivesAReload() {
    WebElement mock = openDemo("announceAuth=0");
    browser.js("return new Promise(r => setTimeout(r, 300))");
    assertEquals(true, browser.js("return cti.state.authenticated === null"), "announceAuth=0: a CTI that says nothing");
    browser.inFrame(mock, "mockCti.login(77)");
    browser.waitUntil("cti.state.userId === 77");
    long before = (Long) browser.js("return cti.history.filter(h => h.method === 'user_authentication').length");
    browser.clickInFrame(mock, "reload");
    browser.waitForFrame(mock, "window.mockCti && document.readyState === 'complete'");
    assertEquals(true, browser.inFrame(mock, "return mockCti.loggedIn && mockCti.userId === 77"), "still logged in");
    assertEquals(before, browser.js("return cti.history.filter(h => h.method === 'user_authentication').length"),
        "announceAuth=0 stays silent after the reload too");

    mock = openDemo("");
    browser.inFrame(mock, "mockCti.login()");
    browser.inFrame(mock, "mockCti.reload()");
    browser.waitUntil("cti.history.filter(h => h.method === 'user_authentication'"
        + " && h.payload.user_authenticated).length === 2");
    browser.waitForFrame(mock, "window.mockCti && document.readyState === 'complete'");
    assertEquals(true, browser.inFrame(mock, "return mockCti.loggedIn"), "the reloaded mock announced the login it kept");
  }

  @Test
  void severalCallsRingAtOnceAndEachStopsOnItsOwn() {
    WebElement mock = openDemo("autoLogin=1");
    browser.waitUntil("cti.state.authenticated");
    Object first = browser.inFrame(mock, "return mockCti.ring()");
    Object second = browser.inFrame(mock, "return mockCti.ring({contact: {id: 7, phone: '+442071838750',"
        + " type: 'contact', name: 'Grace Hopper', email: 'grace@example.com'}, external_number: '+442071838750'})");
    assertTrue(!first.equals(second), "each call has its own id");
    browser.waitUntil("__events.filter(e => e.method === 'call_ringing').length === 2");
    assertEquals(2L, browser.inFrame(mock, "return mockCti.calls.length"));
    browser.inFrame(mock, "mockCti.answer(arguments[0])", second);
    browser.waitUntil("__events.filter(e => e.method === 'call_ringing').length === 3");
    assertEquals(List.of("on", first, "on", second, "off", second), browser.list("return __events"
        + ".filter(e => e.method === 'call_ringing').flatMap(e => [e.payload.state, e.payload.id])"));
    assertEquals("Grace Hopper", browser.js("return __events.at(-1).payload.contact.name"));
    browser.inFrame(mock, "mockCti.decline()");
    browser.waitUntil("__events.filter(e => e.method === 'call_ringing').length === 4");
    assertEquals(first, browser.js("return __events.at(-1).payload.id"), "decline() without an id takes the oldest");
    assertEquals(0L, browser.inFrame(mock, "return mockCti.calls.length"));
  }

  @Test
  void aCallWhileLoggedOutIsRefusedAsDialpadShowsItsLogin() {
    WebElement mock = openDemo("");
    // Straight to the frame: the library itself holds a call while the CTI says nobody is logged in.
    browser.js("cti.iframe.contentWindow.postMessage({api: 'opencti_dialpad', version: '1.0',"
        + " method: 'initiate_call', payload: {phone_number: '+14155550123'}}, new URL(cti.iframe.src).origin)");
    browser.waitForFrame(mock, "mockCti.received.length === 1");
    assertEquals("refused: not logged in", browser.inFrame(mock, "return mockCti.received[0].verdict"));
    assertEquals("", browser.inFrame(mock, "return document.getElementById('calling').textContent"));
  }

  @Test
  void anIncomingCallRingsOnThenOffWhenAnsweredDeclinedOrUnanswered() {
    WebElement mock = openDemo("autoLogin=1&ringTimeoutMs=400");
    browser.waitUntil("cti.state.authenticated");
    for (String end : new String[] {"answer", "decline", "timeout"}) {
      browser.clickInFrame(mock, "incoming");
      browser.waitUntil("cti.state.ringing && document.getElementById('phone').classList.contains('ringing')");
      @SuppressWarnings("unchecked")
      Map<String, Object> on = (Map<String, Object>) browser.js("return __events.at(-1).payload");
      assertEquals("on", on.get("state"));
      assertEquals(Map.of("id", 1001L, "phone", "+14155550123", "type", "contact", "name", "Ada Lovelace",
          "email", "ada@example.com"), on.get("contact"));
      assertEquals("user", ((Map<?, ?>) on.get("target")).get("type"));
      assertTrue(on.get("id") instanceof Long && on.containsKey("internal_number") && on.containsKey("external_number"));
      if (!end.equals("timeout")) {
        browser.clickInFrame(mock, end);
      }
      browser.waitUntil("!cti.state.ringing && !document.getElementById('phone').classList.contains('ringing')");
      assertEquals(on.get("id"), browser.js("return __events.at(-1).payload.id"), "off is for the same call");
    }
  }

  @Test
  void theDemosCallFormReachesTheMockAndIsAccepted() throws Exception {
    WebElement mock = openDemo("autoLogin=1");
    browser.waitUntil("cti.state.authenticated");
    browser.driver.findElement(By.name("phoneNumber")).clear();
    browser.driver.findElement(By.name("phoneNumber")).sendKeys("+442071838750");
    new Select(browser.driver.findElement(By.name("identityType"))).selectByVisibleText("CallCenter");
    browser.driver.findElement(By.name("identityId")).sendKeys("5629499534213120");
    browser.driver.findElement(By.name("customData")).sendKeys("{\"ticket\":42}");
    browser.driver.findElement(By.cssSelector("#call button")).click();
    browser.waitUntil("document.getElementById('log').textContent.includes('posted initiate_call')");

    Map<String, Object> last = last(mockReceived(mock));
    assertEquals("accepted", last.get("verdict"));
    assertEquals(browser.server.hostOrigin(), last.get("origin"));
    assertEquals(Map.of("api", "opencti_dialpad", "version", "1.0", "method", "initiate_call",
        "payload", Map.of("phone_number", "+442071838750", "identity_type", "CallCenter",
            "identity_id", "5629499534213120", "custom_data", "{\"ticket\":42}")), last.get("data"));
    assertEquals("Calling +442071838750 as CallCenter 5629499534213120",
        browser.inFrame(mock, "return document.getElementById('calling').textContent"));

    saveScreenshots(mock);

    // A bad number never reaches the mock: the library refuses it with a code and a fix.
    int before = mockReceived(mock).size();
    browser.driver.findElement(By.name("phoneNumber")).clear();
    // (The demo mounts with defaultCountryCode 1, so "415 555 0123" would be dialled: seven digits are not.)
    browser.driver.findElement(By.name("phoneNumber")).sendKeys("555 0123");
    browser.driver.findElement(By.cssSelector("#call button")).click();
    browser.waitUntil("document.getElementById('log').textContent.includes('invalid_phone_number')");
    assertEquals(before, mockReceived(mock).size());
  }

  private static Map<String, Object> last(List<Map<String, Object>> list) {
    return list.get(list.size() - 1);
  }

  private void saveScreenshots(WebElement mock) throws Exception {
    browser.js("scrollTo(0, 0)");
    Path dir = Files.createDirectories(Path.of("target/screenshots"));
    // The demo's own screenshots are DemoBrowserIT's; this one is of the mock after an accepted call.
    Files.copy(mock.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve("mock-cti.png"),
        StandardCopyOption.REPLACE_EXISTING);
    assertTrue(Files.size(dir.resolve("mock-cti.png")) > 5_000);
  }

  @Test
  void theMockRefusesAHostOriginOffItsAllowList() {
    String host = browser.server.hostOrigin();   // http://localhost:<port>
    String port = host.substring(host.lastIndexOf(':') + 1);
    Map<String, String> verdicts = new java.util.LinkedHashMap<>();
    for (String allow : List.of("*.example.com", "https://app.example.*", "http://127.0.0.1:*",
        "http://localhost:*", "*//localhost:" + port, "*localhost*", host)) {
      WebElement mock = openDemo("autoLogin=1&allow=" + allow);
      browser.await("await cti.enableCurrentTab()");
      browser.waitForFrame(mock, "mock.received.length === 1");
      verdicts.put(allow, (String) last(mockReceived(mock)).get("verdict"));
    }
    String refused = "rejected: origin " + host + " is not on the allow-list";
    assertEquals(Map.of("*.example.com", refused, "https://app.example.*", refused,
        "http://127.0.0.1:*", refused, "http://localhost:*", "accepted", "*//localhost:" + port, "accepted",
        "*localhost*", "accepted", host, "accepted"), verdicts);
  }

  @Test
  void theAllowListWildcardRuleBothWays() {
    WebElement mock = openDemo("");
    @SuppressWarnings("unchecked")
    List<Object> results = (List<Object>) browser.inFrame(mock, "return arguments[0].map(([o, p]) => MockRules.originAllowed(o, [p]))",
        List.of(
            List.of("https://app.example.com", "*.example.com"), List.of("https://a.b.example.com", "*.example.com"),
            List.of("https://example.com", "*.example.com"), List.of("https://evilexample.com", "*.example.com"),
            List.of("https://app.example.com.evil.io", "*.example.com"),
            List.of("https://app.example.com", "https://app.example.*"), List.of("https://app.example.org", "https://app.example.*"),
            List.of("http://app.example.com", "https://app.example.*"), List.of("https://app.examples.com", "https://app.example.*"),
            // A right-hand wildcard is a plain prefix, as Dialpad describes it, so this matches too.
            List.of("https://app.example.evil.com", "https://app.example.*"),
            List.of("https://app.example.com", "https://app.example.com"), List.of("https://app.example.com:8443", "https://app.example.com"),
            List.of("https://x.y", "*"), List.of("https://x.y", "")));
    assertEquals(List.of(true, true, false, false, false, true, true, false, false, true, true, false, false, false), results);
  }

  @Test
  void onlyOneTabIsEnabledAndADisabledTabRefusesACallThatWillNotEnableIt() {
    WebElement first = openDemo("autoLogin=1");
    browser.await("window.other = DialpadCti.mount(document.body, {url: cti.iframe.src}); await other.once('ready');");
    WebElement second = (WebElement) browser.js("return other.iframe");
    browser.waitForFrame(second, "window.mock && mock.loggedIn");

    browser.await("await cti.enableCurrentTab()");
    browser.waitForFrame(first, "mock.tabEnabled");
    browser.await("await other.enableCurrentTab()");
    browser.waitForFrame(second, "mock.tabEnabled");
    browser.waitForFrame(first, "!mock.tabEnabled");

    browser.await("await cti.initiateCall({phoneNumber: '+14155550123', enableCurrentTab: false})");
    browser.waitForFrame(first, "mock.received.length === 2");
    assertEquals("refused: this tab is not enabled (enable_current_tab: false)",
        last(mockReceived(first)).get("verdict"));
    browser.await("await cti.initiateCall({phoneNumber: '+14155550123'})");
    browser.waitForFrame(first, "mock.received.length === 3 && mock.tabEnabled");
    assertEquals("accepted", last(mockReceived(first)).get("verdict"));
    browser.waitForFrame(second, "!mock.tabEnabled");
  }

  @Test
  void theMockChecksPayloadsByDialpadsRules() {
    WebElement mock = openDemo("autoLogin=1");
    // Straight from the host page, past the library, to show the mock's own checks.
    browser.js("const w = cti.iframe.contentWindow, o = new URL(cti.iframe.src).origin;"
        + "const e = (method, payload) => ({api: 'opencti_dialpad', version: '1.0', method, payload});"
        + "[e('initiate_call', {phone_number: '555'}), e('initiate_call', {phone_number: '+14155550123', identity_type: 'Office'}),"
        + " e('initiate_call', {phone_number: '+14155550123', custom_data: 'x'.repeat(2001)}),"
        + " e('initiate_call', {phoneNumber: '+14155550123'}), {api: 'opencti_dialpad', version: '2.0', method: 'x'},"
        + " e('enable_current_tab', {yes: true}), e('dance')].forEach(m => w.postMessage(m, o));");
    browser.waitForFrame(mock, "mock.received.length === 7");
    assertEquals(List.of("rejected: bad payload: phone_number is not E.164",
        "rejected: bad payload: identity_type without identity_id",
        "rejected: bad payload: custom_data is not a string of at most 2000 characters",
        "rejected: bad payload: unknown field phoneNumber", "rejected: bad envelope: version is not 1.0",
        "rejected: bad payload: enable_current_tab takes no payload", "rejected: unknown method dance"),
        mockReceived(mock).stream().map(m -> m.get("verdict")).toList());
  }
}
