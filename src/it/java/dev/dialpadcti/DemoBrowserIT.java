package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * README's demo, the small CRM, used as a person would against the local mock CTI on another
 * origin. It takes README's two screenshots (target/screenshots; copied to docs/ by hand).
 */
class DemoBrowserIT extends BrowserTest {

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
}
