package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * README's framework recipes (src/examples/recipes): the React hook under React 19 StrictMode, the
 * Vue 3 composable, and the {@code <dialpad-cti>} element in React 19 JSX and in a Vue 3 SFC's template,
 * bundled by esbuild from the packed package and driven in Chromium against the shipped mock.
 */
class RecipesBrowserIT extends BrowserTest {
  static final Path WORK = Path.of("target/recipes").toAbsolutePath();

  @BeforeAll
  static void installAndBundle() throws Exception {
    NpmPackageIT.installExample(Path.of("src/examples/recipes"), WORK);
    NpmPackageIT.run(WORK, "npm", "run", "build");
  }

  @ParameterizedTest
  @ValueSource(strings = {"react", "vue", "react-element", "vue-element"})
  void theRecipeMountsOneCtiFollowsItsStateAndDestroysItOnUnmount(String framework) {
    boolean element = framework.endsWith("-element");
    browser.driver.switchTo().defaultContent();
    browser.driver.get(browser.server.hostOrigin() + "/recipes/" + framework + ".html?cti=" + browser.server.ctiOrigin());
    browser.waitUntil("document.querySelectorAll('iframe').length === 1");
    WebElement mock = (WebElement) browser.js("return document.querySelector('iframe')");
    browser.waitForFrame(mock, "window.mockCti && document.readyState === 'complete'");
    // StrictMode ran the effect twice: the first CTI was destroyed, so one is left.
    assertEquals(1L, browser.js("return document.querySelectorAll('iframe').length"));
    assertEquals(element ? "DIALPAD-CTI" : "DIV",
        browser.js("return document.querySelector('iframe').parentNode.nodeName"));
    browser.waitUntil("document.getElementById('status').textContent === 'Not logged in'");

    browser.inFrame(mock, "mockCti.login(7)");
    browser.waitUntil("document.getElementById('status').textContent === 'Logged in as 7'");
    browser.inFrame(mock, "mockCti.ring()");
    browser.waitUntil("document.getElementById('calls').textContent === 'Ada Lovelace'");
    if (element) {
      // The element recipes show the last caller from call_ringing, which outlives the ringing.
      browser.waitUntil("document.getElementById('caller').textContent === 'Last caller: Ada Lovelace'");
    }
    browser.driver.findElement(By.id("call")).click();
    browser.waitForFrame(mock, "mockCti.received.some(r => r.data.method === 'initiate_call')");
    assertEquals(List.of("initiate_call accepted {\"phone_number\":\"+14155550123\"}"), browser.inFrame(mock,
        "return mockCti.received.map(r => r.data.method + ' ' + r.verdict + ' ' + JSON.stringify(r.data.payload))"));
    browser.inFrame(mock, "mockCti.answer()");
    browser.waitUntil("document.getElementById('calls').textContent === ''");
    if (element) {
      assertEquals("Last caller: Ada Lovelace", browser.js("return document.getElementById('caller').textContent"));
      assertEquals(List.of(true, false), browser.list("window.__cti = document.querySelector('dialpad-cti').cti;"
          + " return [__cti.iframe === document.querySelector('iframe'), __cti.state.destroyed]"));
    }

    browser.driver.findElement(By.id("toggle")).click();
    browser.waitUntil("document.querySelectorAll('iframe').length === 0");
    if (element) {
      // The element destroys its CTI a task after its removal.
      browser.waitUntil("__cti.state.destroyed");
    }
    browser.driver.findElement(By.id("toggle")).click();
    browser.waitUntil("document.querySelectorAll('iframe').length === 1");
    if (element) {
      assertEquals(List.of(true, false), browser.list("const cti = document.querySelector('dialpad-cti').cti;"
          + " return [cti !== __cti, cti.state.destroyed]"));
    }
    assertEquals(List.of(), browser.list("return __errors"));
    assertEquals(List.of(), browser.list("return __warnings"));
  }
}
