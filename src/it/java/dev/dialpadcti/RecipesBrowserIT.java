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
 * README's framework recipes (src/examples/recipes): the React hook under React 19 StrictMode and
 * the Vue 3 composable, bundled by esbuild from the packed package and driven in Chromium against
 * the shipped mock.
 */
class RecipesBrowserIT extends BrowserTest {
  static final Path WORK = Path.of("target/recipes").toAbsolutePath();

  @BeforeAll
  static void installAndBundle() throws Exception {
    NpmPackageIT.installExample(Path.of("src/examples/recipes"), WORK);
    NpmPackageIT.run(WORK, "npm", "run", "build");
  }

  @ParameterizedTest
  @ValueSource(strings = {"react", "vue"})
  void theRecipeMountsOneCtiFollowsItsStateAndDestroysItOnUnmount(String framework) {
    browser.driver.switchTo().defaultContent();
    browser.driver.get(browser.server.hostOrigin() + "/recipes/" + framework + ".html?cti=" + browser.server.ctiOrigin());
    browser.waitUntil("document.querySelectorAll('iframe').length === 1");
    WebElement mock = (WebElement) browser.js("return document.querySelector('iframe')");
    browser.waitForFrame(mock, "window.mockCti && document.readyState === 'complete'");
    // StrictMode ran the effect twice: the first CTI was destroyed, so one is left.
    assertEquals(1L, browser.js("return document.querySelectorAll('iframe').length"));
    browser.waitUntil("document.getElementById('status').textContent === 'Not logged in'");

    browser.inFrame(mock, "mockCti.login(7)");
    browser.waitUntil("document.getElementById('status').textContent === 'Logged in as 7'");
    browser.inFrame(mock, "mockCti.ring()");
    browser.waitUntil("document.getElementById('calls').textContent === 'Ada Lovelace'");
    browser.driver.findElement(By.id("call")).click();
    browser.waitForFrame(mock, "mockCti.received.some(r => r.data.method === 'initiate_call')");
    assertEquals(List.of("initiate_call accepted {\"phone_number\":\"+14155550123\"}"), browser.inFrame(mock,
        "return mockCti.received.map(r => r.data.method + ' ' + r.verdict + ' ' + JSON.stringify(r.data.payload))"));
    browser.inFrame(mock, "mockCti.answer()");
    browser.waitUntil("document.getElementById('calls').textContent === ''");

    browser.driver.findElement(By.id("toggle")).click();
    browser.waitUntil("document.querySelectorAll('iframe').length === 0");
    browser.driver.findElement(By.id("toggle")).click();
    browser.waitUntil("document.querySelectorAll('iframe').length === 1");
    assertEquals(List.of(), browser.list("return __errors"));
    assertEquals(List.of(), browser.list("return __warnings"));
  }
}
