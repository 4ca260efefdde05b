package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;

/**
 * The console tools of SPEC §9 in both builds, in Chromium: {@code cti.history},
 * {@code DialpadCti.instances}, {@code DialpadCti.debug()}, {@code String(cti)}, the debug lines of
 * a command's and the frame's life, and the development build's warning for an unknown event name.
 * The console is captured by wrapping its methods before the library runs.
 */
class ConsoleBrowserIT extends BrowserTest {
  static final String PRODUCTION = "host.html";
  static final String DEVELOPMENT = "host.dev.html";

  @AfterEach
  void noPageErrors() {
    assertEquals(List.of(), browser.pageErrors(), "uncaught errors on the host page");
  }

  /** Opens {@code page} with the console captured into {@code window.lines} as "level text". */
  static void open(String page) {
    browser.open(page);
    browser.js("window.lines = [];"
        + "for (const level of ['log', 'warn', 'error', 'info', 'debug']) {"
        + "  console[level] = (...a) => lines.push(level + ' ' + a.map(x => typeof x === 'string' ? x"
        + "    : x instanceof Error ? 'Error(' + x.message + ')' : JSON.stringify(x)).join(' '));"
        + "}");
  }

  static List<Object> lines() {
    return browser.list("return lines");
  }

  @ParameterizedTest
  @ValueSource(strings = {PRODUCTION, DEVELOPMENT})
  void historyKeepsTheLast100MessagesInOutAndDroppedFromTheCtisFrameOnly(String page) {
    open(page);
    WebElement iframe = browser.mountReady("");
    long before = (Long) browser.js("return Date.now()");
    browser.await("await cti.initiateCall('+14155550123')");
    browser.inFrame(iframe, "post(envelope('call_ringing', {state: 'on', id: 7}), envelope('call_ringing', {state: 'ON'}),"
        + " 'junk')");
    // Another window posts too: it is never read, so it is in no entry.
    browser.js("window.postMessage({api: 'opencti_dialpad', version: '1.0', method: 'user_authentication',"
        + " payload: {user_authenticated: true}}, '*')");
    browser.waitUntil("cti.history.length === 4");
    List<Object> history = browser.list("return cti.history");
    Map<?, ?> out = (Map<?, ?>) history.get(0);
    assertEquals("out", out.get("direction"));
    assertEquals("initiate_call", out.get("method"));
    assertEquals(Map.of("phone_number", "+14155550123"), out.get("payload"));
    assertTrue(((Number) out.get("time")).longValue() >= before, "time is Date.now() when it happened");
    Map<?, ?> in = (Map<?, ?>) history.get(1);
    assertEquals(List.of("in", "call_ringing", Map.of("state", "on", "id", 7L)),
        List.of(in.get("direction"), in.get("method"), in.get("payload")));
    assertFalse(in.containsKey("reason"));
    Map<?, ?> dropped = (Map<?, ?>) history.get(2);
    assertEquals(List.of("dropped", "call_ringing"), List.of(dropped.get("direction"), dropped.get("method")));
    String reason = (String) dropped.get("reason");
    assertTrue(reason.startsWith("bad payload: ") && reason.contains("state"), reason);
    assertEquals(page.equals(DEVELOPMENT), reason.contains("'on' or 'off'"), reason);
    Map<?, ?> junk = (Map<?, ?>) history.get(3);
    assertEquals("junk", junk.get("payload"));
    assertTrue(((String) junk.get("reason")).startsWith("bad envelope: "));

    assertEquals(4L, browser.js("const h = cti.history; h.length = 0; h.push('x'); return cti.history.length"),
        "history is a copy");
    browser.inFrame(iframe, "for (let i = 0; i < 150; i++) post(envelope('call_ringing', {state: 'off', id: i}))");
    browser.waitUntil("cti.history[99] && cti.history[99].payload.id === 149");
    assertEquals(100L, browser.js("return cti.history.length"));
    assertEquals(50L, browser.js("return cti.history[0].payload.id"), "the oldest are dropped first");
    assertEquals(List.of(), lines(), "debug is off: nothing was logged");
  }

  @ParameterizedTest
  @ValueSource(strings = {PRODUCTION, DEVELOPMENT})
  void instancesDebugForAllAndStringOfAnInstance(String page) {
    open(page);
    WebElement iframe = browser.mountReady("");
    browser.js("window.second = DialpadCti.mount('#second', {url: arguments[0]})", browser.ctiUrl());
    assertEquals(true, browser.js("return DialpadCti.instances.length === 2 && DialpadCti.instances[0] === cti"
        + " && DialpadCti.instances[1] === second"));
    browser.js("second.destroy(); second.destroy()");
    assertEquals(true, browser.js("return DialpadCti.instances.length === 1 && DialpadCti.instances[0] === cti"));

    String line = (String) browser.js("return String(cti)");
    assertTrue(line.contains(browser.ctiUrl()) && line.contains("ready") && line.contains("login unknown")
        && line.contains("not ringing") && line.contains("visible") && !line.contains("\n"), line);
    browser.inFrame(iframe, "post(envelope('user_authentication', {user_authenticated: true, user_id: 5629499534213120}),"
        + " envelope('call_ringing', {state: 'on', id: 1}))");
    browser.waitUntil("cti.state.ringing");
    browser.js("cti.hide()");
    line = (String) browser.js("return `${cti}`");
    assertTrue(line.contains("logged in as 5629499534213120") && line.contains("| 1 ringing")
        && line.contains("hidden"), line);

    browser.js("DialpadCti.debug(true)");
    assertEquals(true, browser.js("return cti.debug"), "debug(true) reaches live instances");
    browser.js("window.third = DialpadCti.mount('#second', {url: arguments[0]})", browser.ctiUrl());
    assertEquals(true, browser.js("return third.debug"), "and instances mounted later");
    browser.js("DialpadCti.debug(false)");
    assertEquals(List.of(false, false), browser.list("return [cti.debug, third.debug]"));
    assertEquals("invalid_argument", browser.js("try { DialpadCti.debug('yes'); } catch (e) { return e.code; }"));
    browser.js("third.destroy()");
  }

