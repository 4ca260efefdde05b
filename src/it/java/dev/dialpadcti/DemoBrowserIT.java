package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * README's demo, the small CRM of two pages (contacts, call log), used as a person would against
 * the local mock CTI on another origin: with the CTI in the page, and popped out into the phone
 * window, where a call placed on one page is still live after following a link to the other. It
 * tells the truth (issue 18): "ready" only once the CTI has said who is logged in, "CTI not
 * answering" with the library's advice when the CTI loaded and said nothing, a call placed while
 * logged out logged as waiting for login and then placed, the mock's origin from the server. It
 * takes README's three screenshots (target/screenshots; copied to docs/ by hand).
 */
class DemoBrowserIT extends BrowserTest {
  /** The tab the tests started in: the CRM's. */
  private String crm;
  /** The CDP script that records the status badge on every page of the CRM's tab. */
  private Object readyRecorder;

  /**
   * On every document of the CRM's tab, from its first script on: each text the status badge
   * (#badge-ready) takes, with what the page's CTI said about the login at that moment
   * ({@code 'no cti'} before demo.js has mounted or connected).
   */
  private static final String RECORD_READY = "window.__readyLog = [];"
      + " new MutationObserver(() => {"
      + "   const badge = document.getElementById('badge-ready');"
      + "   if (!badge) return;"
      + "   const last = __readyLog[__readyLog.length - 1];"
      + "   if (last && last.text === badge.textContent) return;"
      + "   __readyLog.push({text: badge.textContent,"
      + "     authenticated: window.cti ? cti.state.authenticated : 'no cti'});"
      + " }).observe(document, {subtree: true, childList: true, characterData: true});";

