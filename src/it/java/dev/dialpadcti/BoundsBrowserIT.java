package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * SPEC §14 (bounds and diagnostics, second round) in Chromium over HTTP, in both builds where it is
 * cheap: caller text in the title and notifications cleaned and cut, at most 3 notifications open,
 * {@code state.calls} capped at 50, nothing handed out can change the library's records,
 * {@code DialpadCti.instances} cannot defeat {@code already_mounted}, the {@code insecure_context}
 * and {@code microphone_blocked} warnings, the {@code clickToDial} rules, {@code no_document} (in
 * Node and in a worker) and the national-number hint.
 *
 * <p>Its own Chromium, which also resolves {@code crm.test} to the loopback host server: a page at
 * {@code http://crm.test:P} is not a secure context ({@code localhost} and {@code 127.0.0.1} are).
 */
class BoundsBrowserIT {
  static final String PRODUCTION = ConsoleBrowserIT.PRODUCTION;
  static final String DEVELOPMENT = ConsoleBrowserIT.DEVELOPMENT;
  /** The bidirectional embeddings, overrides and isolates, and the marks, as JS escapes. */
  private static final String BIDI = "\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069";
  /** Control characters (C0, DEL, C1), as JS escapes. */
  private static final String CONTROLS = "\\u0000\\u0001\\t\\n\\r\\u001b\\u001f\\u007f\\u0080\\u0085\\u009f";
  /** In the page: whether a string has a control character or a bidi override, embedding or isolate. */
  private static final String DIRTY = "window.dirty = (s) => /[\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]/.test(s);";

  static Browser browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = new Browser("--host-resolver-rules=MAP crm.test 127.0.0.1");
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @AfterEach
  void noPageErrors() {
    browser.driver.switchTo().defaultContent();
    if (!browser.driver.getCurrentUrl().startsWith("http")) {
      return; // a test run in Node, with no page
    }
    assertEquals(List.of(), browser.pageErrors());
  }

  private static String dev(String page, boolean development) {
    return development ? page.replace(".html", ".dev.html") : page;
  }

  /** The methods and payloads the stand-in frame has received. */
  private static List<Object> received(WebElement frame) {
    return browser.list("return arguments[0]", browser.inFrame(frame,
        "return __raw.filter(m => m.data && m.data.api).map(m => m.data.method + ' ' + JSON.stringify(m.data.payload))"));
  }

  private static void pause(int ms) {
    browser.await("await new Promise(r => setTimeout(r, " + ms + "))");
  }

  /**
   * Before mount: the page reads as hidden (overridden, as no CDP call hides a headless page; hide(on)
   * changes it and says so), and window.Notification is a recording class whose permission is
   * 'granted': window.notes holds every notification made, open counts those not closed, maxOpen
   * the most open at once.
   */
  private static void hiddenWithRecordedNotifications() {
    browser.js("window.__hidden = true;"
        + "Object.defineProperty(document, 'hidden', {configurable: true, get: () => __hidden});"
        + "Object.defineProperty(document, 'visibilityState', {configurable: true,"
        + "  get: () => __hidden ? 'hidden' : 'visible'});"
        + "window.hide = (on) => { __hidden = on; document.dispatchEvent(new Event('visibilitychange')); };"
        + "window.notes = []; window.open_ = 0; window.maxOpen = 0; window.asked = 0;"
        + "window.Notification = class {"
        + "  static get permission() { return 'granted'; }"
        + "  static requestPermission() { asked++; return Promise.resolve('granted'); }"
        + "  constructor(title, options) { this.title = title; this.body = options && options.body;"
        + "    this.closed = false; notes.push(this); open_++; maxOpen = Math.max(maxOpen, open_); }"
        + "  close() { if (!this.closed) { this.closed = true; open_--; } } };"
        + "document.title = 'CRM';" + DIRTY);
  }

  // ---------------------------------------------------------------- caller text

  /**
   * The caller part of what the title shows while {@code name} rings (set as contact.name, a JS
   * expression), and of the notification's title and body: [titleCaller, notificationTitleCaller, body].
   */
  private static List<Object> shownFor(WebElement frame, int id, String nameExpression) {
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'on', id: " + id + ", contact: {name: "
        + nameExpression + "}}))");
    List<Object> shown = shown();
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'off', id: " + id + "}))");
    browser.waitUntil("notes[0].closed && cti.state.calls.length === 0 && document.title === 'CRM'");
    browser.js("notes.length = 0;");
    return shown;
  }

  /**
   * Once one notification is open and the title shows the call (read together: the title flips
   * every second), the caller part of each: [title, notification title, notification body].
   */
  @SuppressWarnings("unchecked")
  private static List<Object> shown() {
    return (List<Object>) browser.await("const deadline = Date.now() + 10000;"
        + "while (!(notes.length === 1 && document.title.startsWith('Incoming call'))) {"
        + "  if (Date.now() > deadline) throw new Error('not shown: ' + document.title + ' ' + notes.length);"
        + "  await new Promise(r => setTimeout(r, 10)); }"
        + "const cut = (t) => t.startsWith('Incoming call: ') ? t.slice(15) : 'NO PREFIX ' + t;"
        + "return [cut(document.title), cut(notes[0].title), notes[0].body];");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void callerTextInTheTitleAndNotificationsIsCleanedAndAtMost100Characters(boolean development) {
    browser.open(dev("host.html", development));
    hiddenWithRecordedNotifications();
    WebElement frame = browser.mountReady(", ringAttention: true");

    // A 100 KB name: a prefix of it, at most 100 characters, in all three places.
    for (Object text : shownFor(frame, 1, "'N'.repeat(100000)")) {
      String s = (String) text;
      assertTrue(s.length() <= 100 && s.length() >= 90, "length " + s.length());
      assertTrue(s.replaceFirst("…$", "").matches("N+"), s);
    }
    // Exactly 100 characters are kept whole; 101 are cut to at most 100.
    assertEquals(List.of("x".repeat(100), "x".repeat(100), "x".repeat(100)), shownFor(frame, 2, "'x'.repeat(100)"));
    for (Object text : shownFor(frame, 3, "'y'.repeat(101)")) {
      assertTrue(((String) text).length() <= 100, (String) text);
    }
    // Bidi overrides, embeddings and isolates, and control characters (newlines too), are removed.
    String cleaned = "Ada Lovelace gnp.exe";
    assertEquals(List.of(cleaned, cleaned, cleaned), shownFor(frame, 4,
        "'\\u202eAda\\u202c Love\\nlace\\r\\n \\u2066gnp\\u2069.\\u202dexe\\u0007'"));
    for (Object text : shownFor(frame, 5, "Array.from({length: 200}, (_, i) => '" + BIDI + CONTROLS
        + "'[i % 20] + 'ab').join('')")) {
      String s = (String) text;
      assertTrue(s.length() <= 100 && s.replaceFirst("…$", "").matches("(ab)*a?"), s);
    }
    // Cleaning comes before cutting: 50,000 overrides do not push the name out.
    assertEquals(List.of("Bob", "Bob", "Bob"), shownFor(frame, 6, "'\\u202e'.repeat(50000) + 'Bob' + '\\n'.repeat(50000)"));
    // A cut never leaves half a surrogate pair.
    for (Object text : shownFor(frame, 7, "'\\u{1F600}'.repeat(150)")) {
      String s = (String) text;
      assertTrue(s.length() <= 100, "length " + s.length());
      assertEquals(true, browser.js("return arguments[0].isWellFormed()", s), s);
    }
    // The number, when there is no name, is bounded and cleaned too.
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'on', id: 8,"
        + " external_number: '+1415\\u202e5550123\\n' + '9'.repeat(5000)}))");
    List<Object> number = shown();
    for (Object text : number) {
      String s = (String) text;
      assertTrue(s.length() <= 100 && s.startsWith("+14155550123999"), s);
      assertEquals(false, browser.js("return dirty(arguments[0])", s), s);
    }
    // The library's record keeps what the CTI sent: only what is shown is cut.
    assertEquals(5014L, browser.js("return cti.state.calls[0].external_number.length"));
    assertEquals(0L, browser.js("return asked"), "it never asks for permission");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void atMostThreeNotificationsAreOpenWhen500CallsRing(boolean development) {
    browser.open(dev("host.html", development));
    hiddenWithRecordedNotifications();
    WebElement frame = browser.mountReady(", ringAttention: true");
    browser.inFrame(frame, "post(...Array.from({length: 500}, (_, i) =>"
        + " envelope('call_ringing', {state: 'on', id: i, contact: {name: 'Caller ' + i}})))");
    browser.waitUntil("cti.state.calls.length === 50 && cti.state.calls[49].id === 499");
    pause(300);
    assertTrue(((Number) browser.js("return maxOpen")).intValue() <= 3, "max open " + browser.js("return maxOpen"));
    assertEquals(3L, browser.js("return open_"), "three open, not none");
    // Those open are for calls that still ring (the oldest 450 were dropped: theirs are closed).
    assertEquals(true, browser.js("const ids = new Set(cti.state.calls.map(c => 'Incoming call: Caller ' + c.id));"
        + "return notes.filter(n => !n.closed).every(n => ids.has(n.title));"));
    // Calls that stop ringing make room: still three at most, for calls that ring.
    browser.inFrame(frame, "post(...Array.from({length: 45}, (_, i) =>"
        + " envelope('call_ringing', {state: 'off', id: 499 - i})))");
    browser.waitUntil("cti.state.calls.length === 5");
    pause(200);
    assertTrue(((Number) browser.js("return maxOpen")).intValue() <= 3);
    assertEquals(3L, browser.js("return open_"));
    assertEquals(true, browser.js("const ids = new Set(cti.state.calls.map(c => 'Incoming call: Caller ' + c.id));"
        + "return notes.filter(n => !n.closed).every(n => ids.has(n.title));"));
    browser.inFrame(frame, "post(...Array.from({length: 5}, (_, i) => envelope('call_ringing', {state: 'off', id: 450 + i})))");
    browser.waitUntil("cti.state.calls.length === 0 && open_ === 0 && document.title === 'CRM'");
    assertTrue(((Number) browser.js("return maxOpen")).intValue() <= 3);
    assertEquals(0L, browser.js("return asked"));
  }

  // ---------------------------------------------------------------- state.calls

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void stateCallsHoldsAtMost50TheOldestDropped(boolean development) {
    browser.open(dev("host.html", development));
    WebElement frame = browser.mountReady("");
    browser.inFrame(frame, "post(...Array.from({length: 60}, (_, i) => envelope('call_ringing', {state: 'on', id: i})))");
    browser.waitUntil("cti.history.filter(e => e.method === 'call_ringing').length === 60");
    assertEquals(true, browser.js("return cti.state.ringing"));
    assertEquals(browser.list("return Array.from({length: 50}, (_, i) => i + 10)"),
        browser.list("return cti.state.calls.map(c => c.id)"), "the 10 oldest dropped");
    // An update of a call that rings changes it in place and drops nothing.
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'on', id: 30, contact: {name: 'Ada'}}))");
    browser.waitUntil("cti.state.calls.some(c => c.contact && c.contact.name === 'Ada')");
    assertEquals(50L, browser.js("return cti.state.calls.length"));
    assertEquals(10L, browser.js("return cti.state.calls[0].id"));
    // A dropped call ringing again is a new call: the oldest goes.
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'on', id: 3}))");
    browser.waitUntil("cti.state.calls[49].id === 3");
    assertEquals(50L, browser.js("return cti.state.calls.length"));
    assertEquals(11L, browser.js("return cti.state.calls[0].id"));
    // "off" for a dropped call changes nothing; for a ringing one it removes it.
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'off', id: 0}), envelope('call_ringing', {state: 'off', id: 59}))");
    browser.waitUntil("cti.state.calls.length === 49");
    assertEquals(false, browser.js("return cti.state.calls.some(c => c.id === 59)"));
    // Then another new call fits without dropping one.
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'on', id: 1000}))");
    browser.waitUntil("cti.state.calls.length === 50 && cti.state.calls[49].id === 1000");
    assertEquals(11L, browser.js("return cti.state.calls[0].id"));
    // String(cti) counts what state.calls holds.
    assertTrue(((String) browser.js("return String(cti)")).contains("50"), (String) browser.js("return String(cti)"));
  }

  /**
   * Finding a call by id costs the same whatever the number of calls: ten times as many distinct
   * ids that never stop ringing take about ten times as long, not a hundred.
   */
  @Test
  void distinctIdsThatNeverStopCostTheSameEach() {
    browser.open("host.html");
    WebElement frame = browser.mountReady("");
    browser.js("window.accepted = 0; cti.on('call_ringing', () => accepted++);");
    // The harness's own record of every raw message would cost as much as the library: off for this.
    browser.js("window.__raw = { push() {} };");
    double small = burst(frame, 0, 5_000);
    double large = burst(frame, 5_000, 50_000);
    assertEquals(50L, browser.js("return cti.state.calls.length"));
    System.out.printf("distinct ringing ids: 5,000 in %.0f ms, 50,000 in %.0f ms (ratio %.1f)%n", small, large, large / small);
    assertTrue(large / small < 40, "5,000 ids took " + small + " ms, 50,000 took " + large + " ms");
    assertTrue(large < 20_000, "50,000 ids took " + large + " ms");
  }

  /** Posts {@code n} distinct ringing ids from {@code from} and returns how long the library took (ms). */
  private static double burst(WebElement frame, int from, int n) {
    browser.js("window.accepted = 0; window.started = performance.now();");
    browser.inFrame(frame, "window.__raw = { push() {} }; for (let i = 0; i < " + n + "; i++)"
        + " parent.postMessage(envelope('call_ringing', {state: 'on', id: " + from + " + i}), '*');");
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(40))
        .until(d -> Boolean.TRUE.equals(browser.js("if (accepted === " + n + " && !window.took)"
            + " window.took = performance.now() - started; return accepted === " + n)));
    double took = ((Number) browser.js("const t = window.took; window.took = 0; return t")).doubleValue();
    return took;
  }

  // ---------------------------------------------------------------- copies

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void editsToStateCallsDoNotChangeALaterSnapshotOrTheRingTitle(boolean development) {
    browser.open(dev("host.html", development));
    hiddenWithRecordedNotifications();
    WebElement frame = browser.mountReady(", ringAttention: true");
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'on', id: 1, external_number: '+14155550123',"
        + " contact: {name: 'Ada', tags: ['vip']}}))");
    browser.waitUntil("cti.state.calls.length === 1");
    assertEquals(List.of(true, true, true, true), browser.list("const c = cti.state.calls[0];"
        + "return [Object.isFrozen(c), Object.isFrozen(c.contact), Object.isFrozen(c.contact.tags),"
        + " Object.isFrozen(cti.state)]"));
    // Sloppy mode: assignments are ignored.
    browser.js("const c = cti.state.calls[0]; c.contact.name = 'Mallory'; c.id = 666; c.external_number = '+1900';"
        + "c.contact.tags.push = undefined; c.contact.tags[0] = 'nobody'; delete c.contact; c.extra = 1;"
        + "cti.state.calls[0] = {id: 666, contact: {name: 'Mallory'}};");
    // Strict mode: each throws a TypeError, and changes nothing either.
    List<Object> thrown = browser.list("'use strict'; const out = []; const c = cti.state.calls[0];"
        + "for (const f of [() => { c.contact.name = 'Mallory'; }, () => { c.id = 666; }, () => { delete c.contact; },"
        + "    () => { c.contact.tags.push('x'); }, () => { cti.state.calls.push({id: 7}); },"
        + "    () => { cti.state.calls[0] = {id: 666}; }, () => { Object.defineProperty(c, 'id', {value: 9}); },"
        + "    () => { Object.setPrototypeOf(c.contact, {name: 'Mallory'}); }]) {"
        + "  try { f(); out.push('no error'); } catch (e) { out.push(e instanceof TypeError); } }"
        + "return out;");
    assertEquals(List.of(true, true, true, true, true, true, true, true), thrown);
    assertEquals("{\"state\":\"on\",\"id\":1,\"external_number\":\"+14155550123\",\"contact\":{\"name\":\"Ada\",\"tags\":[\"vip\"]}}",
        browser.js("return JSON.stringify(cti.state.calls[0])"));

    // A later snapshot (another call rings) and the ring title show what the CTI sent.
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'on', id: 2, contact: {name: 'Bob'}}))");
    browser.waitUntil("cti.state.calls.length === 2");
    assertEquals("{\"state\":\"on\",\"id\":1,\"external_number\":\"+14155550123\",\"contact\":{\"name\":\"Ada\",\"tags\":[\"vip\"]}}",
        browser.js("return JSON.stringify(cti.state.calls[0])"));
    browser.waitUntil("document.title === 'Incoming call: Ada'");
    assertEquals(List.of("Incoming call: Ada", "Incoming call: Bob"), browser.list("return notes.map(n => n.title)"));
    // An update of call 1 from the CTI is what the next snapshot shows.
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'on', id: 1, contact: {name: 'Ada L.'}}))");
    browser.waitUntil("cti.state.calls[0].contact.name === 'Ada L.'");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void editsToHistoryEntriesAndTheirPayloadsDoNotChangeALaterHistory(boolean development) {
    browser.open(dev("host.html", development));
    WebElement frame = browser.mountReady("");
    browser.await("window.sent = {phoneNumber: '+14155550123', customData: 'crm-1'}; await cti.initiateCall(sent);");
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'on', id: 1, contact: {name: 'Ada', phones: ['+1']}}))");
    browser.waitUntil("cti.history.length === 2");
    String before = (String) browser.js("return JSON.stringify(cti.history.map(e => [e.direction, e.method, e.payload, e.reason]))");
    // Sloppy and strict edits of the entries, their payloads and the array; and of the call object the page passed.
    browser.js("const h = cti.history; sent.phoneNumber = '+1900'; sent.customData = 'x';"
        + "for (const e of h) { try { e.method = 'x'; e.direction = 'dropped'; e.time = 0; delete e.payload; } catch (x) {}"
        + "  try { e.payload.phone_number = '+1900'; e.payload.id = 666; } catch (x) {}"
        + "  try { e.payload.contact.name = 'Mallory'; e.payload.contact.phones.push('+1900'); } catch (x) {} }"
        + "try { h.push({method: 'junk'}); h.reverse(); h.length = 0; } catch (x) {}");
    browser.js("'use strict'; const h = cti.history;"
        + "for (const e of h) { try { e.method = 'x'; } catch (x) {} try { e.payload.id = 666; } catch (x) {}"
        + "  try { e.payload.contact.name = 'Mallory'; } catch (x) {} try { e.payload.contact.phones[0] = '+1900'; } catch (x) {} }");
    assertEquals(before, browser.js("return JSON.stringify(cti.history.map(e => [e.direction, e.method, e.payload, e.reason]))"));
    assertEquals("[[\"out\",\"initiate_call\",{\"phone_number\":\"+14155550123\",\"custom_data\":\"crm-1\"},null],"
        + "[\"in\",\"call_ringing\",{\"state\":\"on\",\"id\":1,\"contact\":{\"name\":\"Ada\",\"phones\":[\"+1\"]}},null]]",
        before);
    // A later history (one more entry) still shows the originals.
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'off', id: 1}))");
    browser.waitUntil("cti.history.length === 3");
    assertTrue(((String) browser.js("return JSON.stringify(cti.history.slice(0, 2).map(e => [e.direction, e.method, e.payload, e.reason]))"))
        .equals(before));
    assertEquals(true, browser.js("return cti.history[0] !== cti.history[0] || Object.isFrozen(cti.history[0].payload)"));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void editsToAListenersPayloadChangeNeitherStateCallsNorHistory(boolean development) {
    browser.open(dev("host.html", development));
    WebElement frame = browser.mountReady("");
    // The first listener of each kind vandalises its payload; the later ones record what they got.
    browser.js("cti.on('call_ringing', (p) => { p.id = 666; p.state = 'off'; p.contact.name = 'Mallory';"
        + "  p.contact.phones.push('+1900'); p.injected = true; });"
        + "cti.on('message', (m) => { if (m.payload && m.payload.contact) m.payload.contact.title = 'CEO'; m.method = 'x'; });"
        + "cti.on('state', (s) => { try { s.calls[0].contact.name = 'Eve'; } catch (e) {} });"
        + "window.later = []; cti.on('call_ringing', (p) => later.push(JSON.stringify(p)));");
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'on', id: 1, contact: {name: 'Ada', phones: ['+1']}}))");
    browser.waitUntil("later.length === 1");
    String original = "{\"state\":\"on\",\"id\":1,\"contact\":{\"name\":\"Ada\",\"phones\":[\"+1\"]}}";
    assertEquals(original, browser.js("return JSON.stringify(cti.state.calls[0])"));
    assertEquals(original, browser.js("return JSON.stringify(cti.history[cti.history.length - 1].payload)"));
    assertEquals("call_ringing", browser.js("return cti.history[cti.history.length - 1].method"));
    assertEquals(true, browser.js("return cti.state.ringing && cti.state.calls.length === 1"));
    // And still after the next message.
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'on', id: 2}))");
    browser.waitUntil("later.length === 2 && cti.state.calls.length === 2");
    assertEquals(original, browser.js("return JSON.stringify(cti.state.calls[0])"));
    assertEquals(original, browser.js("return JSON.stringify(cti.history.filter(e => e.method === 'call_ringing')[0].payload)"));
  }

  // ---------------------------------------------------------------- DialpadCti.instances

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void nothingDoneToInstancesDefeatsAlreadyMountedOrMakesDebugAndMountThrowRawErrors(boolean development) {
    browser.open(dev("host.html", development));
    browser.mountReady("");
    String again = "try { DialpadCti.mount('#phone', {url: arguments[0]}); return 'mounted'; }"
        + " catch (e) { return [e.name, e.code, DialpadCti.isError(e)].join(' '); }";
    String refused = "DialpadCtiError already_mounted true";

    browser.js("DialpadCti.instances.length = 0;");
    assertEquals(refused, browser.js(again, browser.ctiUrl()), "emptied");
    assertEquals(1L, browser.js("return document.querySelectorAll('#phone iframe').length"));

    browser.js("DialpadCti.instances.push(null, undefined, 42, 'x', {}, {iframe: 1, getIframe() { throw new Error('rigged'); }},"
        + " new Proxy({}, {get() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); }}));"
        + "DialpadCti.instances.unshift(DialpadCti.instances.pop());");
    assertEquals("ok", browser.js("try { DialpadCti.debug(true); DialpadCti.debug(false); return 'ok'; }"
        + " catch (e) { return String(e); }"), "debug with junk in instances");
    assertEquals(refused, browser.js(again, browser.ctiUrl()), "junk pushed");
    // Another container mounts, and debug(true) reaches both real instances.
    assertEquals("ok", browser.js("try { window.second = DialpadCti.mount('#second', {url: arguments[0]});"
        + " DialpadCti.debug(true); return 'ok'; } catch (e) { return String(e); }", browser.ctiUrl()));
    assertEquals(List.of(true, true), browser.list("return [cti.debug, second.debug]"));
    browser.js("DialpadCti.debug(false)");
    assertEquals(true, browser.js("return DialpadCti.instances.length === 2 && DialpadCti.instances[0] === cti"
        + " && DialpadCti.instances[1] === second"), "the list shows the live instances again");

    browser.js("Object.freeze(DialpadCti.instances);");
    assertEquals(refused, browser.js(again, browser.ctiUrl()), "frozen");
    assertEquals("ok", browser.js("try { DialpadCti.debug(true); DialpadCti.debug(false); second.destroy();"
        + " window.third = DialpadCti.mount('#second', {url: arguments[0]}); return 'ok'; }"
        + " catch (e) { return String(e); }", browser.ctiUrl()), "mount, debug and destroy with a frozen list");
    assertEquals(refused, browser.js(again.replace("#phone", "#second"), browser.ctiUrl()));

    // Rigged elements and a replaced list.
    browser.js("try { DialpadCti.instances = []; } catch (e) {}");
    browser.js("cti.destroy(); third.destroy();");
    assertEquals("ok", browser.js("try { window.cti = DialpadCti.mount('#phone', {url: arguments[0]}); return 'ok'; }"
        + " catch (e) { return String(e); }", browser.ctiUrl()), "destroyed: the container is free again");
    assertEquals(refused, browser.js(again, browser.ctiUrl()));
    assertEquals(1L, browser.js("return document.querySelectorAll('#phone iframe').length"));
  }

  @Test
  void aRiggedInstancesArrayOnAFreshPageCannotBreakMount() {
    browser.open("host.html");
    // Before any mount: indexes with throwing getters, a length that cannot be set.
    browser.js("Object.defineProperty(DialpadCti.instances, 0, {get() { throw new Error('rigged'); }, configurable: false});"
        + "Object.defineProperty(DialpadCti.instances, 'length', {writable: false});");
    assertEquals("ok", browser.js("try { window.cti = DialpadCti.mount('#phone', {url: arguments[0]});"
        + " DialpadCti.debug(true); DialpadCti.debug(false); return 'ok'; } catch (e) { return String(e); }", browser.ctiUrl()));
    assertEquals("DialpadCtiError already_mounted", browser.js("try { DialpadCti.mount('#phone', {url: arguments[0]});"
        + " return 'mounted'; } catch (e) { return e.name + ' ' + e.code; }", browser.ctiUrl()));
    assertEquals("ok", browser.js("try { cti.destroy(); return 'ok'; } catch (e) { return String(e); }"));
  }

  // ---------------------------------------------------------------- warnings

  /** Before mount: console.warn recorded in window.warns (and still written). */
  private static void recordConsoleWarnings() {
    browser.js("window.warns = []; const w = console.warn.bind(console);"
        + "console.warn = (...a) => { warns.push(a.map(String).join(' ')); w(...a); };");
  }

  /** Mounts as window.cti with a warning listener added right after mount; warnings land in window.warnings. */
  private static void mountListeningForWarnings(String variable, String container) {
    browser.js("window.warnings = window.warnings || [];"
        + "window." + variable + " = DialpadCti.mount('" + container + "', {url: arguments[0], authGraceMs: 0});"
        + variable + ".on('warning', (w) => warnings.push(['" + variable + "', w.code, w.message]));", browser.ctiUrl());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aPageThatIsNotASecureContextWarnsInsecureContext(boolean development) {
    browser.openFrom("http://crm.test:" + browser.hostPort(), "/test-pages/" + dev("host.html", development));
    assertEquals(false, browser.js("return window.isSecureContext"));
    assertTrue(((String) browser.js("return location.origin")).startsWith("http://crm.test:"));
    recordConsoleWarnings();
    mountListeningForWarnings("cti", "#phone");
    browser.waitUntil("warnings.some(w => w[1] === 'insecure_context')");
    browser.await("await cti.once('ready')");
    mountListeningForWarnings("second", "#second");
    browser.waitUntil("warnings.filter(w => w[1] === 'insecure_context').length === 2");
    browser.await("await second.once('ready'); await new Promise(r => setTimeout(r, 300))");
    List<Object> ours = browser.list("return warnings.filter(w => w[1] === 'insecure_context')");
    assertEquals(2, ours.size(), "one event per instance: " + ours);
    String message = (String) ((List<?>) ours.get(0)).get(2);
    assertTrue(message.contains("HTTPS"), message);
    if (development) {
      assertTrue(message.contains("http://crm.test:" + browser.hostPort()) && message.contains("microphone"), message);
    }
    // One console.warn per code and instance: two instances, two lines.
    assertEquals(2L, browser.js("return warns.filter(w => w.includes('insecure_context')).length"),
        String.valueOf(browser.js("return warns")));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aSecureContextGetsNoInsecureContextWarning(boolean development) {
    browser.open(dev("host.html", development));
    assertEquals(true, browser.js("return window.isSecureContext"));
    recordConsoleWarnings();
    mountListeningForWarnings("cti", "#phone");
    browser.await("await cti.once('ready'); await new Promise(r => setTimeout(r, 500))");
    assertEquals(List.of(), browser.list("return warnings"));
    assertEquals(0L, browser.js("return warns.length"), String.valueOf(browser.js("return warns")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"host.mic-none.html", "host.mic-self.html", "host.mic-none.dev.html", "host.mic-self.dev.html"})
  void aPermissionsPolicyThatKeepsTheMicrophoneFromTheCtiWarnsMicrophoneBlocked(String page) {
    browser.open(page);
    recordConsoleWarnings();
    mountListeningForWarnings("cti", "#phone");
    browser.waitUntil("warnings.some(w => w[1] === 'microphone_blocked')");
    browser.await("await cti.once('ready'); await new Promise(r => setTimeout(r, 300))");
    assertEquals(false, browser.js("return cti.iframe.featurePolicy.allowsFeature('microphone')"));
    List<Object> ours = browser.list("return warnings.filter(w => w[1] === 'microphone_blocked')");
    assertEquals(1, ours.size(), String.valueOf(ours));
    String message = (String) ((List<?>) ours.get(0)).get(2);
    String header = "microphone=(self \"" + browser.server.ctiOrigin() + "\")";
    assertTrue(message.contains(header), message);
    assertEquals(1L, browser.js("return warns.filter(w => w.includes('microphone_blocked')).length"),
        String.valueOf(browser.js("return warns")));
    assertEquals(List.of(), browser.list("return warnings.filter(w => w[1] !== 'microphone_blocked')"),
        "a secure page warns of nothing else");
    // A second instance on the same page warns too, once.
    mountListeningForWarnings("second", "#second");
    browser.waitUntil("warnings.filter(w => w[1] === 'microphone_blocked').length === 2");
    browser.await("await second.once('ready'); await new Promise(r => setTimeout(r, 300))");
    assertEquals(2L, browser.js("return warns.filter(w => w.includes('microphone_blocked')).length"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"host.html", "host.mic-cti.html", "host.dev.html", "host.mic-cti.dev.html"})
  void aPolicyThatDelegatesTheMicrophoneOrNoPolicyWarnsNothing(String page) {
    browser.open(page);
    recordConsoleWarnings();
    mountListeningForWarnings("cti", "#phone");
    browser.await("await cti.once('ready'); await new Promise(r => setTimeout(r, 500))");
    assertEquals(true, browser.js("return cti.iframe.featurePolicy.allowsFeature('microphone')"));
    assertEquals(List.of(), browser.list("return warnings"));
    assertEquals(0L, browser.js("return warns.length"), String.valueOf(browser.js("return warns")));
  }

  // ---------------------------------------------------------------- clickToDial

  /** Contacts, a guard that keeps unhandled clicks from navigating, and window.cti mounted. */
  private static WebElement contacts() {
    browser.js("document.body.insertAdjacentHTML('beforeend', `<ul id='contacts'>"
        + "<li><a id='ada' href='tel:+14155550123'>Ada</a></li>"
        + "<li><a id='bob' href='tel:+14155550100'>Bob</a></li>"
        + "</ul>`);"
        + "window.navigated = []; addEventListener('click', e => {"
        + "  if (!e.defaultPrevented) navigated.push(e.composedPath()[0].id || e.target.id); e.preventDefault(); });");
    return browser.mountReady("");
  }

  /** What clickToDial({root}) did with each of {@code roots} (a JS object expression, name → root). */
  private static List<Object> rootVerdicts(String setup, String roots) {
    return browser.list(setup + "const out = []; const roots = " + roots + ";"
        + "for (const [name, root] of Object.entries(roots)) {"
        + "  try { cti.clickToDial({root}); out.push(name + ' accepted'); }"
        + "  catch (e) { out.push(name + ' ' + e.name + ' ' + e.code + ' ' + DialpadCti.isError(e) + ' ' + (e instanceof TypeError)); } }"
        + "return out;");
  }

  private static List<String> refused(String... names) {
    List<String> expected = new java.util.ArrayList<>();
    for (String name : names) {
      expected.add(name + " DialpadCtiError invalid_argument true false");
    }
    return expected;
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aRootThatIsNotARealElementDocumentOrShadowRootIsInvalidArgument(boolean development) {
    browser.open(dev("host.html", development));
    contacts();
    List<Object> verdicts = rootVerdicts("const fake = Object.create(HTMLElement.prototype);"
        + "const branded = Object.create(HTMLElement.prototype); Object.defineProperty(branded, 'nodeType', {value: 1});",
        "{proxy: new Proxy(document, {}), elementProxy: new Proxy(document.body, {}), prototypeObject: fake,"
        + "  prototypeObjectWithNodeType: branded, text: document.createTextNode('x'), comment: document.createComment('x'),"
        + "  fragment: document.createDocumentFragment(), attr: document.createAttribute('x'), plain: {},"
        + "  window: window, number: 1, string: 'body', fn: () => document, array: [document],"
        + "  revokedProxy: (() => { const r = Proxy.revocable(document, {}); r.revoke(); return r.proxy; })()}");
    assertEquals(refused("proxy", "elementProxy", "prototypeObject", "prototypeObjectWithNodeType", "text", "comment",
        "fragment", "attr", "plain", "window", "number", "string", "fn", "array", "revokedProxy"), verdicts);
    // Real ones are accepted: the document, an element, an open and a closed shadow root, another document.
    List<Object> real = browser.list("const out = []; const host = document.createElement('div'); document.body.append(host);"
        + "const closedHost = document.createElement('div'); document.body.append(closedHost);"
        + "const roots = {document, element: document.getElementById('contacts'), body: document.body,"
        + "  openShadow: host.attachShadow({mode: 'open'}), closedShadow: closedHost.attachShadow({mode: 'closed'}),"
        + "  otherDocument: document.implementation.createHTMLDocument('x'), detached: document.createElement('div'),"
        + "  svg: document.createElementNS('http://www.w3.org/2000/svg', 'svg')};"
        + "for (const [name, root] of Object.entries(roots)) {"
        + "  try { const stop = cti.clickToDial({root}); stop(); out.push(name + ' ' + typeof stop); }"
        + "  catch (e) { out.push(name + ' ' + e.code + ' ' + e.message); } } return out;");
    assertEquals(List.of("document function", "element function", "body function", "openShadow function",
        "closedShadow function", "otherDocument function", "detached function", "svg function"), real);
    // None of the refused ones left a listener: a click on a link still navigates.
    browser.driver.findElement(By.id("ada")).click();
    assertEquals(List.of("ada"), browser.list("return navigated"));
  }

  /**
   * Look-alikes that answer {@code nodeType} themselves: a plain object with a nodeType of 1 or 9
   * and its own addEventListener, and a Proxy of document whose get trap reads from the document
   * (so nodeType is 9 and addEventListener is the document's, bound). None is a real node.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aLookAlikeThatAnswersNodeTypeItselfIsInvalidArgumentToo(boolean development) {
    browser.open(dev("host.html", development));
    contacts();
    List<Object> verdicts = rootVerdicts("const forwarding = new Proxy(document, {get: (t, k) => { const v = Reflect.get(t, k);"
        + "  return typeof v === 'function' ? v.bind(t) : v; }});",
        "{forwardingProxy: forwarding,"
        + "  plainWithNodeType: {nodeType: 1, addEventListener() {}, removeEventListener() {}},"
        + "  plainDocumentLike: {nodeType: 9, addEventListener() {}, removeEventListener() {}},"
        + "  plainShadowLike: Object.assign(Object.create(ShadowRoot.prototype), {}),"
        + "  elementWithNodeTypeGetter: Object.create(document.body, {nodeType: {value: 1}})}");
    assertEquals(refused("forwardingProxy", "plainWithNodeType", "plainDocumentLike", "plainShadowLike",
        "elementWithNodeTypeGetter"), verdicts);
  }

  @Test
  void linksAndButtonsInsideOpenShadowRootsUnderTheRootDial() {
    browser.open("host.html");
    WebElement frame = contacts();
    browser.js("const host = document.createElement('div'); host.id = 'widget';"
        + "document.getElementById('contacts').append(host);"
        + "const shadow = host.attachShadow({mode: 'open'});"
        + "shadow.innerHTML = `<a id='inner' href='tel:+442071838750'><b id='inner-label'>Carol</b></a>"
        + "  <button id='inner-button' data-dialpad-call='+33142685300'>Dave</button><div id='deeper'></div>`;"
        + "const deeper = shadow.getElementById('deeper').attachShadow({mode: 'open'});"
        + "deeper.innerHTML = `<a id='deepest' href='tel:+4930901820'>Eve</a>`;"
        + "const outside = document.createElement('div'); outside.id = 'outside'; document.body.append(outside);"
        + "outside.attachShadow({mode: 'open'}).innerHTML = `<a id='elsewhere' href='tel:+14155550199'>Far</a>`;"
        + "window.stop = cti.clickToDial({root: document.getElementById('contacts')});");
    SearchContext shadow = browser.driver.findElement(By.id("widget")).getShadowRoot();
    shadow.findElement(By.id("inner-label")).click();
    browser.waitForFrame(frame, "__raw.length === 1");
    shadow.findElement(By.id("inner-button")).click();
    browser.waitForFrame(frame, "__raw.length === 2");
    shadow.findElement(By.id("deeper")).getShadowRoot().findElement(By.id("deepest")).click();
    browser.waitForFrame(frame, "__raw.length === 3");
    // A shadow root outside the root is not the root's.
    browser.driver.findElement(By.id("outside")).getShadowRoot().findElement(By.id("elsewhere")).click();
    pause(200);
    assertEquals(List.of("initiate_call {\"phone_number\":\"+442071838750\"}",
        "initiate_call {\"phone_number\":\"+33142685300\"}", "initiate_call {\"phone_number\":\"+4930901820\"}"),
        received(frame));
    assertEquals(List.of("elsewhere"), browser.list("return navigated"));
    // A shadow root as the root, and the default root (the document) reaching into shadow roots.
    browser.js("stop(); window.stop = cti.clickToDial({root: document.getElementById('widget').shadowRoot});");
    pause(600);
    shadow.findElement(By.id("inner")).click();
    browser.waitForFrame(frame, "__raw.length === 4");
    browser.js("stop(); window.stop = cti.clickToDial();");
    browser.driver.findElement(By.id("outside")).getShadowRoot().findElement(By.id("elsewhere")).click();
    browser.waitForFrame(frame, "__raw.length === 5");
    assertEquals("initiate_call {\"phone_number\":\"+14155550199\"}", received(frame).get(4));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void anOnDialPromiseIsAwaitedFalseCancelsARejectionDialsNothing(boolean development) {
    browser.open(dev("host.html", development));
    WebElement frame = contacts();
    browser.js("window.errors = []; const e = console.error.bind(console);"
        + "console.error = (...a) => { errors.push(a.map(String).join(' ')); e(...a); };"
        + "document.getElementById('contacts').insertAdjacentHTML('beforeend',"
        + "  `<li><a id='no' href='tel:+15550000001'>no</a></li><li><a id='yes' href='tel:+15550000002'>yes</a></li>"
        + "  <li><a id='undef' href='tel:+15550000003'>undefined</a></li><li><a id='reject' href='tel:+15550000004'>reject</a></li>"
        + "  <li><a id='slow' href='tel:+15550000005'>slow</a></li><li><a id='slowno' href='tel:+15550000006'>slow no</a></li>"
        + "  <li><a id='thenno' href='tel:+15550000007'>thenable no</a></li><li><a id='edit' href='tel:+15550000008'>edit</a></li>`);"
        + "window.asked = [];"
        + "cti.clickToDial({onDial: (call, el) => { asked.push(el.id); switch (el.id) {"
        + "  case 'no': return Promise.resolve(false);"
        + "  case 'yes': return Promise.resolve(true);"
        + "  case 'undef': return Promise.resolve(undefined);"
        + "  case 'reject': return Promise.reject(new Error('crm said no'));"
        + "  case 'slow': return new Promise(r => setTimeout(() => r(true), 400));"
        + "  case 'slowno': return new Promise(r => setTimeout(() => r(false), 400));"
        + "  case 'thenno': return {then(r) { r(false); }};"
        + "  case 'edit': return new Promise(r => setTimeout(() => { call.customData = 'late'; r(); }, 100));"
        + "} }});");
    for (String id : List.of("no", "yes", "undef", "reject", "thenno")) {
      browser.driver.findElement(By.id(id)).click();
    }
    browser.waitForFrame(frame, "__raw.length === 2");
    pause(300);
    assertEquals(List.of("initiate_call {\"phone_number\":\"+15550000002\"}", "initiate_call {\"phone_number\":\"+15550000003\"}"),
        received(frame));
    browser.driver.findElement(By.id("slow")).click();
    browser.driver.findElement(By.id("slowno")).click();
    pause(150);
    assertEquals(2, received(frame).size(), "not before the Promise settles");
    browser.waitForFrame(frame, "__raw.length === 3");
    browser.driver.findElement(By.id("edit")).click();
    browser.waitForFrame(frame, "__raw.length === 4");
    pause(300);
    assertEquals(List.of("initiate_call {\"phone_number\":\"+15550000005\"}",
        "initiate_call {\"phone_number\":\"+15550000008\",\"custom_data\":\"late\"}"), received(frame).subList(2, 4));
    assertEquals(List.of("no", "yes", "undef", "reject", "thenno", "slow", "slowno", "edit"), browser.list("return asked"));
    assertEquals(List.of(), browser.list("return navigated"), "every handled click was kept from navigating");
    // The rejection was reported, not left unhandled (the page-error check after the test).
    assertTrue(browser.list("return errors").stream().anyMatch(e -> ((String) e).contains("crm said no")),
        String.valueOf(browser.list("return errors")));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aDoubleClickPlacesOneCallAndAClickAfter500MsAnother(boolean development) {
    browser.open(dev("host.html", development));
    WebElement frame = contacts();
    browser.js("cti.clickToDial();");
    WebElement ada = browser.driver.findElement(By.id("ada"));
    new Actions(browser.driver).doubleClick(ada).perform();
    browser.waitForFrame(frame, "__raw.length === 1");
    pause(200);
    assertEquals(1, received(frame).size(), "a double click is one call");
    // Two quick clicks on different elements are two calls.
    browser.js("document.getElementById('bob').click(); document.getElementById('ada').click();");
    browser.waitForFrame(frame, "__raw.length === 3");
    pause(600);
    // Past 500 ms, the same element dials again; and a burst of clicks is one call.
    browser.js("for (let i = 0; i < 5; i++) document.getElementById('ada').click();");
    browser.waitForFrame(frame, "__raw.length === 4");
    pause(600);
    ada.click();
    browser.waitForFrame(frame, "__raw.length === 5");
    pause(200);
    assertEquals(List.of("initiate_call {\"phone_number\":\"+14155550123\"}", "initiate_call {\"phone_number\":\"+14155550100\"}",
        "initiate_call {\"phone_number\":\"+14155550123\"}", "initiate_call {\"phone_number\":\"+14155550123\"}",
        "initiate_call {\"phone_number\":\"+14155550123\"}"), received(frame));
    assertEquals(List.of(), browser.list("return navigated"), "the ignored second clicks did not navigate either");
  }

  // ---------------------------------------------------------------- no_document

  /** Runs {@code module} (an ES module's text) with Node from the project folder; returns its output. */
  private static String node(String module) throws Exception {
    Path script = Files.createTempFile(Path.of("target"), "no-document", ".mjs");
    try {
      Files.writeString(script, module, StandardCharsets.UTF_8);
      Process process = new ProcessBuilder("node", script.toString()).redirectErrorStream(true).start();
      byte[] out = process.getInputStream().readAllBytes();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "node timed out");
      String text = new String(out, StandardCharsets.UTF_8).trim();
      assertEquals(0, process.exitValue(), text);
      return text;
    } finally {
      Files.deleteIfExists(script);
    }
  }

  /** What mount (with {@code args}) threw, as "name code isError|message"; a JS expression over {@code m}. */
  private static final String TRY_MOUNT = "(args) => { try { m.mount(...args); return 'mounted'; }"
      + " catch (e) { return e.name + ' ' + e.code + ' ' + m.isError(e) + '|' + e.message; } }";

  @ParameterizedTest
  @ValueSource(strings = {"dialpad-cti.mjs", "dialpad-cti.dev.mjs"})
  void mountInNodeThrowsNoDocument(String module) throws Exception {
    browser.driver.get("about:blank");
    Path dist = Path.of("target/dist", module).toAbsolutePath();
    assertTrue(Files.exists(dist), dist + " is built by package");
    String out = node("const m = await import(" + quote(dist.toUri().toString()) + ");"
        + "const tryMount = " + TRY_MOUNT + ";"
        + "console.log(JSON.stringify([tryMount(['#phone', {clientId: 'x'}]), tryMount([{}, {clientId: 'x'}]),"
        + " tryMount(['#phone', {url: 'https://dialpad.com/apps/x'}]), typeof m.default.mount]));");
    List<Object> seen = new org.openqa.selenium.json.Json().toType(out, List.class);
    assertEquals("function", seen.get(3));
    for (Object result : seen.subList(0, 3)) {
      String s = (String) result;
      assertTrue(s.startsWith("DialpadCtiError no_document true|"), s);
      if (module.contains(".dev.")) {
        String message = s.substring(s.indexOf('|') + 1);
        assertTrue(message.contains("browser") && message.contains("effect") && message.contains("onMounted"), message);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dialpad-cti.mjs", "dialpad-cti.dev.mjs"})
  void mountInAWorkerThrowsNoDocument(String module) {
    browser.open("host.html");
    Object result = browser.await("const source = `import * as m from '${location.origin}/dist/" + module + "';"
        + " const tryMount = " + TRY_MOUNT + ";"
        + " postMessage(tryMount(['#phone', {clientId: 'x'}]));`;"
        + "const worker = new Worker(URL.createObjectURL(new Blob([source], {type: 'text/javascript'})), {type: 'module'});"
        + "return await new Promise((resolve) => { worker.onmessage = (e) => resolve(e.data);"
        + "  worker.onerror = (e) => resolve('worker error: ' + e.message); });");
    String s = String.valueOf(result);
    assertTrue(s.startsWith("DialpadCtiError no_document true|"), s);
    if (module.contains(".dev.")) {
      assertTrue(s.contains("browser") && s.contains("onMounted"), s);
    }
  }

  private static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  // ---------------------------------------------------------------- the national-number hint

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aNationalNumbersDevelopmentMessageMentionsDefaultCountryCodeAndToE164(boolean development) {
    browser.open(dev("host.html", development));
    browser.mountReady("");
    for (String number : List.of("415 555 0123", "(415) 555-0123", "020 7183 8750")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> e = (Map<String, Object>) browser.await("return await cti.initiateCall(arguments[0])"
          + ".then(() => 'posted', e => ({code: e.code, message: e.message, name: e.name}))", number);
      assertEquals("invalid_phone_number", e.get("code"), number);
      assertEquals("DialpadCtiError", e.get("name"));
      String message = (String) e.get("message");
      assertEquals(development, message.contains("defaultCountryCode"), message);
      assertEquals(development, message.contains("toE164"), message);
      // Through the object form too.
      Object same = browser.await("return await cti.initiateCall({phoneNumber: arguments[0]}).then(() => 'posted', e => e.message)", number);
      assertEquals(development, ((String) same).contains("defaultCountryCode") && ((String) same).contains("toE164"),
          (String) same);
    }
    // A number that is not national (letters) gets no such hint; nothing was posted.
    Object letters = browser.await("return await cti.initiateCall('call me').then(() => 'posted', e => e.message)");
    assertTrue(!((String) letters).contains("defaultCountryCode"), (String) letters);
    assertEquals(0L, browser.js("return cti.history.filter(e => e.direction === 'out').length"));
  }
}
