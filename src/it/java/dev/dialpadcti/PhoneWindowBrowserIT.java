package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The phone window (SPEC §12) in a real headless Chromium over real HTTP, sentence by sentence:
 * pages of the host origin {@code http://localhost:P} ({@code test-pages/phone-host.html} and
 * {@code phone-other.html}, two pages of one app) connect to the shipped phone page
 * ({@code /dist/phone/phone.html}), which holds the mock CTI ({@code http://127.0.0.1:Q/mock/})
 * in a popup window; tabs are Selenium's {@code newWindow(TAB)} in the same browser profile.
 *
 * <p>Every test names its own CTI URL (the mock's query carries the test's name), so no phone
 * window of one test can serve the pages of another; after each test every tab and window but the
 * first is closed, and each one's uncaught errors, rejections and {@code console.error} calls must
 * be none (the phone windows get a recorder as soon as they are found).
 */
class PhoneWindowBrowserIT extends BrowserTest {
  private static final String CALL = "+14155550123";
  /** Records a window's uncaught errors, rejections and console.error calls in window.__errors. */
  private static final String RECORDER = "if (!window.__recording) { window.__recording = true;"
      + " window.__errors = window.__errors || [];"
      + " addEventListener('error', (e) => __errors.push('error: ' + e.message));"
      + " addEventListener('unhandledrejection', (e) => __errors.push('unhandled rejection: ' + e.reason));"
      + " const error = console.error.bind(console);"
      + " console.error = (...args) => { __errors.push('console.error: ' + args.map(String).join(' ')); error(...args); }; }";
  private static String home;
  private static int tests;

  private ChromeDriver driver;
  private String testId;

  @BeforeEach
  void start(TestInfo info) {
    driver = browser.driver;
    if (home == null) {
      home = driver.getWindowHandle();
    }
    testId = info.getTestMethod().map(m -> m.getName()).orElse("test") + "-" + (++tests);
  }

  @AfterEach
  void noErrorsInAnyWindowThenCloseAllButTheFirst() {
    Map<String, Object> errors = new LinkedHashMap<>();
    try {
      for (String handle : driver.getWindowHandles()) {
        try {
          driver.switchTo().window(handle);
          List<Object> these = browser.list("return window.__errors || []");
          if (!these.isEmpty()) {
            errors.put((String) browser.js("return location.href"), these);
          }
        } catch (WebDriverException closing) {
          // A window that closed itself meanwhile.
        }
      }
    } finally {
      for (String handle : driver.getWindowHandles()) {
        if (!handle.equals(home)) {
          try {
            driver.switchTo().window(handle).close();
          } catch (WebDriverException closing) {
            // Closed meanwhile.
          }
        }
      }
      driver.switchTo().window(home);
      driver.get("about:blank");
    }
    assertEquals(Map.of(), errors, "uncaught errors, rejections or console errors in a tab or a phone window");
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /** The mock CTI's URL for this test, with {@code query} ("" for none). */
  private String mockUrl(String query) {
    return browser.server.ctiOrigin() + "/mock/mock-cti.html?test=" + testId + (query.isEmpty() ? "" : "&" + query);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The URL of test page {@code page}, connecting at load with {@code {url: ctiUrl ...json}} unless ctiUrl is null. */
  private String pageUrl(String page, String ctiUrl, String json) {
    return browser.server.hostOrigin() + "/test-pages/" + page + "?cti=" + encode(browser.server.ctiOrigin())
        + "&attacker=" + encode(browser.server.attackerOrigin())
        + (ctiUrl == null ? "" : "&connect=" + encode("{\"url\": \"" + ctiUrl + "\"" + json + "}"));
  }

  /** Opens {@code page} in the current tab, connected at load to {@code ctiUrl} with more JSON options. */
  private void openConnected(String page, String ctiUrl, String json) {
    driver.get(pageUrl(page, ctiUrl, json));
    browser.waitUntil("window.cti && cti.state");
  }

  /** A new tab of the same browser, current from now on. */
  private String newTab() {
    driver.switchTo().newWindow(WindowType.TAB);
    return driver.getWindowHandle();
  }

  /** The one window that is open now and was not in {@code before}, once it has loaded its page. */
  private String newWindowSince(Set<String> before) {
    String[] found = new String[1];
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
      Set<String> now = new HashSet<>(driver.getWindowHandles());
      now.removeAll(before);
      if (now.size() == 1) {
        found[0] = now.iterator().next();
        return true;
      }
      return false;
    });
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
      try {
        return Boolean.TRUE.equals(inWindow(found[0], "return location.href !== 'about:blank'"
            + " && document.readyState === 'complete'"));
      } catch (WebDriverException notYet) {
        return false;
      }
    });
    inWindow(found[0], RECORDER);
    return found[0];
  }

  /** The one window that is open now and was not in {@code before}, loaded or not. */
  private String newWindowSinceUnloaded(Set<String> before) {
    String[] found = new String[1];
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
      Set<String> now = new HashSet<>(driver.getWindowHandles());
      now.removeAll(before);
      found[0] = now.isEmpty() ? null : now.iterator().next();
      return found[0] != null;
    });
    return found[0];
  }

  /** Calls openPhone() in the current tab, expecting it to open a window; returns that window. */
  private String openPhone() {
    Set<String> before = driver.getWindowHandles();
    assertEquals(null, browser.await("await cti.openPhone()"), "openPhone() resolved");
    return newWindowSince(before);
  }

  /** Runs {@code what} with window {@code handle} current, then returns to the current one. */
  private <T> T within(String handle, Supplier<T> what) {
    String here = driver.getWindowHandle();
    driver.switchTo().window(handle);
    try {
      return what.get();
    } finally {
      driver.switchTo().window(here);
    }
  }

  private Object inWindow(String handle, String script, Object... args) {
    return within(handle, () -> browser.js(script, args));
  }

  /** The CTI frame inside phone window {@code handle} (call with that window current). */
  private WebElement ctiFrameHere() {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !driver.findElements(By.cssSelector("iframe[title=\"Dialpad\"]")).isEmpty());
    WebElement frame = driver.findElement(By.cssSelector("iframe[title=\"Dialpad\"]"));
    browser.waitForFrame(frame, "window.mockCti && document.readyState === 'complete'");
    return frame;
  }

  /** Runs {@code script} inside the mock CTI frame of phone window {@code handle}. */
  private Object inPhoneCti(String handle, String script, Object... args) {
    return within(handle, () -> browser.inFrame(ctiFrameHere(), script, args));
  }

  /** Waits until {@code condition} holds inside the mock CTI frame of phone window {@code handle}. */
  private void waitInPhoneCti(String handle, String condition) {
    within(handle, () -> {
      browser.waitForFrame(ctiFrameHere(), condition);
      return null;
    });
  }

  /** What the mock in phone window {@code handle} received, as "method verdict" lines. */
  private List<Object> received(String handle) {
    return browser.list("return arguments[0]",
        inPhoneCti(handle, "return mockCti.received.map(r => r.data.method + ' ' + r.verdict)"));
  }

  /** Waits until the mock in phone window {@code handle} has received {@code count} messages; returns them. */
  private List<Object> received(String handle, int count) {
    waitInPhoneCti(handle, "mockCti.received.length >= " + count);
    return received(handle);
  }

  private void pause(int ms) {
    browser.await("await new Promise((r) => setTimeout(r, " + ms + "))");
  }

  private void waitForWindowToClose(String handle) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !driver.getWindowHandles().contains(handle));
  }

  // ---------------------------------------------------------------------------------------------
  // connect, openPhone, commands

  @ParameterizedTest
  @ValueSource(strings = {"phone-host.html", "phone-host.dev.html"})
  void connectWorksWithNoWindowOpenAndRefusesBadOptions(String page) {
    driver.get(pageUrl(page, null, ""));
    Map<String, Object> state = browser.map("window.cti = connectPhone({url: arguments[0]});"
        + " return Object.assign({iframe: cti.iframe}, cti.state)", mockUrl(""));
    assertEquals("closed", state.get("phone"), "state.phone is 'closed' while no window is open");
    assertEquals(false, state.get("ready"));
    assertEquals(null, state.get("iframe"), "a connected instance has no iframe");
    assertEquals(1, driver.getWindowHandles().size(), "connect opens no window");

    Map<String, Object> codes = browser.map("const codes = {};"
        + " const tryIt = (name, options) => { try { DialpadCti.connect(options); codes[name] = 'connected'; }"
        + "   catch (e) { codes[name] = [e.name, e.code]; } };"
        + " const url = arguments[0];"
        + " tryIt('otherOrigin', {url, phonePage: arguments[1] + '/dist/phone/phone.html'});"
        + " tryIt('noPhonePage', {url});"
        + " tryIt('phonePageNotAString', {url, phonePage: 42});"
        + " tryIt('unknown', {url, phonePage, phonePages: '/x'});"
        + " tryIt('notACtiOption', {url, phonePage, width: 400});"
        + " tryIt('relative', {url, phonePage: 'phone-own.html'});"
        + " tryIt('sameOriginAbsolute', {url, phonePage: location.origin + phonePage});"
        + " return codes;", mockUrl(""), browser.server.attackerOrigin());
    assertEquals(List.of("DialpadCtiError", "invalid_argument"), codes.get("otherOrigin"),
        "phonePage on another origin");
    assertEquals(List.of("DialpadCtiError", "invalid_argument"), codes.get("noPhonePage"), "phonePage is required");
    assertEquals(List.of("DialpadCtiError", "invalid_argument"), codes.get("phonePageNotAString"));
    assertEquals(List.of("DialpadCtiError", "unknown_field"), codes.get("unknown"));
    assertEquals(List.of("DialpadCtiError", "unknown_field"), codes.get("notACtiOption"),
        "connect takes mount's options that concern the CTI only");
    assertEquals("connected", codes.get("relative"), "phonePage is resolved against the page's address");
    assertEquals("connected", codes.get("sameOriginAbsolute"));
    assertEquals(1, driver.getWindowHandles().size(), "none of that opened a window");
  }

  @ParameterizedTest
  @ValueSource(strings = {"phone-host.html", "phone-host.dev.html"})
  void openPhoneOpensAWindowWithTheCtiAndEveryCommandSettlesWithItsVerdict(String page) {
    boolean dev = page.contains(".dev.");
    String ctiUrl = mockUrl("userId=77");
    openConnected(page, ctiUrl, ", \"loginTimeoutMs\": 0");
    Set<String> before = driver.getWindowHandles();
    Object atResolve = browser.await("return await cti.openPhone().then(() =>"
        + " ({resolved: true, ready: cti.state.ready, phone: cti.state.phone}), (e) => ({code: e.code}))");
    assertEquals(Map.of("resolved", true, "ready", true, "phone", "open"), atResolve,
        "openPhone() resolves once the window's CTI has loaded, and the page's state says so");
    String phone = newWindowSince(before);
    assertEquals(before.size() + 1, driver.getWindowHandles().size(), "one window opened");
    assertEquals("/dist/phone/phone" + (dev ? ".dev" : "") + ".html", inWindow(phone, "return location.pathname"));
    assertEquals(ctiUrl, within(phone, () -> ctiFrameHere().getAttribute("src")), "the window holds the CTI");
    assertEquals(browser.server.hostOrigin(), inWindow(phone, "return location.origin"), "on the host's own origin");

    browser.waitUntil("cti.state.authenticated === false");
    assertEquals("not_logged_in", browser.await("return await cti.initiateCall(arguments[0]).then(() => 'resolved',"
        + " (e) => e.code)", CALL), "loginTimeoutMs 0 while the window's CTI says logged out");
    assertEquals(List.of("DialpadCtiError", "invalid_phone_number", true), browser.await(
        "return await cti.initiateCall('555').then(() => 'resolved', (e) => [e.name, e.code, DialpadCti.isError(e)])"));
    assertEquals("invalid_method", browser.await("return await cti.send('Not-A-Method').then(() => 'resolved', (e) => e.code)"));
    assertEquals("unknown_field", browser.await("return await cti.initiateCall({phone_number: arguments[0]})"
        + ".then(() => 'resolved', (e) => e.code)", CALL));
    assertEquals(List.of(), received(phone), "nothing rejected reached the CTI");

    inPhoneCti(phone, "mockCti.login()");
    browser.waitUntil("cti.state.authenticated === true && cti.state.userId === 77");
    assertEquals("resolved", browser.await("return await cti.initiateCall({phoneNumber: arguments[0], customData: 'ticket 9'})"
        + ".then(() => 'resolved', (e) => e.code)", CALL));
    assertEquals("resolved", browser.await("return await cti.enableCurrentTab().then(() => 'resolved', (e) => e.code)"));
    assertEquals("resolved", browser.await("return await cti.hangUpAllCalls().then(() => 'resolved', (e) => e.code)"));
    assertEquals(List.of("initiate_call accepted", "enable_current_tab accepted", "hang_up_all_calls accepted"),
        received(phone, 3), "each command reached the CTI once, in order, as its Promise said");
    @SuppressWarnings("unchecked")
    Map<String, Object> call = (Map<String, Object>) inPhoneCti(phone, "return mockCti.received[0]");
    assertEquals(browser.server.hostOrigin(), call.get("origin"));
    assertEquals(Map.of("api", "opencti_dialpad", "version", "1.0", "method", "initiate_call",
        "payload", Map.of("phone_number", CALL, "custom_data", "ticket 9")), call.get("data"));
  }

  @Test
  void commandsIssuedWithNoWindowWaitAndArePostedOnceOneOpens() {
    String ctiUrl = mockUrl("autoLogin=1");
    openConnected("phone-host.html", ctiUrl, ", \"readyTimeoutMs\": 20000");
    browser.js("settle('call', cti.initiateCall(arguments[0])); settle('tab', cti.enableCurrentTab())", CALL);
    pause(500);
    assertEquals(List.of("pending", "pending"), browser.list("return [window.call, window.tab]"),
        "commands wait while no window is open");
    String phone = openPhone();
    browser.waitUntil("window.call === 'resolved' && window.tab === 'resolved'");
    assertEquals(List.of("initiate_call accepted", "enable_current_tab accepted"), received(phone, 2));
    pause(300);
    assertEquals(2, received(phone).size(), "posted once each");
  }

  @Test
  void commandsWithNoWindowRejectWithPhoneClosedReadyTimeoutMsAfterTheyWereIssued() {
    openConnected("phone-host.html", mockUrl("autoLogin=1"), ", \"readyTimeoutMs\": 800");
    Map<String, Object> outcome = browser.map("return arguments[0]", browser.await("const t0 = performance.now();"
        + " const settled = (p) => p.then(() => ['resolved', performance.now() - t0], (e) => [e.code, performance.now() - t0]);"
        + " const all = await Promise.all([settled(cti.initiateCall(arguments[0])), settled(cti.enableCurrentTab()),"
        + "   settled(cti.send('future_method', {a: 1}))]);"
        + " return {codes: all.map((x) => x[0]), times: all.map((x) => x[1]), phone: cti.state.phone};", CALL));
    assertEquals(List.of("phone_closed", "phone_closed", "phone_closed"), outcome.get("codes"));
    for (Object time : (List<?>) outcome.get("times")) {
      double ms = ((Number) time).doubleValue();
      assertTrue(ms >= 750 && ms < 5000, "rejected readyTimeoutMs (800) after issue, not at " + ms + " ms");
    }
    assertEquals("closed", outcome.get("phone"));
    assertEquals(1, driver.getWindowHandles().size(), "no window was opened for them");
  }

  @Test
  void closePhoneRejectsTheCommandsWaitingInTheWindowAndTheStateSaysClosed() {
    String ctiUrl = mockUrl("");
    openConnected("phone-host.html", ctiUrl, ", \"loginTimeoutMs\": 60000");
    String phone = openPhone();
    browser.waitUntil("cti.state.authenticated === false");
    browser.js("settle('call', cti.initiateCall(arguments[0])); settle('tab', cti.enableCurrentTab())", CALL);
    pause(500);
    assertEquals(List.of("pending", "pending"), browser.list("return [window.call, window.tab]"),
        "waiting in the window for a login");
    assertEquals(null, browser.js("return cti.closePhone()"));
    browser.waitUntil("window.call === 'phone_closed' && window.tab === 'phone_closed'");
    waitForWindowToClose(phone);
    browser.waitUntil("cti.state.phone === 'closed'");
    assertEquals(false, browser.js("return cti.state.ready"), "no CTI: not ready");

    // The page can open it again, and it works.
    String again = openPhone();
    assertNotEquals(phone, again);
    browser.waitUntil("cti.state.phone === 'open' && cti.state.authenticated === false");
    inPhoneCti(again, "mockCti.login()");
    assertEquals("resolved", browser.await("return await cti.initiateCall(arguments[0]).then(() => 'resolved', (e) => e.code)", CALL));
    assertEquals(List.of("initiate_call accepted"), received(again, 1));
  }

  @Test
  void aWindowThePersonClosesRejectsTheCommandsWaitingInItWithPhoneClosed() {
    openConnected("phone-host.html", mockUrl(""), ", \"loginTimeoutMs\": 60000");
    String phone = openPhone();
    browser.waitUntil("cti.state.authenticated === false");
    browser.js("settle('call', cti.initiateCall(arguments[0]))", CALL);
    pause(300);
    assertEquals("pending", browser.js("return window.call"));
    String here = driver.getWindowHandle();
    driver.switchTo().window(phone).close();
    driver.switchTo().window(here);
    browser.waitUntil("window.call === 'phone_closed' && cti.state.phone === 'closed'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"phone-host.html", "phone-host.dev.html"})
  void openPhoneRejectsWithPopupBlockedWhenTheBrowserRefusesTheWindow(String page) {
    openConnected(page, mockUrl("autoLogin=1"), "");
    browser.js("window.opens = 0; const open = window.open;"
        + " window.open = function () { opens++; return null; }; window.realOpen = open;");
    assertEquals(List.of("DialpadCtiError", "popup_blocked"), browser.await(
        "return await cti.openPhone().then(() => 'resolved', (e) => [e.name, e.code])"));
    assertEquals(1L, browser.js("return opens"), "it did try to open the window");
    assertEquals(1, driver.getWindowHandles().size());
    assertEquals("closed", browser.js("return cti.state.phone"));

    browser.js("window.open = realOpen");
    String phone = openPhone();
    browser.waitUntil("cti.state.phone === 'open' && cti.state.authenticated === true");
    assertEquals("resolved", browser.await("return await cti.enableCurrentTab().then(() => 'resolved', (e) => e.code)"));
    assertEquals(List.of("enable_current_tab accepted"), received(phone, 1));
  }

  // ---------------------------------------------------------------------------------------------
  // Navigation

  @Test
  void aPageThatNavigatesOrReloadsSeesTheLoginAndTheCallAtOnceAndTheCtiFrameNeverReloads() {
    String ctiUrl = mockUrl("autoLogin=1&userId=42");
    openConnected("phone-host.html", ctiUrl, "");
    String phone = openPhone();
    waitInPhoneCti(phone, "mockCti.loggedIn");
    Object callId = inPhoneCti(phone, "window.__marker = 42; return mockCti.ring()");
    browser.waitUntil("cti.state.calls.length === 1 && cti.state.authenticated");

    // An ordinary link to the app's other page.
    driver.findElement(By.id("next")).click();
    browser.waitUntil("location.pathname.endsWith('/phone-other.html') && window.cti"
        + " && cti.state.authenticated === true && cti.state.calls.length === 1");
    assertSeenWithinASecond("after following a link");
    assertEquals(callId, browser.js("return cti.state.calls[0].id"), "the same call, still ringing");
    assertEquals(42L, browser.js("return cti.state.userId"));
    assertEquals(true, browser.js("return cti.state.ready && cti.state.ringing && cti.state.phone === 'open'"));
    assertEquals(42L, inPhoneCti(phone, "return window.__marker"), "the CTI frame was not reloaded");
    assertEquals("resolved", browser.await("return await cti.initiateCall(arguments[0]).then(() => 'resolved', (e) => e.code)", CALL));
    assertEquals(List.of("initiate_call accepted"), received(phone, 1), "the new page places a call");

    // A reload, with a command in flight as it starts.
    browser.js("cti.initiateCall(arguments[0]); location.reload();", CALL);
    browser.waitUntil("window.cti && performance.getEntriesByType('navigation')[0].type === 'reload'"
        + " && cti.state.authenticated === true && cti.state.calls.length === 1");
    assertSeenWithinASecond("after a reload");
    assertEquals(42L, inPhoneCti(phone, "return window.__marker"), "the CTI frame was not reloaded");
    int afterReload = received(phone).size();
    assertTrue(afterReload == 1 || afterReload == 2,
        "the command in flight during the reload was posted once or not at all: " + received(phone));
    assertEquals("resolved", browser.await("return await cti.initiateCall(arguments[0]).then(() => 'resolved', (e) => e.code)", CALL));
    assertEquals(afterReload + 1, received(phone, afterReload + 1).size());
    assertEquals(callId, inPhoneCti(phone, "return mockCti.calls.length === 1 && mockCti.calls[0].id"),
        "the call rang on in the window through it all");
    assertEquals(42L, inPhoneCti(phone, "return window.__marker"));
  }

  private void assertSeenWithinASecond(String when) {
    Map<String, Object> seen = browser.map("return firstSeen");
    for (String what : List.of("authenticated", "ringing")) {
      double ms = ((Number) seen.get(what)).doubleValue();
      assertTrue(ms < 1000, when + ": the page saw " + what + " " + ms + " ms after its navigation started");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Tabs

  @Test
  void severalTabsShareOneWindowEventsReachAllAndDestroyLeavesTheOthersWorking() {
    String ctiUrl = mockUrl("autoLogin=1&userId=5");
    openConnected("phone-host.html", ctiUrl, "");
    String first = driver.getWindowHandle();
    String phone = openPhone();
    waitInPhoneCti(phone, "mockCti.loggedIn");
    Object one = inPhoneCti(phone, "return mockCti.ring()");
    browser.waitUntil("cti.state.calls.length === 1");

    String second = newTab();
    openConnected("phone-other.html", ctiUrl, "");
    browser.waitUntil("cti.state.phone === 'open' && cti.state.authenticated === true && cti.state.calls.length === 1");
    assertSeenWithinASecond("in a second tab");
    assertEquals(List.of(true, true, 5L, one, true), browser.list(
        "return [cti.state.ready, cti.state.authenticated, cti.state.userId, cti.state.calls[0].id, cti.state.ringing]"),
        "the second tab sees the same state");
    int windows = driver.getWindowHandles().size();
    assertEquals(Map.of("resolved", true, "ready", true), browser.await(
        "return await cti.openPhone().then(() => ({resolved: true, ready: cti.state.ready}), (e) => e.code)"));
    pause(500);
    assertEquals(windows, driver.getWindowHandles().size(), "openPhone() in the second tab opened no window");

    Object two = inPhoneCti(phone, "return mockCti.ring({contact: {id: 8, phone: '+442071838750', type: 'contact',"
        + " name: 'Grace Hopper', email: 'g@example.com'}})");
    for (String tab : List.of(first, second)) {
      within(tab, () -> {
        browser.waitUntil("events.some((e) => e.name === 'call_ringing' && e.payload.id === arguments[0]"
            + " && e.payload.state === 'on') && cti.state.calls.length === 2", two);
        return null;
      });
    }

    driver.switchTo().window(first);
    assertEquals("resolved", browser.await("return await cti.enableCurrentTab().then(() => 'resolved', (e) => e.code)"));
    driver.switchTo().window(second);
    assertEquals("resolved", browser.await("return await cti.initiateCall(arguments[0]).then(() => 'resolved', (e) => e.code)", CALL));
    assertEquals(List.of("enable_current_tab accepted", "initiate_call accepted"), received(phone, 2));

    driver.switchTo().window(first);
    browser.js("cti.destroy()");
    assertEquals(true, browser.js("return cti.state.destroyed"));
    assertEquals("destroyed", browser.await("return await cti.enableCurrentTab().then(() => 'resolved', (e) => e.code)"));
    pause(500);
    assertTrue(driver.getWindowHandles().contains(phone), "destroy() in one tab leaves the window open");
    assertEquals(2L, inPhoneCti(phone, "return mockCti.calls.length"), "and its calls ringing");
    driver.switchTo().window(second);
    assertEquals(true, browser.js("return cti.state.phone === 'open' && cti.state.calls.length === 2"));
    assertEquals("resolved", browser.await("return await cti.hangUpAllCalls().then(() => 'resolved', (e) => e.code)"));
    assertEquals("hang_up_all_calls accepted", received(phone, 3).get(2));
    browser.waitUntil("cti.state.calls.length === 0");

    // closePhone() from a tab that did not open the window.
    browser.js("cti.closePhone()");
    waitForWindowToClose(phone);
    browser.waitUntil("cti.state.phone === 'closed'");
  }

  @Test
  void everyConnectedPageGetsTheEventsAMountedInstanceWould() {
    String ctiUrl = mockUrl("userId=9");
    openConnected("phone-host.html", ctiUrl, "");
    String first = driver.getWindowHandle();
    String second = newTab();
    openConnected("phone-other.html", ctiUrl, "");
    driver.switchTo().window(first);
    String phone = openPhone();
    List<String> tabs = List.of(first, second);
    for (String tab : tabs) {
      within(tab, () -> {
        browser.waitUntil("events.some((e) => e.name === 'ready') && cti.state.ready && cti.state.authenticated === false");
        return null;
      });
    }
    inPhoneCti(phone, "mockCti.login(); mockCti.ring()");
    Map<String, Object> login = Map.of("user_authenticated", true, "user_id", 9L);
    for (String tab : tabs) {
      within(tab, () -> {
        browser.waitUntil("events.some((e) => e.name === 'call_ringing')");
        assertEquals(login, browser.js("return events.filter((e) => e.name === 'user_authentication').at(-1).payload"));
        assertEquals(Map.of("method", "user_authentication", "payload", login), browser.js(
            "return events.filter((e) => e.name === 'message' && e.payload.method === 'user_authentication').at(-1).payload"));
        @SuppressWarnings("unchecked")
        Map<String, Object> ringing = (Map<String, Object>) browser.js(
            "return events.find((e) => e.name === 'call_ringing').payload");
        assertEquals(Set.of("state", "id", "contact", "target", "internal_number", "external_number"), ringing.keySet(),
            "the payload as Dialpad sent it");
        assertEquals("Ada Lovelace", ((Map<?, ?>) ringing.get("contact")).get("name"));
        assertEquals(true, browser.js("return events.some((e) => e.name === 'state' && e.payload.ringing)"));
        return null;
      });
    }
    inPhoneCti(phone, "mockCti.reload()");
    for (String tab : tabs) {
      within(tab, () -> {
        browser.waitUntil("events.some((e) => e.name === 'reload') && cti.state.ready && cti.state.authenticated === true");
        return null;
      });
    }
    // Someone loosens the CTI frame's sandbox inside the window: the window's instance warns, every page hears.
    within(phone, () -> browser.js("document.querySelector('iframe[title=\"Dialpad\"]').setAttribute('sandbox',"
        + " 'allow-scripts allow-same-origin allow-top-navigation')"));
    for (String tab : tabs) {
      within(tab, () -> {
        browser.waitUntil("events.some((e) => e.name === 'warning' && e.payload.code === 'frame_changed')");
        return null;
      });
    }
  }

  @Test
  void eachPagesCommandsKeepTheirOrderAndNoneIsLostOrPostedTwice() {
    String ctiUrl = mockUrl("");
    openConnected("phone-host.html", ctiUrl, ", \"loginTimeoutMs\": 60000");
    String first = driver.getWindowHandle();
    String phone = openPhone();
    browser.waitUntil("cti.state.authenticated === false");
    String second = newTab();
    openConnected("phone-other.html", ctiUrl, ", \"loginTimeoutMs\": 60000");
    browser.waitUntil("cti.state.authenticated === false");
    driver.switchTo().window(first);
    browser.js("settle('a1', cti.send('step_a1')); settle('a2', cti.send('step_a2')); settle('a3', cti.send('step_a3'))");
    driver.switchTo().window(second);
    browser.js("settle('b1', cti.send('step_b1')); settle('b2', cti.send('step_b2'))");
    driver.switchTo().window(first);
    browser.js("settle('a4', cti.send('step_a4'))");
    pause(300);
    assertEquals(List.of(), received(phone), "waiting for a login");
    inPhoneCti(phone, "mockCti.login()");
    driver.switchTo().window(first);
    browser.waitUntil("['a1', 'a2', 'a3', 'a4'].every((k) => window[k] === 'resolved')");
    driver.switchTo().window(second);
    browser.waitUntil("['b1', 'b2'].every((k) => window[k] === 'resolved')");
    List<Object> methods = browser.list("return arguments[0]", inPhoneCti(phone, "return mockCti.received.map((r) => r.data.method)"));
    assertEquals(6, methods.size(), "each command once: " + methods);
    assertEquals(List.of("step_a1", "step_a2", "step_a3", "step_a4"),
        methods.stream().filter(m -> ((String) m).startsWith("step_a")).toList(), "the first page's in order");
    assertEquals(List.of("step_b1", "step_b2"),
        methods.stream().filter(m -> ((String) m).startsWith("step_b")).toList(), "the second page's in order");
  }

  @Test
  void aSecondPhoneWindowForTheSameCtiSaysSoAndClosesItself() {
    String ctiUrl = mockUrl("autoLogin=1");
    openConnected("phone-host.html", ctiUrl, "");
    String first = driver.getWindowHandle();
    String phone = openPhone();
    browser.waitUntil("cti.state.authenticated === true");
    String phoneUrl = browser.server.hostOrigin() + "/dist/phone/phone.html?url=" + encode(ctiUrl);

    // Opened straight in a tab of its own (no opener): window.close() stubbed, to read what it says.
    String watched = newTab();
    @SuppressWarnings("unchecked")
    Map<String, Object> script = (Map<String, Object>) driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
        Map.of("source", "window.__closes = 0; window.close = () => { window.__closes++; };"));
    assertTrue(script.containsKey("identifier"));
    driver.get(phoneUrl);
    browser.waitUntil("window.__closes > 0");
    assertTrue(((String) browser.js("return document.body.innerText")).toLowerCase().contains("already open"),
        "the second window says the phone is already open: " + browser.js("return document.body.innerText"));
    assertEquals(0L, browser.js("return document.querySelectorAll('iframe').length"), "and holds no second CTI");
    driver.close();
    assertFalse(driver.getWindowHandles().contains(watched));

    // And without the stub, it does close. (Chromium lets a script close only a window that a script
    // opened or whose history holds one page; a driver's new tab has two, so a tab of no opener
    // relation opens it, with noopener: it cannot see the first window either.)
    driver.switchTo().window(first);
    newTab();
    driver.get(pageUrl("phone-host.html", null, ""));
    Set<String> before = driver.getWindowHandles();
    assertEquals(null, browser.js("return window.open(arguments[0], '_blank', 'noopener')", phoneUrl));
    String real = newWindowSinceUnloaded(before);
    waitForWindowToClose(real);

    driver.switchTo().window(first);
    assertTrue(driver.getWindowHandles().contains(phone), "the first window stays");
    assertEquals("resolved", browser.await("return await cti.initiateCall(arguments[0]).then(() => 'resolved', (e) => e.code)", CALL));
    assertEquals(List.of("initiate_call accepted"), received(phone, 1));
  }

  @Test
  void twoTabsThatOpenThePhoneAtOnceEndWithOneWindowAndBothResolve() {
    String ctiUrl = mockUrl("autoLogin=1");
    openConnected("phone-host.html", ctiUrl, "");
    String first = driver.getWindowHandle();
    String second = newTab();
    openConnected("phone-other.html", ctiUrl, "");
    Set<String> before = driver.getWindowHandles();
    // The same instant in both tabs (Date.now() is one clock), as two people's clicks never are but a
    // tab opened while the first window was still loading is: neither can see the other's window.
    long at = (Long) browser.js("return Date.now() + 1500");
    for (String tab : List.of(first, second)) {
      inWindow(tab, "setTimeout(() => settle('opened', cti.openPhone()), arguments[0] - Date.now())", at);
    }
    for (String tab : List.of(first, second)) {
      within(tab, () -> {
        browser.waitUntil("window.opened === 'resolved' && cti.state.ready && cti.state.phone === 'open'");
        return null;
      });
    }
    // A window that found another says so and closes itself (1.5 s later): one remains.
    pause(5000);
    Set<String> phones = new HashSet<>(driver.getWindowHandles());
    phones.removeAll(before);
    Map<String, Object> holding = new LinkedHashMap<>();
    for (String phone : phones) {
      holding.put(phone, inWindow(phone, "return [document.querySelectorAll('iframe').length,"
          + " document.getElementById('status').textContent]"));
      inWindow(phone, RECORDER);
    }
    for (String tab : List.of(first, second)) {
      driver.switchTo().window(tab);
      assertEquals("resolved", browser.await("return await cti.enableCurrentTab().then(() => 'resolved', (e) => e.code)"));
    }
    pause(500);
    Map<String, Object> reached = new LinkedHashMap<>();
    for (String phone : phones) {
      reached.put(phone, received(phone));
    }
    assertEquals(1, phones.size(), "one phone window for the CTI; windows left: " + holding
        + "; what each window's CTI received from the two tabs' one command each: " + reached);
    assertEquals(List.of("enable_current_tab accepted", "enable_current_tab accepted"), reached.values().iterator().next(),
        "both tabs' commands reach the one window");
  }

  @Test
  void twoPhoneWindowsOpenedAtOnceForOneCtiEndAsOne() {
    String ctiUrl = mockUrl("autoLogin=1");
    String phoneUrl = browser.server.hostOrigin() + "/dist/phone/phone.html?url=" + encode(ctiUrl);
    driver.get(pageUrl("phone-host.html", null, ""));
    Set<String> before = driver.getWindowHandles();
    // Two windows of no opener relation to anything that could see the other, loading together.
    browser.js("window.open(arguments[0], '_blank', 'noopener'); window.open(arguments[0], '_blank', 'noopener');", phoneUrl);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> driver.getWindowHandles().size() == before.size() + 2);
    pause(5000);
    Set<String> phones = new HashSet<>(driver.getWindowHandles());
    phones.removeAll(before);
    Map<String, Object> holding = new LinkedHashMap<>();
    for (String phone : phones) {
      holding.put(phone, inWindow(phone, "return [document.querySelectorAll('iframe').length,"
          + " document.getElementById('status').textContent]"));
      inWindow(phone, RECORDER);
    }
    assertEquals(1, phones.size(), "one phone window per CTI: the other says so and closes itself; windows: " + holding);

    browser.js("window.cti = connectPhone({url: arguments[0]})", ctiUrl);
    browser.waitUntil("cti.state.phone === 'open' && cti.state.authenticated === true");
    assertEquals("resolved", browser.await("return await cti.enableCurrentTab().then(() => 'resolved', (e) => e.code)"));
    pause(500);
    List<Object> all = new java.util.ArrayList<>();
    for (String phone : phones) {
      all.addAll(received(phone));
    }
    assertEquals(List.of("enable_current_tab accepted"), all, "the command reached one CTI, once");
  }

  @Test
  void connectingAndOpeningAtOnceInTheTabThatOpenedTheWindowLeavesItsCtiAlone() {
    String ctiUrl = mockUrl("autoLogin=1");
    openConnected("phone-host.html", ctiUrl, "");
    String phone = openPhone();
    waitInPhoneCti(phone, "mockCti.loggedIn");
    inPhoneCti(phone, "window.__marker = 42; mockCti.ring()");
    browser.waitUntil("cti.state.calls.length === 1");
    int windows = driver.getWindowHandles().size();
    // The next page of the app connects in a click handler and opens the phone at once (a "Call"
    // button that does both): it has not heard from the window yet.
    driver.get(pageUrl("phone-other.html", null, ""));
    browser.js("window.cti = connectPhone({url: arguments[0]}); settle('opened', cti.openPhone())", ctiUrl);
    browser.waitUntil("window.opened !== 'pending'");
    assertEquals("resolved", browser.js("return window.opened"));
    pause(1000);
    assertTrue(driver.getWindowHandles().contains(phone), "the window is still open");
    assertEquals(windows, driver.getWindowHandles().size(), "no second window");
    assertEquals(List.of(42L, 1L), inPhoneCti(phone, "return [window.__marker, mockCti.calls.length]"),
        "openPhone() on a page that had not yet heard of the open window must not reload its CTI (and end its call)");
    assertEquals(1L, browser.js("return cti.state.calls.length"));
  }

  @Test
  void aWindowThatStopsAnsweringStillSettlesEveryCommand() {
    // Small gates, so the page's own deadline for a sent command (the window's gates and an answer
    // time) comes within the test.
    openConnected("phone-host.html", mockUrl(""), ", \"readyTimeoutMs\": 3000, \"authGraceMs\": 0, \"loginTimeoutMs\": 1000");
    String phone = openPhone();
    browser.waitUntil("cti.state.authenticated === false");
    // Frozen (as a browser freezes a page, or as a window that crashed): no pagehide, no answer.
    within(phone, () -> driver.executeCdpCommand("Page.setWebLifecycleState", Map.of("state", "frozen")));
    browser.js("window.t0 = performance.now(); settle('call', cti.initiateCall(arguments[0]))", CALL);
    pause(3000);
    assertEquals("pending", browser.js("return window.call"), "the window's own verdict cannot come");
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !"pending".equals(browser.js("return window.call")));
    assertEquals("phone_closed", browser.js("return window.call"), "not lost silently");
    within(phone, () -> driver.executeCdpCommand("Page.setWebLifecycleState", Map.of("state", "active")));
  }

  @Test
  void theCtiOptionsOfConnectReachTheWindowsCti() {
    // authGraceMs: a CTI that never says who is logged in is posted to after the grace.
    openConnected("phone-host.html", mockUrl("announceAuth=0&autoLogin=0"), ", \"authGraceMs\": 1500");
    String phone = openPhone();
    browser.js("window.t0 = performance.now(); settle('tab', cti.enableCurrentTab())");
    pause(500);
    assertEquals("pending", browser.js("return window.tab"), "within the window's grace it waits");
    browser.waitUntil("window.tab === 'resolved'");
    assertEquals(List.of("enable_current_tab accepted"), received(phone, 1));
    assertEquals(null, browser.js("return cti.state.authenticated"));
    String here = driver.getWindowHandle();
    driver.switchTo().window(phone).close();
    driver.switchTo().window(here);

    // autoEnableTab 'login': the window claims the tab after each login.
    openConnected("phone-host.html", mockUrl("room=auto"), ", \"autoEnableTab\": \"login\"");
    String second = openPhone();
    browser.waitUntil("cti.state.authenticated === false");
    inPhoneCti(second, "mockCti.login()");
    assertEquals(List.of("enable_current_tab accepted"), received(second, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"phone-module.html", "phone-module.dev.html"})
  void theEsModulesConnectToo(String page) {
    String ctiUrl = mockUrl("autoLogin=1");
    driver.get(pageUrl(page, null, ""));
    browser.waitUntil("window.lib");
    assertEquals(List.of("function", "function"), browser.list("return [typeof lib.connect, typeof lib.hostPhone]"));
    browser.js("window.cti = lib.connect({url: arguments[0], phonePage: '/dist/phone/phone.html'})", ctiUrl);
    String phone = openPhone();
    browser.waitUntil("cti.state.authenticated === true");
    assertEquals("resolved", browser.await("return await cti.initiateCall(arguments[0]).then(() => 'resolved', (e) => e.code)", CALL));
    assertEquals(List.of("initiate_call accepted"), received(phone, 1));
    assertEquals("phone_closed", browser.await("const other = lib.connect({url: arguments[0], phonePage: '/dist/phone/phone.html',"
        + " readyTimeoutMs: 300}); return await other.enableCurrentTab().then(() => 'resolved', (e) => e.code)",
        mockUrl("room=none")));
  }

  // ---------------------------------------------------------------------------------------------
  // Isolation of CTI URLs

  @Test
  void pagesOfTwoCtiUrlsNeverSeeEachOthersMessagesOrState() {
    String a = mockUrl("room=a&autoLogin=1&userId=1");
    String b = mockUrl("room=b&autoLogin=1&userId=2");
    openConnected("phone-host.html", a, "");
    String tabA = driver.getWindowHandle();
    String phoneA = openPhone();
    browser.waitUntil("cti.state.userId === 1");
    String tabB = newTab();
    openConnected("phone-host.html", b, "");
    pause(500);
    assertEquals(List.of("closed", false), browser.list("return [cti.state.phone, cti.state.ready]"),
        "a page of another CTI URL does not see A's window");
    String phoneB = openPhone();
    assertNotEquals(phoneA, phoneB, "its own window");
    browser.waitUntil("cti.state.userId === 2 && cti.state.authenticated === true");

    Object ringA = inPhoneCti(phoneA, "return mockCti.ring()");
    driver.switchTo().window(tabA);
    browser.waitUntil("cti.state.calls.length === 1");
    assertEquals(ringA, browser.js("return cti.state.calls[0].id"));
    driver.switchTo().window(tabB);
    pause(500);
    assertEquals(List.of(), browser.list("return events.filter((e) => e.name === 'call_ringing')"), "B hears nothing of A's call");
    assertEquals(0L, browser.js("return cti.state.calls.length"));
    assertEquals("resolved", browser.await("return await cti.initiateCall(arguments[0]).then(() => 'resolved', (e) => e.code)", CALL));
    assertEquals(List.of("initiate_call accepted"), received(phoneB, 1));
    assertEquals(List.of(), received(phoneA), "B's command went to B's CTI only");
    assertEquals(List.of(2L), browser.list("return [...new Set(events.filter((e) => e.name === 'user_authentication')"
        + ".map((e) => e.payload.user_id))]"), "B saw only B's login");

    driver.switchTo().window(tabA);
    assertEquals(List.of(1L), browser.list("return [...new Set(events.filter((e) => e.name === 'user_authentication')"
        + ".map((e) => e.payload.user_id))]"), "A saw only A's login");
    driver.switchTo().window(tabB);
    browser.js("cti.closePhone()");
    waitForWindowToClose(phoneB);
    pause(500);
    assertTrue(driver.getWindowHandles().contains(phoneA), "closing B's window leaves A's open");
    driver.switchTo().window(tabA);
    assertEquals(List.of("open", 1L), browser.list("return [cti.state.phone, cti.state.calls.length]"));
  }

  @Test
  void onePageConnectedToTwoCtiUrlsOpensTwoWindowsAndNeitherReplacesTheOther() {
    String a = mockUrl("room=a&autoLogin=1&userId=1");
    String b = mockUrl("room=b&autoLogin=1&userId=2");
    driver.get(pageUrl("phone-host.html", null, ""));
    browser.js("window.cti = connectPhone({url: arguments[0]}); window.other = DialpadCti.connect({url: arguments[1], phonePage})", a, b);
    String phoneA = openPhone();
    waitInPhoneCti(phoneA, "mockCti.loggedIn");
    inPhoneCti(phoneA, "window.__marker = 'A'");
    Set<String> before = driver.getWindowHandles();
    assertEquals(null, browser.await("await other.openPhone()"));
    pause(1000);
    assertTrue(driver.getWindowHandles().contains(phoneA), "A's window is still open");
    assertEquals(List.of("/dist/phone/phone.html", a), inWindow(phoneA,
        "return [location.pathname, new URLSearchParams(location.search).get('url')]"), "A's window still holds A's phone page");
    assertEquals("A", inPhoneCti(phoneA, "return window.__marker"), "opening B's window did not replace A's CTI");
    assertEquals(a, within(phoneA, () -> ctiFrameHere().getAttribute("src")));
    String phoneB = newWindowSince(before);
    browser.waitUntil("cti.state.userId === 1 && other.state.userId === 2");
    assertEquals(b, within(phoneB, () -> ctiFrameHere().getAttribute("src")));
  }

  @Test
  void theSameCtiUrlWrittenTwoWaysIsOneCti() {
    String ctiUrl = mockUrl("autoLogin=1");
    openConnected("phone-host.html", ctiUrl, "");
    String phone = openPhone();
    browser.waitUntil("cti.state.authenticated === true");
    String written = ctiUrl.replace("http://", "HTTP://").replace("/mock/mock-cti.html", "/mock/../mock/mock-cti.html");
    newTab();
    openConnected("phone-other.html", written, "");
    browser.waitUntil("cti.state.phone === 'open' && cti.state.authenticated === true");
    assertEquals("resolved", browser.await("return await cti.enableCurrentTab().then(() => 'resolved', (e) => e.code)"));
    assertEquals(List.of("enable_current_tab accepted"), received(phone, 1));
  }

  // ---------------------------------------------------------------------------------------------
  // Security

  @ParameterizedTest
  @ValueSource(strings = {"phone-host.html", "phone-host.dev.html"})
  void hostileOrMalformedChannelMessagesReachNothingAndThrowNothing(String page) {
    String ctiUrl = mockUrl("autoLogin=1");
    openConnected(page, ctiUrl, "");
    String phone = openPhone();
    browser.waitUntil("cti.state.authenticated === true");
    // The intruder: any script of this origin, with a channel of the window's name.
    browser.js("window.heard = []; window.intruder = rawChannel(arguments[0]);"
        + " intruder.onmessage = (e) => heard.push(e.data);", ctiUrl);
    assertEquals("resolved", browser.await("return await cti.initiateCall(arguments[0]).then(() => 'resolved', (e) => e.code)", CALL));
    assertEquals(List.of("initiate_call accepted"), received(phone, 1));
    @SuppressWarnings("unchecked")
    Map<String, Object> real = (Map<String, Object>) browser.js(
        "return heard.find((m) => m && m.type === 'command' && m.method === 'initiate_call')");
    assertTrue(real != null, "the page's command went over the channel: " + browser.js("return JSON.stringify(heard)"));

    // The positive control: the same command, replayed by the intruder, is a valid command.
    browser.js("window.result = (id) => heard.find((m) => m && m.type === 'result' && (m.to || m.page) === 'intruder' && m.id === id);"
        + " window.codeOf = (r) => r && r.error && (typeof r.error === 'string' ? r.error : r.error.code);"
        + " window.real = heard.find((m) => m && m.type === 'command' && m.method === 'initiate_call');"
        + " intruder.postMessage(Object.assign({}, real, {page: 'intruder', id: 1}));");
    browser.waitUntil("result(1)");
    assertEquals(null, browser.js("return codeOf(result(1)) || null"), "a valid command is posted");
    assertEquals(List.of("initiate_call accepted", "initiate_call accepted"), received(phone, 2));

    // Not the protocol: ignored, no result, nothing to the CTI (ids 100 on).
    browser.js("const cmd = (id, extra) => Object.assign({}, real, {page: 'intruder', id}, extra);"
        + " const garbage = [null, undefined, 0, 42, true, 'command', '', [], [cmd(99)], {}, new Date(0), new Map([[1, 2]]),"
        + "   new Uint8Array(8), {type: 'command'},"
        + "   cmd(100, {api: 'opencti_dialpad'}), cmd(101, {version: 2}), cmd(102, {version: '1'}),"
        + "   cmd(103, {api: undefined}), cmd(104, {type: 'Command'}), cmd(105, {version: 1.0001}),"
        + "   cmd(106, {page: ''}), cmd(107, {page: 'x'.repeat(65)}), cmd(108, {page: 42}),"
        + "   cmd(109, {api: 'dialpad-cti-phone '}), cmd(110, {type: 'toString'}), cmd(111, {type: '__proto__'}),"
        + "   Object.assign({}, real, {api: 'dialpad-cti-phone', version: 2, type: 'close'}),"
        + "   {api: 'not-ours', version: 1, type: 'close'}, {api: 'dialpad-cti-phone', version: '1', type: 'close'}];"
        + " for (const g of garbage) intruder.postMessage(g);");
    // The protocol's marker, but not a command the window can take (ids 200 on): nothing to the CTI.
    browser.js("const cmd = (id, extra) => Object.assign({}, real, {page: 'intruder', id}, extra);"
        + " for (const m of [cmd(-1), cmd(1.5), cmd('202'), cmd(NaN), cmd(Infinity), cmd(203, {method: 42}),"
        + "   cmd(204, {method: ''}), cmd(205, {method: null}), cmd(206, {payload: 'str'}), cmd(207, {payload: null}),"
        + "   cmd(208, {payload: ['+14155550123']}), cmd(209, {payload: 14155550123}), cmd(210, {method: undefined}),"
        + "   cmd(211, {payload: {phone_number: {toString: null}}})])"
        + "   intruder.postMessage(m);");
    // Well formed, invalid: the window's own validators answer with the mounted instance's codes (ids 300 on).
    browser.js("const call = (id, payload) => Object.assign({}, real, {page: 'intruder', id, method: 'initiate_call', payload});"
        + " const p = (extra) => Object.assign({phone_number: '+14155550123'}, extra);"
        + " for (const m of [call(300, {phone_number: '555'}), call(301, {phone_number: '+1415555012\\u202e3'}),"
        + "   call(302, p({identity_type: 'Office'})), call(303, p({identity_type: 'Boss', identity_id: '1'})),"
        + "   call(304, p({custom_data: 'x'.repeat(2001)})), call(305, p({evil: 'yes'})),"
        + "   call(306, p({outbound_caller_id: 'not a number'})), call(307, {phone_number: 14155550123}),"
        + "   call(308, {}), call(310, p({enable_current_tab: 'yes'})), call(311, p({identity_type: 'Office', identity_id: 2 ** 60})),"
        + "   call(312, JSON.parse('{\"phone_number\": \"+14155550123\", \"__proto__\": {\"custom_data\": 1}}')),"
        + "   Object.assign({}, real, {page: 'intruder', id: 309, method: 'Not A Method', payload: {}})])"
        + "   intruder.postMessage(m);");
    browser.waitUntil("[300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312].every((id) => result(id))");
    pause(1000);
    Map<String, Object> codes = browser.map("const codes = {};"
        + " for (const id of [300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312]) codes[id] = codeOf(result(id)) || 'resolved';"
        + " return codes;");
    assertEquals("invalid_phone_number", codes.get("300"));
    assertEquals("invalid_phone_number", codes.get("301"), "a bidi override in the number");
    assertEquals("identity_id_required", codes.get("302"));
    assertEquals("invalid_identity_type", codes.get("303"));
    assertEquals("custom_data_too_long", codes.get("304"));
    assertEquals("unknown_field", codes.get("305"));
    assertEquals("invalid_outbound_caller_id", codes.get("306"));
    assertNotEquals("resolved", codes.get("307"), "a phone_number that is not a string");
    assertNotEquals("resolved", codes.get("308"), "no phone_number");
    assertEquals("invalid_method", codes.get("309"));
    assertNotEquals("resolved", codes.get("310"), "enable_current_tab that is not a boolean");
    assertNotEquals("resolved", codes.get("311"), "an identity_id beyond 2^53 as a number");
    assertNotEquals("resolved", codes.get("312"), "an own __proto__ key in the payload");
    assertEquals(List.of(), browser.list("return heard.filter((m) => m && m.type === 'result' && (m.to || m.page) === 'intruder'"
        + " && typeof m.id === 'number' && m.id >= 100 && m.id < 200).map((m) => m.id)"),
        "no answer to what is not the protocol");
    assertEquals(List.of(1L), browser.list("return heard.filter((m) => m && m.type === 'result' && (m.to || m.page) === 'intruder'"
        + " && !codeOf(m)).map((m) => m.id)"), "no command but the valid one is reported posted");

    assertEquals(List.of("initiate_call accepted", "initiate_call accepted"), received(phone),
        "the CTI received nothing from any of it");
    assertTrue(driver.getWindowHandles().contains(phone), "no forged close closed the window");
    assertEquals("open", browser.js("return cti.state.phone"));
    assertEquals("resolved", browser.await("return await cti.enableCurrentTab().then(() => 'resolved', (e) => e.code)"),
        "the page's own commands still work");
    assertEquals("enable_current_tab accepted", received(phone, 3).get(2));
  }

  @Test
  void forgedWindowMessagesNeverBreakAConnectedPage() {
    String ctiUrl = mockUrl("autoLogin=1");
    openConnected("phone-host.html", ctiUrl, "");
    String phone = openPhone();
    browser.waitUntil("cti.state.authenticated === true");
    browser.js(RECORDER);
    browser.js("const forger = rawChannel(arguments[0]); const base = {api: 'dialpad-cti-phone', version: 1};"
        + " const m = (extra) => Object.assign({}, base, extra);"
        + " for (const x of [m({type: 'state', state: null}), m({type: 'state', state: 'ready'}), m({type: 'state'}),"
        + "   m({type: 'state', state: {ready: 'yes', calls: 'many', authenticated: 3}}), m({type: 'state', state: {calls: [null, 5]}}),"
        + "   m({type: 'event'}), m({type: 'event', name: 42}), m({type: 'event', name: 'call_ringing', payload: null}),"
        + "   m({type: 'event', name: 'message', payload: 'x'}), m({type: 'event', name: 'warning', payload: [1]}),"
        + "   m({type: 'result', page: 42, id: 'x'}), m({type: 'result'}), m({type: 'hello'}), m({type: 'bye', page: null}),"
        + "   m({type: 'command', page: null}), m({type: 'focus', extra: 1})])"
        + "   forger.postMessage(x);", ctiUrl);
    pause(1000);
    assertEquals(true, browser.js("const s = cti.state; return !!s && typeof s === 'object' && Array.isArray(s.calls)"
        + " && typeof s.ringing === 'boolean' && s.ringing === s.calls.length > 0"),
        "state keeps its shape: " + browser.js("return JSON.stringify(cti.state)"));
    assertEquals("resolved", browser.await("return await cti.enableCurrentTab().then(() => 'resolved', (e) => e.code)"));
    assertEquals(List.of("enable_current_tab accepted"), received(phone, 1));
  }

  @Test
  void aPageOfAnotherOriginCannotReachThePhoneWindow() {
    String ctiUrl = mockUrl("autoLogin=1");
    openConnected("phone-host.html", ctiUrl, "");
    String phone = openPhone();
    browser.waitUntil("cti.state.authenticated === true");
    browser.js("window.heard = []; window.sniffer = rawChannel(arguments[0]); sniffer.onmessage = (e) => heard.push(e.data);", ctiUrl);
    assertEquals("resolved", browser.await("return await cti.enableCurrentTab().then(() => 'resolved', (e) => e.code)"));
    Object command = browser.js("return heard.find((m) => m && m.type === 'command')");
    assertTrue(command != null);

    newTab();
    driver.get(browser.server.attackerOrigin() + "/test-pages/phone-host.html?cti=" + encode(browser.server.ctiOrigin()));
    browser.js("const c = rawChannel(arguments[0]); window.heard = []; c.onmessage = (e) => heard.push(e.data);"
        + " c.postMessage(Object.assign({}, arguments[1], {page: 'attacker', id: 5}));"
        + " c.postMessage({api: 'dialpad-cti-phone', version: 1, type: 'close'});"
        + " c.postMessage({api: 'dialpad-cti-phone', version: 1, type: 'hello', page: 'attacker'});", ctiUrl, command);
    pause(1000);
    assertEquals(List.of(), browser.list("return heard"), "the attacker's origin hears nothing of the window");
    assertEquals(List.of("enable_current_tab accepted"), received(phone), "and reaches nothing");
    assertTrue(driver.getWindowHandles().contains(phone));
  }

  @Test
  void aCraftedLinkToThePhonePageMountsNothingAndSaysWhy() {
    String host = browser.server.hostOrigin();
    List<String> crafted = List.of("https://evil.example/x", "javascript:alert(document.domain)", "http://192.168.1.10/cti",
        "http://evil.example/", "http://localhost.evil.example/x", "http://127.0.0.1.nip.io/x",
        "http://localhost@evil.example/x", "http://127.0.0.1:1@evil.example/x", "data:text/html,<script>alert(1)</script>",
        "//evil.example/x", "https://dialpad.com.evil.example/apps/x", "https://evil.dialpad.com/apps/x",
        "https://dialpad.com/logout", "https://dialpad.com/apps/../logout", "http://dialpad.com/apps/x",
        "ftp://127.0.0.1/x", "blob:" + host + "/x", "not a url", "");
    Map<String, Object> mounted = new LinkedHashMap<>();
    Map<String, Object> silent = new LinkedHashMap<>();
    for (String url : crafted) {
      driver.get(host + "/dist/phone/phone.html?url=" + encode(url));
      browser.js(RECORDER);
      pause(500);
      Map<String, Object> page = browser.map("return {frames: document.querySelectorAll('iframe').length,"
          + " text: document.body.innerText.trim()}");
      if (((Number) page.get("frames")).intValue() != 0) {
        mounted.put(url, browser.js("return document.querySelector('iframe').src"));
      }
      String text = (String) page.get("text");
      if (text.isEmpty() || text.equals("Starting the phone…")) {
        silent.put(url, text);
      }
      assertTrue(driver.getWindowHandles().contains(home), "the page stays open to say why");
    }
    assertEquals(Map.of(), mounted, "a crafted CTI URL was mounted");
    assertEquals(Map.of(), silent, "the page did not say why it mounted nothing");
    // No CTI at all in the address: nothing to mount, and it says so.
    driver.get(host + "/dist/phone/phone.html");
    pause(500);
    assertEquals(0L, browser.js("return document.querySelectorAll('iframe').length"));
    assertFalse(((String) browser.js("return document.body.innerText.trim()")).isEmpty());

    // What it does mount: the mock on a loopback origin, and Dialpad's own URL for a client id.
    driver.get(host + "/dist/phone/phone.html?url=" + encode(mockUrl("")));
    assertEquals(mockUrl(""), ctiFrameHere().getAttribute("src"));
    driver.get(host + "/dist/phone/phone.html?url=" + encode(host + "/mock/mock-cti.html?test=" + testId));
    assertEquals(host + "/mock/mock-cti.html?test=" + testId, ctiFrameHere().getAttribute("src"));
    for (Map.Entry<String, String> id : Map.of("abc123", "https://dialpad.com/apps/abc123",
        "../../logout", "https://dialpad.com/apps/..%2F..%2Flogout", "a?b#c", "https://dialpad.com/apps/a%3Fb%23c").entrySet()) {
      driver.get(host + "/dist/phone/phone.html?clientId=" + encode(id.getKey()));
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !driver.findElements(By.tagName("iframe")).isEmpty());
      Map<String, Object> src = browser.map("const u = new URL(document.querySelector('iframe').src);"
          + " return {src: document.querySelector('iframe').getAttribute('src'), origin: u.origin, path: u.pathname}");
      assertEquals(id.getValue(), src.get("src"), "clientId " + id.getKey());
      assertEquals("https://dialpad.com", src.get("origin"));
      assertTrue(((String) src.get("path")).startsWith("/apps/") && ((String) src.get("path")).indexOf('/', 6) < 0);
    }
    driver.get("about:blank");
  }

  // ---------------------------------------------------------------------------------------------
  // Ring attention

  @Test
  void ringAttentionNotifiesOncePerCallFromTheWindowAndHiddenPagesAlternateTheirTitles() {
    driver.executeCdpCommand("Browser.grantPermissions", Map.of(
        "origin", browser.server.hostOrigin(), "permissions", List.of("notifications")));
    String stub = "window.notes = []; const Real = Notification;"
        + " window.Notification = new Proxy(Real, {get: (t, k) => Reflect.get(t, k), construct(t, args) {"
        + "  const n = Reflect.construct(t, args); const close = n.close.bind(n); n.closed = false;"
        + "  n.close = () => { n.closed = true; close(); }; notes.push({title: args[0], n}); return n; }});";
    String ctiUrl = mockUrl("autoLogin=1");
    openConnected("phone-host.html", ctiUrl, ", \"ringAttention\": true");
    String first = driver.getWindowHandle();
    String phone = openPhone();
    browser.waitUntil("cti.state.authenticated === true");
    String second = newTab();
    openConnected("phone-other.html", ctiUrl, ", \"ringAttention\": true");
    browser.waitUntil("cti.state.authenticated === true");
    List<String> tabs = List.of(first, second);
    for (String tab : tabs) {
      inWindow(tab, stub + " document.title = 'CRM'; setHidden(true);");
    }
    inWindow(phone, stub + " Object.defineProperty(document, 'hidden', {configurable: true, get: () => true});"
        + " Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'hidden'});"
        + " document.dispatchEvent(new Event('visibilitychange'));");
    assertEquals("granted", inWindow(phone, "return Notification.permission"));

    Object ada = inPhoneCti(phone, "return mockCti.ring()");
    Object grace = inPhoneCti(phone, "return mockCti.ring({contact: {id: 8, phone: '+442071838750', type: 'contact',"
        + " name: 'Grace Hopper', email: 'g@example.com'}})");
    for (String tab : tabs) {
      within(tab, () -> {
        browser.waitUntil("cti.state.calls.length === 2");
        browser.waitUntil("document.title.startsWith('Incoming call: ')");
        browser.waitUntil("document.title === 'CRM'");
        browser.waitUntil("document.title.startsWith('Incoming call: ')");
        return null;
      });
    }
    within(phone, () -> {
      browser.waitUntil("notes.length === 2");
      return null;
    });
    pause(1000);
    assertEquals(List.of("Incoming call: Ada Lovelace", "Incoming call: Grace Hopper"),
        browser.list("return arguments[0]", inWindow(phone, "return notes.map((x) => x.title)")),
        "one notification per call, from the phone window");
    for (String tab : tabs) {
      assertEquals(0L, inWindow(tab, "return notes.length"), "no page notifies on its own");
    }

    inPhoneCti(phone, "mockCti.answer(arguments[0])", ada);
    within(phone, () -> {
      browser.waitUntil("notes[0].n.closed");
      return null;
    });
    assertEquals(false, inWindow(phone, "return notes[1].n.closed"));
    inPhoneCti(phone, "mockCti.decline(arguments[0])", grace);
    for (String tab : tabs) {
      within(tab, () -> {
        browser.waitUntil("cti.state.calls.length === 0");
        pause(1200);
        assertEquals("CRM", browser.js("return document.title"), "restored when the ringing stops");
        return null;
      });
    }
    within(phone, () -> {
      browser.waitUntil("notes[1].n.closed");
      return null;
    });
    assertEquals(2L, inWindow(phone, "return notes.length"));
  }

  @Test
  void aVisibleConnectedPageKeepsItsTitle() {
    String ctiUrl = mockUrl("autoLogin=1");
    openConnected("phone-host.html", ctiUrl, ", \"ringAttention\": true");
    String phone = openPhone();
    browser.waitUntil("cti.state.authenticated === true");
    browser.js("document.title = 'CRM'; setHidden(false)");
    inPhoneCti(phone, "mockCti.ring()");
    browser.waitUntil("cti.state.calls.length === 1");
    pause(1500);
    assertEquals("CRM", browser.js("return document.title"));
    browser.js("setHidden(true)");
    browser.waitUntil("document.title.startsWith('Incoming call: ')");
    browser.js("setHidden(false)");
    assertEquals("CRM", browser.js("return document.title"), "restored when the page is visible again");
  }

  // ---------------------------------------------------------------------------------------------
  // The rest of the instance on a connected page, and mounted instances

  @Test
  void showBringsTheWindowForwardHideDoesNothingAndTheHelpersWork() {
    String ctiUrl = mockUrl("autoLogin=1");
    openConnected("phone-host.html", ctiUrl, ", \"defaultCountryCode\": \"1\"");
    String phone = openPhone();
    browser.waitUntil("cti.state.authenticated === true");
    inWindow(phone, "window.__focus = 0; const focus = window.focus.bind(window);"
        + " window.focus = () => { __focus++; focus(); };");
    assertEquals(null, browser.js("return cti.hide()"));
    assertEquals(null, browser.js("return cti.show()"));
    within(phone, () -> {
      browser.waitUntil("window.__focus > 0");
      return null;
    });
    assertEquals(null, browser.js("return cti.iframe"));

    assertEquals("resolved", browser.await("return await cti.initiateCall('(415) 555-0123').then(() => 'resolved', (e) => e.code)"),
        "defaultCountryCode normalises as on a mounted instance");
    assertEquals(CALL, inPhoneCti(phone, "return mockCti.received.at(-1).data.payload.phone_number"));
    assertEquals("+442071838750", browser.js("return DialpadCti.toE164('020 7183 8750', '44')"));

    browser.js("window.unsubscribe = cti.clickToDial({customData: () => 'from a link'})");
    driver.findElement(By.id("ada")).click();
    List<Object> received = received(phone, 2);
    assertEquals("initiate_call accepted", received.get(1));
    assertEquals(Map.of("phone_number", CALL, "custom_data", "from a link"),
        inPhoneCti(phone, "return mockCti.received[1].data.payload"));
    assertTrue(((String) browser.js("return location.pathname")).endsWith("/phone-host.html"), "the click did not navigate");
    within(phone, () -> {
      browser.waitUntil("window.__focus > 1");
      return null;
    });
  }

  @Test
  void aMountedInstanceHasNoPhone() {
    driver.get(pageUrl("phone-host.html", null, ""));
    browser.await("window.cti = DialpadCti.mount('#phone', {url: arguments[0]}); await cti.once('ready');", mockUrl("autoLogin=1"));
    assertEquals(false, browser.js("return 'phone' in cti.state"), "state.phone is absent on a mounted instance");
    assertEquals(List.of("DialpadCtiError", "invalid_argument"), browser.await(
        "return await cti.openPhone().then(() => 'resolved', (e) => [e.name, e.code])"));
    assertEquals(null, browser.js("return cti.closePhone()"));
    pause(300);
    assertEquals(1, driver.getWindowHandles().size(), "no window opened");
    assertEquals(true, browser.js("return cti.state.ready && !cti.state.destroyed && cti.iframe.isConnected"),
        "closePhone() did nothing to it");
    assertEquals("resolved", browser.await("return await cti.enableCurrentTab().then(() => 'resolved', (e) => e.code)"));
  }

  @Test
  void closePhoneEndsTheCallsOfAnOwnPhonePageInATabTheScriptCannotClose() {
    String ctiUrl = mockUrl("autoLogin=1");
    String own = browser.server.hostOrigin() + "/test-pages/phone-own.html";
    // The person opened the app's own phone page in a tab (a script may not close it).
    driver.get(own + "?url=" + encode(ctiUrl));
    String ownTab = driver.getWindowHandle();
    browser.waitUntil("cti.state.authenticated === true");
    inPhoneCti(ownTab, "mockCti.ring()");
    newTab();
    openConnected("phone-other.html", ctiUrl, ", \"phonePage\": \"" + own + "\"");
    browser.waitUntil("cti.state.phone === 'open' && cti.state.calls.length === 1");
    browser.js("cti.closePhone()");
    browser.waitUntil("cti.state.phone === 'closed'");
    pause(1000);
    boolean gone = !driver.getWindowHandles().contains(ownTab);
    assertTrue(gone || ((Number) inWindow(ownTab, "return document.querySelectorAll('iframe').length")).intValue() == 0,
        "closePhone(): the phone window closed, or at least its CTI (and calls) ended; the tab still holds the CTI with"
            + " its call while the pages say the phone is closed");
  }

  @Test
  void anIntegratorsOwnPageServesConnectedPagesWithHostPhone() {
    String ctiUrl = mockUrl("autoLogin=1&userId=3");
    String own = browser.server.hostOrigin() + "/test-pages/phone-own.html";
    // Opened by openPhone() as the phone window.
    openConnected("phone-host.html", ctiUrl, ", \"phonePage\": \"" + own + "\"");
    String phone = openPhone();
    assertTrue(((String) inWindow(phone, "return location.pathname")).endsWith("/test-pages/phone-own.html"));
    browser.waitUntil("cti.state.authenticated === true && cti.state.userId === 3");
    assertEquals(false, inWindow(phone, "return 'phone' in cti.state"), "hostPhone's instance is a mounted one");
    assertEquals("resolved", browser.await("return await cti.enableCurrentTab().then(() => 'resolved', (e) => e.code)"));
    assertEquals(List.of("enable_current_tab accepted"), received(phone, 1));
    String opener = driver.getWindowHandle();
    driver.switchTo().window(phone).close();
    driver.switchTo().window(opener);
    browser.waitUntil("cti.state.phone === 'closed'");

    // Open as a tab of its own: pages that connect find it with no openPhone().
    String ownTab = newTab();
    driver.get(own + "?url=" + encode(ctiUrl));
    inWindow(ownTab, RECORDER);
    browser.waitUntil("cti.state.authenticated === true");
    String tab = newTab();
    openConnected("phone-other.html", ctiUrl, ", \"phonePage\": \"" + own + "\"");
    browser.waitUntil("cti.state.phone === 'open' && cti.state.authenticated === true && cti.state.userId === 3");
    int windows = driver.getWindowHandles().size();
    assertEquals(null, browser.await("await cti.openPhone()"));
    pause(300);
    assertEquals(windows, driver.getWindowHandles().size(), "the own page counts as the phone window");
    assertEquals("resolved", browser.await("return await cti.initiateCall(arguments[0]).then(() => 'resolved', (e) => e.code)", CALL));
    assertEquals(List.of("initiate_call accepted"), received(ownTab, 1));
    assertNotEquals(tab, ownTab);
  }
}