  /** One browser for the class: no phone window, remembered mode or call log from another test. */
  @BeforeEach
  void freshDemo() {
    crm = browser.driver.getWindowHandle();
    browser.driver.get(browser.server.hostOrigin() + "/demo.css");
    browser.js("localStorage.clear()");
    readyRecorder = browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
        Map.of("source", RECORD_READY)).get("identifier");
  }

  @AfterEach
  void closeOtherWindows() {
    for (String handle : browser.driver.getWindowHandles()) {
      if (!handle.equals(crm)) {
        browser.driver.switchTo().window(handle).close();
      }
    }
    browser.driver.switchTo().window(crm);
    browser.driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", readyRecorder));
  }

  /** The demo as README opens it: no ?cti=, so the mock's origin is the one the server says. */
  private WebElement openDemo() {
    return openDemo("/");
  }

  private WebElement openDemo(String pathAndQuery) {
    browser.driver.get(browser.server.hostOrigin() + pathAndQuery);
    browser.js("window.__errors = []; addEventListener('error', e => __errors.push(e.message));"
        + "addEventListener('unhandledrejection', e => __errors.push(String(e.reason)));");
    browser.waitUntil("window.cti && cti.state.ready");
    WebElement mock = (WebElement) browser.js("return cti.iframe");
    browser.waitForFrame(mock, "document.readyState === 'complete' && window.mockCti");
    return mock;
  }

  /**
   * The status badge never read "ready" while the page's CTI had not said who is logged in, and
   * read something else first; returns the texts it took, in order.
   */
  @SuppressWarnings("unchecked")
  private static List<Object> readyTruthful() {
    List<Object> log = browser.list("return __readyLog");
    assertTrue(!log.isEmpty() && !"ready".equals(((Map<String, Object>) log.get(0)).get("text")), log.toString());
    for (Object entry : log) {
      Map<String, Object> e = (Map<String, Object>) entry;
      if ("ready".equals(e.get("text"))) {
        assertTrue(e.get("authenticated") instanceof Boolean, "\"ready\" before the CTI said who is logged in: " + log);
      }
    }
    return log.stream().map(e -> ((Map<String, Object>) e).get("text")).toList();
  }

  /** The page's favicon is the demo's SVG, served. */
  private static void hasFavicon() {
    assertEquals(List.of(true, 200L, "image/svg+xml", true), browser.await(
        "const link = document.querySelector('link[rel=icon]');"
            + " if (!link) return [false];"
            + " const r = await fetch(link.href);"
            + " return [link.getAttribute('href') === 'favicon.svg', r.status, r.headers.get('content-type'),"
            + "   (await r.text()).includes('<svg')];"));
  }

  /** Waits up to {@code seconds} for {@code condition} in the current page. */
  private static void waitLonger(int seconds, String condition) {
    try {
      new WebDriverWait(browser.driver, Duration.ofSeconds(seconds))
          .until(d -> Boolean.TRUE.equals(browser.js("return !!(" + condition + ")")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("timed out waiting for " + condition + "; status: " + browser.js(
          "return JSON.stringify({badge: document.getElementById('badge-ready').textContent, state: window.cti && cti.state,"
              + " log: window.__readyLog})"), e);
    }
  }

  private static String text(String id) {
    return browser.driver.findElement(By.id(id)).getText();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> lastReceived(WebElement mock) {
    return (Map<String, Object>) browser.inFrame(mock, "return mockCti.received.at(-1).data");
  }

  private static void screenshot(String name) throws Exception {
    browser.js("scrollTo(0, 0)");
    Path dir = Files.createDirectories(Path.of("target/screenshots"));
    Files.copy(browser.driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name),
        StandardCopyOption.REPLACE_EXISTING);
    assertTrue(Files.size(dir.resolve(name)) > 10_000);
  }

  @Test
  void aCrmThatDialsContactsPopsTheCallerAndKeepsTheCallWhenTheDialerHides() throws Exception {
    WebElement mock = openDemo();
    // The mock's address is the one the server listens on, which it told the page (no ?cti=).
    assertEquals(browser.server.ctiOrigin(), browser.js("return window.demoConfig.ctiOrigin"));
    assertEquals(browser.server.ctiOrigin() + "/mock/mock-cti.html", browser.js("return cti.iframe.src"));
    assertTrue(text("source").endsWith(browser.server.ctiOrigin() + "/mock/mock-cti.html"), text("source"));
    hasFavicon();
    browser.waitUntil("document.getElementById('badge-login').textContent === 'logged out'");
    // The mock said that nobody is logged in: that is an answer, so the CTI is ready.
    assertEquals("ready", text("badge-ready"));
    List<Object> statuses = readyTruthful();
    assertEquals("loading", statuses.get(0), statuses.toString());

    // A call placed while logged out waits for the login, and says so in the call log.
    browser.driver.findElement(By.cssSelector("#contacts tbody tr:nth-child(2) button")).click();
    browser.waitUntil("document.getElementById('calls').textContent.includes('waiting for login')");
    assertTrue(text("calls").contains("Grace Hopper (+14155550142)"), text("calls"));
    assertEquals(0L, browser.inFrame(mock, "return mockCti.received.filter(r => r.data.method === 'initiate_call').length"));
    browser.clickInFrame(mock, "login");
    browser.waitUntil("document.getElementById('badge-login').textContent.startsWith('logged in as')");
    browser.waitForFrame(mock, "document.getElementById('calling').textContent === 'Calling +14155550142'");
    browser.waitUntil("document.querySelector('#calls li').textContent.endsWith(' · placed')");
    assertTrue(text("calls").contains("Grace Hopper (+14155550142) · custom data {\"contactId\":1002} · placed"), text("calls"));
    assertTrue(!text("calls").contains("waiting"), text("calls"));
    assertEquals("ready", text("badge-ready"));
    assertEquals("no calls", text("badge-ringing"));
    readyTruthful();
    screenshot("demo.png");

    // Click to dial: a contact's Call button, with the contact id as custom data.
    browser.driver.findElement(By.cssSelector("#contacts tbody tr:first-child button")).click();
    browser.waitForFrame(mock, "document.getElementById('calling').textContent === 'Calling +14155550123'");
    assertEquals(Map.of("phone_number", "+14155550123", "custom_data", "{\"contactId\":1001}"),
        lastReceived(mock).get("payload"));
    browser.waitUntil("document.querySelector('#calls li').textContent.endsWith(' · placed')");
    assertTrue(text("calls").contains("custom data {\"contactId\":1001} · placed"), text("calls"));
    // A national number in the contact list, dialled through its tel: link as a US number.
    browser.driver.findElement(By.linkText("(757) 555-0199")).click();
    browser.waitForFrame(mock, "document.getElementById('calling').textContent === 'Calling +17575550199'");
    assertEquals("{\"contactId\":1004}", ((Map<?, ?>) lastReceived(mock).get("payload")).get("custom_data"));

    // An incoming call from a known contact: the screen pop finds her.
    browser.clickInFrame(mock, "incoming");
    browser.waitUntil("!document.getElementById('pop').hidden");
    assertEquals("Ada Lovelace", text("pop-who"));
    assertTrue(text("pop-detail").contains("contact #1001"), text("pop-detail"));
    assertEquals("1 ringing", text("badge-ringing"));
    screenshot("demo-ringing.png");

    // Someone who is not a contact, ringing at the same time.
    browser.inFrame(mock, "mockCti.ring({external_number: '+15555550000', contact: {id: 9, phone: '+15555550000',"
        + " type: 'contact', name: 'Somebody', email: 's@example.com'}})");
    browser.waitUntil("document.getElementById('pop-who').textContent === 'Unknown caller'");
    assertEquals("2 ringing", text("badge-ringing"));
    assertTrue(text("calls").contains("Ada Lovelace (+14155550123)"), text("calls"));

    // The dock hides the dialer without removing it: the mock's page (and its calls) go on.
    browser.inFrame(mock, "mockCti.answer()");
    browser.js("window.before = cti.iframe.contentWindow");
    browser.driver.findElement(By.id("toggle")).click();
    assertEquals(List.of(false, true, true), browser.list("return [cti.state.visible, cti.iframe.isConnected,"
        + " cti.iframe.contentWindow === before]"));
    assertEquals("Show dialer", text("toggle"));
    browser.driver.findElement(By.id("toggle")).click();
    assertEquals(true, browser.js("return cti.state.visible"));
    assertEquals("On a call with Ada Lovelace", browser.inFrame(mock,
        "return document.getElementById('calling').textContent"));

    // A call the library refuses is logged with the error's code.
    browser.driver.findElement(By.cssSelector("#advanced summary")).click();
    WebElement number = browser.driver.findElement(By.name("phoneNumber"));
    number.clear();
    number.sendKeys("call me");
    browser.driver.findElement(By.cssSelector("#call button")).click();
    browser.waitUntil("document.querySelector('#calls li').textContent.includes(' · not placed: ')");
    assertTrue(text("calls").contains("call me · not placed: invalid_phone_number"), text("calls"));

    browser.driver.findElement(By.id("debug")).click();
    assertEquals(true, browser.js("return cti.debug"));
    readyTruthful();
    assertEquals(List.of(), browser.list("return window.__errors || []"));
  }

  /** The advice the library gave with its cti_silent warning, as the demo's event log shows it. */
  private static String silentAdvice() {
    String line = (String) browser.js("return [...document.querySelectorAll('#log li')].map(li => li.textContent)"
        + ".find(t => t.includes('warning cti_silent: ')) || null");
    assertNotNull(line, "no cti_silent warning in the event log");
    return line.substring(line.indexOf("warning cti_silent: ") + "warning cti_silent: ".length());
  }

  @Test
  void aCtiThatLoadedButNeverSpeaksReadsNotAnsweringWithTheLibrarysAdvice() throws Exception {
    // The mock, told to say nothing about the login on load: a frame that loaded and never spoke.
    WebElement mock = openDemo("/?mock=" + java.net.URLEncoder.encode("announceAuth=0", "UTF-8") + "&ctiSilentMs=1500");
    browser.waitUntil("document.getElementById('badge-ready').textContent === 'CTI not answering'");
    String advice = silentAdvice();
    assertTrue(advice.contains("Allowed Origins") && advice.contains(browser.server.hostOrigin()), advice);
    assertEquals("The CTI loaded but has said nothing: " + advice, text("notice"));
    assertEquals(List.of(true, true), browser.list("return [cti.state.ready, cti.state.authenticated === null]"));
    assertEquals(List.of("loading", "waiting for the CTI", "CTI not answering"), readyTruthful());

    // Once it speaks (someone logs in), it is ready and the notice goes.
    browser.clickInFrame(mock, "login");
    browser.waitUntil("document.getElementById('badge-ready').textContent === 'ready'");
    assertEquals(false, browser.js("return document.getElementById('notice').checkVisibility()"));
    assertTrue(text("badge-login").startsWith("logged in as"), text("badge-login"));
    readyTruthful();

    // A CTI address where nothing listens (?cti= still overrides the server's): the frame shows the
    // browser's error page, never "ready".
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    String nowhere = "http://127.0.0.1:" + closed;
    browser.driver.get(browser.server.hostOrigin() + "/?cti=" + nowhere + "&ctiSilentMs=1500");
    browser.waitUntil("window.cti");
    assertEquals(nowhere + "/mock/mock-cti.html", browser.js("return cti.iframe.src"));
    browser.waitUntil("document.getElementById('badge-ready').textContent === 'CTI not answering'");
    assertEquals("The CTI loaded but has said nothing: " + silentAdvice(), text("notice"));
    assertTrue(!readyTruthful().contains("ready"));
  }

  @Test
  void thePhoneWindowsSilentCtiReadsNotAnsweringOnTheConnectedPage() throws Exception {
    // connect() has no ctiSilentMs: the phone window warns after the default 10 s.
    browser.driver.get(browser.server.hostOrigin() + "/?phone=window&mock="
        + java.net.URLEncoder.encode("announceAuth=0", "UTF-8"));
    browser.waitUntil("window.cti");
    assertEquals("waiting for the phone window", text("badge-ready"));
    assertEquals("Open phone", text("popout"));
    browser.driver.findElement(By.id("popout")).click();
    String phone = popup();
    browser.waitUntil("cti.state.phone === 'open' && cti.state.ready");
    waitLonger(25, "document.getElementById('badge-ready').textContent === 'CTI not answering'");
    String advice = silentAdvice();
    assertTrue(advice.contains("Allowed Origins"), advice);
    assertEquals("The CTI loaded but has said nothing: " + advice, text("notice"));
    List<Object> statuses = readyTruthful();
    assertEquals(List.of("waiting for the phone window", "CTI not answering"),
        List.of(statuses.get(1), statuses.get(statuses.size() - 1)), statuses.toString());

    browser.driver.switchTo().window(phone);
    WebElement mock = browser.driver.findElement(By.cssSelector("iframe[title='Dialpad']"));
    browser.waitForFrame(mock, "document.readyState === 'complete' && window.mockCti");
    browser.clickInFrame(mock, "login");
    browser.driver.switchTo().window(crm);
    browser.waitUntil("document.getElementById('badge-ready').textContent === 'ready'");
    assertEquals(false, browser.js("return document.getElementById('notice').checkVisibility()"));
    readyTruthful();
  }

  /** Page errors on every page the CRM's tab loads, from the first script on (not after load). */
  private static final String COLLECT_ERRORS = "window.__errors = [];"
      + " addEventListener('error', e => __errors.push(e.message));"
      + " addEventListener('unhandledrejection', e => __errors.push(String(e.reason)));";

  @Test
  void aCallPlacedOnOnePageIsStillLiveInThePhoneWindowAfterFollowingALink() throws Exception {
    Object script = browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
        Map.of("source", COLLECT_ERRORS)).get("identifier");
    try {
      poppedOut();
    } finally {
      browser.driver.switchTo().window(crm);
      browser.driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
    }
  }

  private void poppedOut() throws Exception {
    // In the page by default, as before.
    openDemo();
    assertEquals("Pop out phone", text("popout"));

    // "Pop out phone": the page connects instead (its own iframe goes) and opens the phone window.
    browser.driver.findElement(By.id("popout")).click();
    String phone = popup();
    assertEquals(List.of(true, true), browser.list("return [cti.iframe === null,"
        + " document.querySelector('#phone iframe') === null]"));
    browser.waitUntil("cti.state.phone === 'open' && cti.state.ready");
    assertEquals("phone window open", text("badge-phone"));
    assertEquals("Show phone", text("popout"));
    assertEquals("window", browser.js("return JSON.parse(localStorage.getItem('dialpad-cti-demo.phone'))"));
    // The phone window's mock says nobody is logged in: ready, and never before it said so.
    browser.waitUntil("document.getElementById('badge-login').textContent === 'logged out'");
    assertEquals("ready", text("badge-ready"));
    assertTrue(readyTruthful().contains("waiting for the phone window"));

    // A call placed while logged out: the call log says it waits for the login.
    browser.driver.findElement(By.cssSelector("#contacts tbody tr:first-child button")).click();
    browser.waitUntil("document.querySelector('#calls li').textContent.endsWith(' · waiting for login')");

    // Log in on the mock, inside the phone window's CTI frame.
    browser.driver.switchTo().window(phone);
    browser.waitUntil("window.cti && cti.state.ready");
    WebElement mock = browser.driver.findElement(By.cssSelector("iframe[title='Dialpad']"));
    browser.waitForFrame(mock, "document.readyState === 'complete' && window.mockCti");
    assertEquals(0L, browser.inFrame(mock, "return mockCti.received.filter(r => r.data.method === 'initiate_call').length"));
    browser.clickInFrame(mock, "login");

    // The contacts page sees the login; the call the phone window's CTI then makes is placed.
    browser.driver.switchTo().window(crm);
    browser.waitUntil("document.getElementById('badge-login').textContent.startsWith('logged in as')");
    browser.waitUntil("document.querySelector('#calls li').textContent.endsWith(' · placed')");
    assertTrue(text("calls").contains("Ada Lovelace (+14155550123) · custom data {\"contactId\":1001} · placed"),
        text("calls"));
    browser.driver.switchTo().window(phone);
    browser.waitForFrame(mock, "document.getElementById('calling').textContent === 'Calling +14155550123'");
    assertEquals("initiate_call", lastReceived(mock).get("method"));
    assertEquals(Map.of("phone_number", "+14155550123", "custom_data", "{\"contactId\":1001}"),
        lastReceived(mock).get("payload"));
    // A marker inside the CTI frame: still there later means the frame never reloaded.
    browser.inFrame(mock, "window.__marker = 1");

    // Follow the ordinary link to the call log.
    browser.driver.switchTo().window(crm);
    browser.driver.findElement(By.id("nav-calls")).click();
    browser.waitUntil("location.pathname === '/calls.html' && window.cti"
        + " && performance.getEntriesByName('demo:logged-in').length > 0");
    // The new page knew of the login within a second of the navigation's start, and of the window.
    double loginSeen = ((Number) browser.js("return performance.getEntriesByName('demo:logged-in')[0].startTime"))
        .doubleValue();
    assertTrue(loginSeen < 1000, "the call log page saw the login " + loginSeen + " ms after navigation start");
    assertEquals(List.of("open", true, true, "5629499534213120"), browser.list(
        "return [cti.state.phone, cti.state.ready, cti.state.authenticated, String(cti.state.userId)]"));
    assertEquals("logged in as 5629499534213120", text("badge-login"));
    assertEquals("ready", text("badge-ready"));
    readyTruthful();
    hasFavicon();
    // The call placed on the contacts page is in the log, with its custom data, placed.
    assertTrue(text("call-log").contains("Ada Lovelace"), text("call-log"));
    assertTrue(text("call-log").contains("{\"contactId\":1001} placed"), text("call-log"));

    // In the phone window: the same CTI document (the marker), the call still live, and one
    // initiate_call received: nothing lost or repeated by the navigation.
    browser.driver.switchTo().window(phone);
    assertEquals(1L, browser.inFrame(mock, "return window.__marker"));
    assertEquals("Calling +14155550123", browser.inFrame(mock, "return document.getElementById('calling').textContent"));
    assertEquals(List.of(Map.of("phone_number", "+14155550123", "custom_data", "{\"contactId\":1001}")),
        browser.inFrame(mock, "return mockCti.received.filter(r => r.data.method === 'initiate_call')"
            + ".map(r => r.data.payload)"));

    // A call ringing in the phone window pops up on the call log page.
    browser.inFrame(mock, "mockCti.ring()");
    browser.driver.switchTo().window(crm);
    browser.waitUntil("!document.getElementById('pop').hidden");
    assertEquals("Ada Lovelace", text("pop-who"));
    assertEquals("1 ringing", text("badge-ringing"));
    screenshotOf("demo-phone.png", crm, phone);

    // This page's commands reach the same CTI: call back the newest entry (the incoming call).
    browser.driver.switchTo().window(phone);
    browser.inFrame(mock, "mockCti.answer()");
    browser.driver.switchTo().window(crm);
    browser.waitUntil("document.getElementById('badge-ringing').textContent === 'no calls'");
    browser.driver.findElement(By.cssSelector("#call-log tbody tr:first-child button")).click();
    browser.driver.switchTo().window(phone);
    browser.waitForFrame(mock, "mockCti.received.filter(r => r.data.method === 'initiate_call').length === 2");
    assertEquals(Map.of("phone_number", "+14155550123"), lastReceived(mock).get("payload"));
    assertEquals(1L, browser.inFrame(mock, "return window.__marker"));

    // "Put the phone back in the page": the window closes and this page mounts the CTI again.
    browser.driver.switchTo().window(crm);
    browser.driver.findElement(By.id("dock-back")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() == 1);
    browser.waitUntil("cti.iframe && cti.state.ready");
    assertEquals(List.of(true, "page"), browser.list("return [cti.state.phone === undefined,"
        + " JSON.parse(localStorage.getItem('dialpad-cti-demo.phone'))]"));
    assertEquals("Pop out phone", text("popout"));
    assertEquals(List.of(), browser.pageErrors());
  }

  /** The window that the CRM's tab opened. */
  private String popup() {
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() == 2);
    return browser.driver.getWindowHandles().stream().filter(h -> !h.equals(crm)).findFirst().orElseThrow();
  }

  /** The CRM's page and the phone window side by side, as on a desktop. */
  private static void screenshotOf(String name, String page, String phone) throws Exception {
    browser.driver.switchTo().window(page);
    browser.js("scrollTo(0, 0)");
    BufferedImage left = ImageIO.read(new ByteArrayInputStream(browser.driver.getScreenshotAs(OutputType.BYTES)));
    browser.driver.switchTo().window(phone);
    // Headless Chromium gives a popup its default size, not the one windowFeatures ask for.
    browser.driver.manage().window().setSize(new Dimension(420, 600));
    BufferedImage right = ImageIO.read(new ByteArrayInputStream(browser.driver.getScreenshotAs(OutputType.BYTES)));
    browser.driver.switchTo().window(page);
    assertNotNull(left);
    assertNotNull(right);
    int gap = 24;
    BufferedImage both = new BufferedImage(left.getWidth() + right.getWidth() + 3 * gap,
        Math.max(left.getHeight(), right.getHeight()) + 2 * gap, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = both.createGraphics();
    g.setColor(new Color(0x98a2b3));
    g.fillRect(0, 0, both.getWidth(), both.getHeight());
    g.drawImage(left, gap, gap, null);
    g.drawImage(right, left.getWidth() + 2 * gap, gap, null);
    g.dispose();
    Path dir = Files.createDirectories(Path.of("target/screenshots"));
    ImageIO.write(both, "png", dir.resolve(name).toFile());
    assertTrue(Files.size(dir.resolve(name)) > 10_000);
  }
}
