package dev.dialpadcti;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium + chromedriver) and the test server
 * ({@link TestServer}) on three origins: host {@code http://localhost:P}, CTI
 * {@code http://127.0.0.1:Q}, attacker {@code http://127.0.0.1:R}. One per test class; close it
 * after all tests.
 */
final class Browser implements AutoCloseable {
  final TestServer server;
  final ChromeDriver driver;
  private final Path profile;

  Browser() throws IOException {
    this(new String[0]);
  }

  /**
   * As {@link #Browser()}, Chromium started with {@code extraArguments} too (such as
   * {@code --host-resolver-rules=MAP crm.test 127.0.0.1}, for a page that is not a secure context).
   */
  Browser(String... extraArguments) throws IOException {
    server = new TestServer(Path.of("."));
    profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
    options.addArguments(extraArguments);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
  }

  /** Opens a test page on the host origin, telling it where the CTI and attacker are. */
  void open(String page) {
    openAt("/test-pages/" + page);
  }

  /** Opens the page at {@code path} (any folder the server serves) as {@link #open} does. */
  void openAt(String path) {
    openFrom(server.hostOrigin(), path);
  }

  /**
   * Opens the page at {@code path} from {@code origin} (say {@code http://crm.test:P}, a name that
   * {@code --host-resolver-rules} maps to the host server) as {@link #open} does.
   */
  void openFrom(String origin, String path) {
    driver.switchTo().defaultContent();
    // Marks the page it leaves: under load, get() has been seen to return while the old document
    // was still the current one (a test's script then ran in the previous test's page).
    try {
      js("window.__leaving = true");
    } catch (org.openqa.selenium.WebDriverException noPage) {
      // No page to mark (a window a test closed): get() below opens a fresh one anyway.
    }
    driver.get(origin + path + "?cti=" + server.ctiOrigin()
        + "&attacker=" + server.attackerOrigin());
    waitUntil("!window.__leaving && document.readyState === 'complete'");
  }

  /** The host server's port, for an origin of another name that maps to it. */
  int hostPort() {
    return java.net.URI.create(server.hostOrigin()).getPort();
  }

  /**
   * Mounts the CTI stand-in into #phone as window.cti, with {@code extraOptions} (such as
   * ", debug: true"), waits until it is ready and returns its iframe.
   */
  WebElement mountReady(String extraOptions) {
    // The stand-in never says who is logged in: no grace, so commands are posted once it has loaded.
    await("window.cti = DialpadCti.mount('#phone', {url: arguments[0], authGraceMs: 0" + extraOptions + "});"
        + " await cti.once('ready');", ctiUrl());
    return ctiFrame();
  }

  /** window.cti's iframe, once the stand-in in it has loaded its harness. */
  WebElement ctiFrame() {
    WebElement iframe = (WebElement) js("return cti.iframe");
    waitForFrame(iframe);
    return iframe;
  }

  /** The CTI stand-in's URL, for {@code mount({url})}. */
  String ctiUrl() {
    return server.ctiOrigin() + "/test-pages/frame.html";
  }

  String attackerUrl() {
    return server.attackerOrigin() + "/test-pages/frame.html";
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Runs {@code script} as the body of an async function and returns what it resolves to. */
  Object await(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "(async (...args) => {" + script + "})(...Array.from(arguments).slice(0, -1))"
            + ".then(done, (e) => done({thrown: String(e), name: e && e.name, code: e && e.code,"
            + " message: e && e.message}));",
        args);
  }

  /** Runs {@code script} inside {@code iframe} (any origin), then returns to the host page. */
  Object inFrame(WebElement iframe, String script, Object... args) {
    driver.switchTo().frame(iframe);
    try {
      return js(script, args);
    } finally {
      driver.switchTo().defaultContent();
    }
  }

  /** Clicks the element with {@code id} inside {@code iframe}, as a person would. */
  void clickInFrame(WebElement iframe, String id) {
    driver.switchTo().frame(iframe);
    try {
      driver.findElement(org.openqa.selenium.By.id(id)).click();
    } finally {
      driver.switchTo().defaultContent();
    }
  }

  void waitUntil(String condition, Object... args) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(d -> Boolean.TRUE.equals(js("return !!(" + condition + ")", args)));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("timed out waiting for " + condition + "; page saw: "
          + js("return JSON.stringify({errors: window.__errors, seen: window.__seen,"
              + " raw: (window.__raw || []).slice(-5)})"), e);
    }
  }

  /** Waits until the frame's page has loaded its harness. */
  void waitForFrame(WebElement iframe) {
    waitForFrame(iframe, "typeof window.post === 'function'");
  }

  /** Waits until {@code condition} holds inside the frame. */
  void waitForFrame(WebElement iframe, String condition) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
      try {
        return Boolean.TRUE.equals(inFrame(iframe, "return !!(" + condition + ")"));
      } catch (RuntimeException notYet) {
        return false;
      }
    });
  }

  @SuppressWarnings("unchecked")
  List<Object> list(String script, Object... args) {
    return (List<Object>) js(script, args);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> map(String script, Object... args) {
    return (Map<String, Object>) js(script, args);
  }

  /** The page's uncaught errors, rejections and CSP violations so far. */
  List<Object> pageErrors() {
    return list("return window.__errors");
  }

  /** How many 'message' listeners the window has, read through the DevTools protocol. */
  int messageListenerCount() {
    @SuppressWarnings("unchecked")
    Map<String, Object> window = (Map<String, Object>) ((Map<String, Object>) driver.executeCdpCommand(
        "Runtime.evaluate", Map.of("expression", "window"))).get("result");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> listeners = (List<Map<String, Object>>) driver.executeCdpCommand(
        "DOMDebugger.getEventListeners", Map.of("objectId", window.get("objectId"))).get("listeners");
    return (int) listeners.stream().filter(l -> "message".equals(l.get("type"))).count();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      server.close();
      deleteProfile();
    }
  }

  /** Chromium writes some megabytes of profile per run; leave none behind in the temp folder. */
  private void deleteProfile() {
    try (java.util.stream.Stream<Path> files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + profile + ": " + e);
    }
  }
}
