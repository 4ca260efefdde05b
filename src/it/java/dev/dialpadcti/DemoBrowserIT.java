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
 * takes README's three screenshots (target/screenshots; copied to docs/ by hand).
 */
class DemoBrowserIT extends BrowserTest {
  /** The tab the tests started in: the CRM's. */
  private String crm;

  /** One browser for the class: no phone window, remembered mode or call log from another test. */
  @BeforeEach
  void freshDemo() {
    crm = browser.driver.getWindowHandle();
    browser.driver.get(browser.server.hostOrigin() + "/demo.css");
    browser.js("localStorage.clear()");
  }

  @AfterEach
  void closeOtherWindows() {
    for (String handle : browser.driver.getWindowHandles()) {
      if (!handle.equals(crm)) {
        browser.driver.switchTo().window(handle).close();
      }
    }
    browser.driver.switchTo().window(crm);
  }

  private WebElement openDemo() {
    browser.driver.get(browser.server.hostOrigin() + "/?cti=" + browser.server.ctiOrigin());
    browser.js("window.__errors = []; addEventListener('error', e => __errors.push(e.message));"
        + "addEventListener('unhandledrejection', e => __errors.push(String(e.reason)));");
    browser.waitUntil("window.cti && cti.state.ready");
    WebElement mock = (WebElement) browser.js("return cti.iframe");
    browser.waitForFrame(mock, "document.readyState === 'complete' && window.mockCti");
    return mock;
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
    browser.waitUntil("document.getElementById('badge-login').textContent === 'logged out'");
    browser.clickInFrame(mock, "login");
    browser.waitUntil("document.getElementById('badge-login').textContent.startsWith('logged in as')");
    assertEquals("ready", text("badge-ready"));
    assertEquals("no calls", text("badge-ringing"));
    screenshot("demo.png");

    // Click to dial: a contact's Call button, with the contact id as custom data.
    browser.driver.findElement(By.cssSelector("#contacts tbody tr:first-child button")).click();
    browser.waitForFrame(mock, "document.getElementById('calling').textContent === 'Calling +14155550123'");
    assertEquals(Map.of("phone_number", "+14155550123", "custom_data", "{\"contactId\":1001}"),
        lastReceived(mock).get("payload"));
    assertTrue(text("calls").contains("custom data {\"contactId\":1001}"), text("calls"));
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

    browser.driver.findElement(By.id("debug")).click();
    assertEquals(true, browser.js("return cti.debug"));
    assertEquals(List.of(), browser.list("return window.__errors || []"));
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

    // Log in on the mock, inside the phone window's CTI frame.
    browser.driver.switchTo().window(phone);
    browser.waitUntil("window.cti && cti.state.ready");
    WebElement mock = browser.driver.findElement(By.cssSelector("iframe[title='Dialpad']"));
    browser.waitForFrame(mock, "document.readyState === 'complete' && window.mockCti");
    browser.clickInFrame(mock, "login");

    // The contacts page sees the login, and places a call that the phone window's CTI makes.
    browser.driver.switchTo().window(crm);
    browser.waitUntil("document.getElementById('badge-login').textContent.startsWith('logged in as')");
    browser.driver.findElement(By.cssSelector("#contacts tbody tr:first-child button")).click();
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
    // The call placed on the contacts page is in the log, with its custom data.
    assertTrue(text("call-log").contains("Ada Lovelace"), text("call-log"));
    assertTrue(text("call-log").contains("{\"contactId\":1001}"), text("call-log"));

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
