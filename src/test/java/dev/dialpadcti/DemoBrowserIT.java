package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** README's demo, used as a person would: the host page with the local mock CTI on another origin. */
class DemoBrowserIT extends BrowserTest {



  @Test
  void logInRingAndPlaceACallWithoutADialpadAccount() {
    browser.driver.get(browser.server.hostOrigin() + "/?cti=" + browser.server.ctiOrigin());
    browser.waitUntil("window.cti && cti.state.ready");
    WebElement mock = (WebElement) browser.js("return cti.iframe");
    browser.waitForFrame(mock, "document.readyState === 'complete'");

    browser.clickInFrame(mock, "login");
    browser.waitUntil("cti.state.authenticated");
    browser.clickInFrame(mock, "incoming");
    browser.waitUntil("document.getElementById('phone').classList.contains('ringing')");

    browser.driver.findElement(By.cssSelector("#call button")).click();
    browser.waitUntil("document.getElementById('log').textContent.includes('posted initiate_call')");
    browser.driver.switchTo().frame(mock);
    try {
      assertEquals("Calling +14155550123", browser.driver.findElement(By.id("calling")).getText());
    } finally {
      browser.driver.switchTo().defaultContent();
    }
    assertTrue((Boolean) browser.js("return cti.state.ringing"));
    assertEquals(List.of(), browser.list("return window.__errors || []"));
  }
}