  @ParameterizedTest
  @ValueSource(strings = {PRODUCTION, DEVELOPMENT})
  void debugLinesFollowACommandAndTheFrameFromStartToEnd(String page) {
    open(page);
    // Commands issued before the frame loads are queued; their lines say so.
    browser.await("window.cti = DialpadCti.mount('#phone', {url: arguments[0], debug: true});"
        + " window.first = cti.initiateCall('+14155550123');"
        + " await cti.initiateCall('555').catch(() => {});"
        + " await first; await cti.once('ready').catch(() => {});", browser.ctiUrl());
    WebElement iframe = browser.ctiFrame();
    browser.inFrame(iframe, "post(envelope('call_ringing', {state: 'maybe'}))");
    browser.waitUntil("lines.length >= 5");
    List<Object> lines = lines();
    assertEquals("log [dialpad-cti] queued initiate_call", lines.get(0));
    String rejected = (String) lines.get(1);
    assertTrue(rejected.startsWith("log [dialpad-cti] rejected initiate_call invalid_phone_number "), rejected);
    assertEquals("log [dialpad-cti] loaded " + browser.ctiUrl(), lines.get(2));
    assertEquals("log [dialpad-cti] out initiate_call {\"phone_number\":\"+14155550123\"}", lines.get(3));
    String dropped = (String) lines.get(4);
    assertTrue(dropped.startsWith("log [dialpad-cti] dropped bad payload: ") && dropped.contains("state")
        && dropped.contains("\"maybe\""), dropped);
    assertEquals(page.equals(DEVELOPMENT), dropped.contains("must be 'on' or 'off'"), dropped);

    // A second load of the frame is a reload.
    browser.inFrame(iframe, "location.reload()");
    browser.waitUntil("lines.length >= 6");
    assertEquals("log [dialpad-cti] reloaded " + browser.ctiUrl(), lines().get(5));

    // After destroy, a pending command's rejection is logged with its code.
    browser.await("cti.destroy(); await cti.send('late_method').catch(() => {});");
    assertTrue(lines().get(lines().size() - 1).toString()
        .startsWith("log [dialpad-cti] rejected late_method destroyed"), lines().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {PRODUCTION, DEVELOPMENT})
  void withDebugOffOnlyWarningsAndListenerErrorsReachTheConsole(String page) {
    open(page);
    WebElement iframe = browser.mountReady("");
    browser.js("cti.on('call_ringing', () => { throw new Error('listener bug'); });"
        + " cti.on('call_ringin', () => {}); cti.once('call_ringin').catch(() => {});");
    browser.await("await cti.initiateCall('+14155550123'); await cti.send('x', {}).catch(() => {});"
        + " await cti.initiateCall('bad').catch(() => {});");
    browser.inFrame(iframe, "post(envelope('call_ringing', {state: 'on'}), {api: 'nope'})");
    browser.waitUntil("lines.some(l => l.startsWith('error'))");
    List<Object> lines = lines();
    for (Object line : lines) {
      assertTrue(line.toString().startsWith("warn [dialpad-cti] ") || line.toString().startsWith("error [dialpad-cti] "),
          "only warnings and listener errors: " + lines);
    }
    long errors = lines.stream().filter(l -> l.toString().startsWith("error")).count();
    assertEquals(1, errors, lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.toString().contains("listener bug")), lines.toString());
    List<Object> warnings = lines.stream().filter(l -> l.toString().startsWith("warn")).toList();
    if (page.equals(DEVELOPMENT)) {
      // Once per name, suggesting the nearest known one; it still subscribed.
      assertEquals(1, warnings.size(), lines.toString());
      assertTrue(warnings.get(0).toString().contains("'call_ringin'")
          && warnings.get(0).toString().contains("did you mean 'call_ringing'?"), warnings.toString());
    } else {
      assertEquals(List.of(), warnings, "the production build has no development warnings");
    }
    browser.js("window.heard = []; cti.on('call_ringin', (p) => heard.push(p))");
    browser.inFrame(iframe, "post(envelope('call_ringin', {x: 1}))");
    browser.waitUntil("heard.length === 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {PRODUCTION, DEVELOPMENT})
  void aCommandWaitingForLoginIsLoggedAndTheDevelopmentBuildWarns(String page) {
    open(page);
    WebElement iframe = browser.mountReady(", debug: true, loginTimeoutMs: 60000");
    browser.inFrame(iframe, "post(envelope('user_authentication', {user_authenticated: false}))");
    browser.waitUntil("cti.state.authenticated === false");
    browser.js("lines.length = 0; window.call = cti.initiateCall('+14155550123').then(() => 'posted', e => e.code)");
    List<Object> waiting = lines();
    assertTrue(waiting.contains("log [dialpad-cti] waiting for login initiate_call"), waiting.toString());
    boolean warned = waiting.stream().anyMatch(l -> l.toString().startsWith("warn [dialpad-cti] initiate_call waits"
        + " for the user to log in") && l.toString().contains("60000"));
    assertEquals(page.equals(DEVELOPMENT), warned, waiting.toString());

    browser.inFrame(iframe, "post(envelope('user_authentication', {user_authenticated: true, user_id: 1}))");
    assertEquals("posted", browser.await("return await call"));
    assertTrue(lines().contains("log [dialpad-cti] out initiate_call {\"phone_number\":\"+14155550123\"}"),
        lines().toString());
  }
}
