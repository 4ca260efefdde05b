package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;

/**
 * The warnings of SPEC §9, each caused for real in Chromium: a host page whose CSP leaves the CTI
 * out of frame-src, a CTI stand-in that never posts, and another script changing the iframe's
 * attributes. Each raises the {@code warning} event every time and writes one console.warn per
 * code and instance, with debug off.
 */
class DiagnosticsBrowserIT extends BrowserTest {

  /** Opens {@code page}, captures console.warn, mounts the stand-in with {@code options} and records warnings. */
  private static void mount(String page, String options) {
    ConsoleBrowserIT.open(page);
    browser.js("window.warnings = [];"
        + "window.cti = DialpadCti.mount('#phone', {url: arguments[0]" + options + "});"
        + "cti.on('warning', (w) => warnings.push(w));", browser.ctiUrl());
  }

  private static List<Object> consoleWarnings() {
    return browser.list("return lines.filter(l => l.startsWith('warn '))");
  }

  @Test
  void aCspWithoutTheCtiInFrameSrcIsNamedWithTheOriginToAdd() {
    mount("host.frame-blocked.html", ", ctiSilentMs: 200");
    browser.waitUntil("warnings.length > 0");
    Map<?, ?> warning = (Map<?, ?>) browser.js("return warnings[0]");
    assertEquals("frame_blocked", warning.get("code"));
    String message = (String) warning.get("message");
    assertTrue(message.contains("frame-src") && message.contains(browser.server.ctiOrigin()), message);
    List<Object> console = consoleWarnings();
    assertEquals(1, console.size(), console.toString());
    assertTrue(console.get(0).toString().startsWith("warn [dialpad-cti] frame_blocked: "), console.toString());
    assertTrue(browser.pageErrors().stream().allMatch(e -> e.toString().startsWith("csp: frame-src")),
        "the only page error is the CSP report itself: " + browser.pageErrors());
    // A blocked frame still fires load; it is not also reported as a silent CTI.
    browser.await("await new Promise((r) => setTimeout(r, 500))");
    assertEquals(List.of("frame_blocked"), browser.list("return warnings.map(w => w.code)"));
  }

  @Test
  void theCtiCannotRaiseTheLibrarysOwnEvents() {
    mount("host.html", ", ctiSilentMs: 0");
    browser.await("await cti.once('ready')");
    WebElement iframe = browser.ctiFrame();
    browser.js("window.own = []; for (const e of ['state', 'reload', 'ready', 'message'])"
        + " cti.on(e, (p) => own.push(e))");
    browser.inFrame(iframe, "post(envelope('warning', {code: 'frame_blocked', message: 'add https://evil.example'}),"
        + " envelope('state', {}), envelope('reload', {}), envelope('ready'))");
    browser.waitUntil("cti.history.length === 4");
    assertEquals(List.of(), browser.list("return warnings"));
    assertEquals(List.of(), browser.list("return own"));
    assertEquals(List.of("dropped", "dropped", "dropped", "dropped"),
        browser.list("return cti.history.map(h => h.direction)"));
  }

  @Test
  void aFramePermittedByCspRaisesNoFrameBlocked() {
    mount("host.html", ", ctiSilentMs: 0");
    browser.await("await cti.once('ready'); await new Promise((r) => setTimeout(r, 300));");
    assertEquals(List.of(), browser.list("return warnings"));
    assertEquals(List.of(), consoleWarnings());
    assertEquals(List.of(), browser.pageErrors());
  }

  @ParameterizedTest
  @ValueSource(strings = {ConsoleBrowserIT.PRODUCTION, ConsoleBrowserIT.DEVELOPMENT})
  void aCtiThatPostsNothingAfterLoadingIsReportedOnce(String page) {
    mount(page, ", ctiSilentMs: 300");
    browser.waitUntil("warnings.length === 1");
    Map<?, ?> warning = (Map<?, ?>) browser.js("return warnings[0]");
    assertEquals("cti_silent", warning.get("code"));
    String message = (String) warning.get("message");
    assertTrue(message.contains("Allowed Origins") && message.contains(browser.server.hostOrigin())
        && message.contains("logged in"), message);
    // A reload of the frame starts the wait again: a second warning event, no second console line.
    browser.inFrame(browser.ctiFrame(), "location.reload()");
    browser.waitUntil("warnings.length === 2");
    assertEquals(1, consoleWarnings().size(), consoleWarnings().toString());
    assertEquals(List.of(), browser.pageErrors());
  }

  @Test
  void aCtiThatSpeaksRaisesNoSilenceWarning() {
    mount("host.html", ", ctiSilentMs: 400");
    browser.await("await cti.once('ready')");
    WebElement iframe = browser.ctiFrame();
    browser.inFrame(iframe, "post(envelope('user_authentication', {user_authenticated: false}))");
    browser.await("await new Promise((r) => setTimeout(r, 700))");
    assertEquals(List.of(), browser.list("return warnings"));
    assertEquals("invalid_argument", browser.js("try { DialpadCti.mount('#second', {url: arguments[0],"
        + " ctiSilentMs: -1}); } catch (e) { return e.code; }", browser.ctiUrl()));
  }

  @ParameterizedTest
  @ValueSource(strings = {ConsoleBrowserIT.PRODUCTION, ConsoleBrowserIT.DEVELOPMENT})
  void anotherScriptChangingTheIframesAttributesIsReported(String page) {
    mount(page, ", ctiSilentMs: 0");
    browser.await("await cti.once('ready')");
    // Setting an attribute to the value the library gave it is no change.
    browser.js("cti.iframe.setAttribute('allow', cti.iframe.getAttribute('allow'))");
    browser.await("await new Promise((r) => setTimeout(r, 100))");
    assertEquals(List.of(), browser.list("return warnings"));

    browser.js("cti.iframe.setAttribute('allow', 'camera')");
    browser.waitUntil("warnings.length === 1");
    Map<?, ?> warning = (Map<?, ?>) browser.js("return warnings[0]");
    assertEquals("frame_changed", warning.get("code"));
    assertTrue(((String) warning.get("message")).contains("allow"), warning.toString());

    browser.js("cti.iframe.removeAttribute('sandbox')");
    browser.waitUntil("warnings.length === 2");
    assertTrue(browser.js("return warnings[1].message").toString().contains("sandbox"));
    browser.js("cti.iframe.src = 'about:blank'");
    browser.waitUntil("warnings.length === 3");
    assertTrue(browser.js("return warnings[2].message").toString().contains("src"));
    List<Object> console = consoleWarnings();
    assertEquals(1, console.size(), "one console line per code and instance: " + console);
    assertTrue(console.get(0).toString().startsWith("warn [dialpad-cti] frame_changed: "), console.toString());

    // Nothing is watched after destroy.
    browser.js("const frame = cti.iframe; cti.destroy(); frame.setAttribute('allow', 'x'); document.body.append(frame);"
        + " frame.setAttribute('sandbox', '');");
    browser.await("await new Promise((r) => setTimeout(r, 100))");
    assertEquals(3L, browser.js("return warnings.length"));
  }
}
