package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The session lifecycle (SPEC §8) in Chromium against the mock CTI on another origin: commands
 * wait for load and login and are never lost or posted twice across reloads and a moved iframe;
 * calls are tracked per id; the tab is claimed; the CTI hides without losing its call.
 */
class LifecycleBrowserIT extends BrowserTest {
  private static final String CALL = "+14155550123";

  @BeforeEach
  void openHost() {
    browser.open("host.html");
  }

  @AfterEach
  void noPageErrors() {
    browser.driver.switchTo().defaultContent();
    assertEquals(List.of(), browser.pageErrors());
  }

  /** Mounts the mock CTI (query {@code mockQuery}) as window.cti with {@code options} (", key: value" each). */
  private void mount(String mockQuery, String options) {
    browser.js("window.cti = DialpadCti.mount('#phone', {url: arguments[0]" + options + "});"
        + "window.states = []; cti.on('state', (s) => states.push(s));"
        + "window.reloads = 0; cti.on('reload', () => reloads++);", mockUrl(mockQuery));
  }

  private String mockUrl(String query) {
    return browser.server.ctiOrigin() + "/mock/mock-cti.html?" + query;
  }

  /** The mock's frame once its page (the current one) has loaded. */
  private WebElement mock() {
    WebElement iframe = (WebElement) browser.js("return cti.iframe");
    browser.waitForFrame(iframe, "window.mockCti && document.readyState === 'complete'");
    return iframe;
  }

  /** What the mock received, as "method verdict" lines. */
  private List<Object> received(WebElement mock) {
    return browser.list("return arguments[0]", browser.inFrame(mock,
        "return mockCti.received.map(r => r.data.method + ' ' + r.verdict)"));
  }

  /** The methods the library posted, from its history. */
  private List<Object> posted() {
    return browser.list("return cti.history.filter(e => e.direction === 'out').map(e => e.method)");
  }

  private void settleInto(String variable, String promise) {
    browser.js("window." + variable + " = 'pending'; " + promise
        + ".then(() => { window." + variable + " = 'posted'; }, (e) => { window." + variable + " = e.code; });");
  }

  @Test
  void aCallIssuedBeforeTheFrameLoadsReachesALoggedInCtiOnce() {
    mount("autoLogin=1", "");
    settleInto("call", "cti.initiateCall('" + CALL + "')");
    assertEquals(false, browser.js("return cti.state.ready"));
    browser.waitUntil("window.call === 'posted'");
    WebElement mock = mock();
    browser.waitForFrame(mock, "mockCti.received.length === 1");
    assertEquals(List.of("initiate_call accepted"), received(mock));
    assertEquals(true, browser.js("return cti.state.authenticated"));
  }

  @Test
  void aCallWhileLoggedOutWaitsForLoginThenIsPostedOnce() {
    mount("", "");
    WebElement mock = mock();
    browser.waitUntil("cti.state.authenticated === false");
    settleInto("call", "cti.initiateCall('" + CALL + "')");
    settleInto("tab", "cti.enableCurrentTab()");
    browser.await("await new Promise(r => setTimeout(r, 300))");
    assertEquals(List.of("pending", "pending"), browser.list("return [window.call, window.tab]"));
    assertEquals(List.of(), received(mock), "nothing reaches a logged-out CTI");

    browser.inFrame(mock, "mockCti.login(77)");
    browser.waitUntil("window.call === 'posted' && window.tab === 'posted'");
    browser.waitForFrame(mock, "mockCti.received.length === 2");
    assertEquals(List.of("initiate_call accepted", "enable_current_tab accepted"), received(mock), "in order");
    assertEquals(77L, browser.js("return cti.state.userId"));
  }

  @Test
  void aCallStillLoggedOutAfterLoginTimeoutMsRejectsWithNotLoggedInAndPostsNothing() {
    mount("", ", loginTimeoutMs: 400");
    WebElement mock = mock();
    browser.waitUntil("cti.state.authenticated === false");
    Object error = browser.await("return await cti.initiateCall('" + CALL + "').then(() => 'posted',"
        + " (e) => [e.name, e.code, DialpadCti.isError(e)])");
    assertEquals(List.of("DialpadCtiError", "not_logged_in", true), error);
    assertEquals(List.of(), received(mock));
    assertEquals(List.of(), posted());

    browser.js("window.at = cti.initiateCall('" + CALL + "').then(() => 'posted', e => e.code);"
        + "cti.destroy(); DialpadCti.mount('#second', {url: arguments[0], loginTimeoutMs: 0})", mockUrl(""));
    Object code = browser.await("const other = DialpadCti.instances[0]; await new Promise(r => {"
        + " const off = other.on('state', s => { if (s.authenticated === false) { off(); r(); } }); });"
        + " return await other.initiateCall(arguments[0]).then(() => 'posted', e => e.code)", CALL);
    assertEquals("not_logged_in", code, "loginTimeoutMs 0 rejects at once while logged out");
    assertEquals("destroyed", browser.await("return await at"));
  }

  @Test
  void aCtiThatNeverSaysWhoIsLoggedInIsPostedToAfterTheGrace() {
    mount("announceAuth=0", ", authGraceMs: 1500");
    WebElement mock = mock();
    browser.waitUntil("cti.state.ready");
    settleInto("call", "cti.initiateCall('" + CALL + "')");
    assertEquals("pending", browser.js("return window.call"), "within the grace it waits");
    browser.waitUntil("window.call === 'posted'");
    assertEquals(null, browser.js("return cti.state.authenticated"), "still unknown");
    browser.waitForFrame(mock, "mockCti.received.length === 1");
    assertEquals(List.of("initiate_call refused: not logged in"), received(mock),
        "posted; the mock (nobody logged in) shows its login, as Dialpad does");
  }

  @Test
  void aReloadInTheMiddleOfAQueueLosesNothingAndPostsNothingTwice() {
    mount("", "");
    WebElement mock = mock();
    browser.inFrame(mock, "mockCti.login()");
    browser.waitUntil("cti.state.authenticated === true");
    browser.inFrame(mock, "mockCti.ring()");
    browser.waitUntil("cti.state.calls.length === 1");
    browser.inFrame(mock, "mockCti.logout()");
    browser.waitUntil("cti.state.authenticated === false");
    settleInto("first", "cti.initiateCall('" + CALL + "')");
    settleInto("second", "cti.send('future_method', {n: 2})");
    settleInto("third", "cti.hangUpAllCalls()");

    browser.js("cti.on('reload', () => { const s = cti.state;"
        + " window.atReload = [s.ready, s.authenticated, s.calls.length, s.ringing]; })");
    browser.inFrame(mock, "mockCti.reload()");
    browser.waitUntil("window.reloads === 1");
    assertEquals(List.of("pending", "pending", "pending"), browser.list("return [first, second, third]"));
    assertEquals(java.util.Arrays.asList(true, null, 0L, false), browser.list("return atReload"),
        "the new page: loaded, login unknown, no calls");
    WebElement reloaded = mock();
    browser.waitUntil("cti.state.authenticated === false");

    browser.inFrame(reloaded, "mockCti.login()");
    browser.waitUntil("[first, second, third].every(s => s === 'posted')");
    browser.waitForFrame(reloaded, "mockCti.received.length === 3");
    assertEquals(List.of("initiate_call accepted", "future_method rejected: unknown method future_method",
        "hang_up_all_calls accepted"), received(reloaded));
    assertEquals(List.of("initiate_call", "future_method", "hang_up_all_calls"), posted(), "each posted once");
  }

  @Test
  void aCommandRightAfterThePageMovesTheIframeIsDeliveredToTheNewPage() {
    mount("autoLogin=1", "");
    mock();
    browser.waitUntil("cti.state.authenticated === true");
    // A framework re-render: the same iframe element, put into another container. The browser gives
    // it a new window, which drops whatever is posted before its page has loaded.
    settleInto("call", "(document.getElementById('second').appendChild(cti.iframe),"
        + " cti.initiateCall('" + CALL + "'))");
    assertEquals(List.of("pending", false), browser.list("return [window.call, cti.state.ready]"));
    settleInto("readyAgain", "cti.once('ready')");
    browser.waitUntil("window.reloads === 1 && window.call === 'posted' && window.readyAgain === 'posted'");
    WebElement moved = mock();
    browser.waitForFrame(moved, "mockCti.received.length === 1");
    assertEquals(List.of("initiate_call accepted"), received(moved));
    assertEquals(List.of("initiate_call"), posted());
  }

  @Test
  void aCommandWhileTheIframeIsOutOfTheDocumentRejectsWithNotAttached() {
    mount("autoLogin=1", "");
    mock();
    browser.waitUntil("cti.state.authenticated === true");
    assertEquals("not_attached", browser.await("cti.iframe.remove();"
        + " return await cti.initiateCall(arguments[0]).then(() => 'posted', e => e.code)", CALL));
    assertEquals(List.of(), posted());
  }

  @Test
  void overlappingCallsAreTrackedByIdWhateverOrderTheyStop() {
    mount("autoLogin=1", "");
    WebElement mock = mock();
    browser.waitUntil("cti.state.authenticated === true");
    Object first = browser.inFrame(mock, "return mockCti.ring({contact: {id: 1, phone: '+14155550001',"
        + " type: 'contact', name: 'First', email: 'a@example.com'}})");
    Object second = browser.inFrame(mock, "return mockCti.ring()");
    browser.waitUntil("cti.state.calls.length === 2");
    assertEquals(List.of(first, second), browser.list("return cti.state.calls.map(c => c.id)"));
    assertEquals(true, browser.js("return cti.state.ringing"));

    browser.inFrame(mock, "mockCti.decline(arguments[0])", first);
    browser.waitUntil("cti.state.calls.length === 1");
    assertEquals(List.of(second), browser.list("return cti.state.calls.map(c => c.id)"), "the first stopped");
    assertEquals(true, browser.js("return cti.state.ringing"), "the second still rings");

    Object third = browser.inFrame(mock, "return mockCti.ring()");
    browser.waitUntil("cti.state.calls.length === 2");
    browser.inFrame(mock, "mockCti.answer(arguments[0])", third);
    browser.waitUntil("cti.state.calls.length === 1");
    browser.inFrame(mock, "mockCti.answer(arguments[0])", second);
    browser.waitUntil("cti.state.calls.length === 0");
    assertEquals(false, browser.js("return cti.state.ringing"));
  }

  @Test
  void aCallWithoutAnIdCountsAsOneAndAnOffWithoutAnIdEndsOnlyIt() {
    WebElement frame = browser.mountReady("");
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'on', id: 5}),"
        + " envelope('call_ringing', {state: 'on'}), envelope('call_ringing', {state: 'on', external_number: '+1'}))");
    browser.waitUntil("cti.state.calls.length === 2 && cti.state.calls[1].external_number === '+1'");
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'off'}))");
    browser.waitUntil("cti.state.calls.length === 1");
    assertEquals(5L, browser.js("return cti.state.calls[0].id"));
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'off', id: 99}))");
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'off', id: '5'}))");
    browser.waitUntil("cti.state.calls.length === 0");
  }

  @Test
  void autoEnableTabLoginClaimsTheTabOnceAfterEachLogin() {
    mount("", ", autoEnableTab: 'login'");
    WebElement mock = mock();
    browser.waitUntil("cti.state.authenticated === false");
    assertEquals(List.of(), received(mock));
    browser.inFrame(mock, "mockCti.login()");
    browser.waitForFrame(mock, "mockCti.received.length === 1");
    browser.js("window.dispatchEvent(new Event('blur')); window.dispatchEvent(new Event('focus'))");
    browser.inFrame(mock, "mockCti.logout(); mockCti.login()");
    browser.waitForFrame(mock, "mockCti.received.length === 2");
    browser.await("await new Promise(r => setTimeout(r, 200))");
    assertEquals(List.of("enable_current_tab accepted", "enable_current_tab accepted"), received(mock),
        "one per login, none for focus");
    assertEquals(true, browser.inFrame(mock, "return mockCti.tabEnabled"));
  }

  @Test
  void autoEnableTabFocusAlsoClaimsTheTabWhenThePageComesBack() {
    browser.js("window.__hidden = false; Object.defineProperty(document, 'hidden', {configurable: true,"
        + " get: () => __hidden});");
    mount("autoLogin=1", ", autoEnableTab: 'focus'");
    WebElement mock = mock();
    browser.waitForFrame(mock, "mockCti.received.length === 1");
    browser.js("window.dispatchEvent(new Event('focus'))");
    browser.js("window.dispatchEvent(new Event('blur')); window.dispatchEvent(new Event('focus'));"
        + " window.dispatchEvent(new Event('focus'))");
    browser.waitForFrame(mock, "mockCti.received.length === 2");
    browser.js("__hidden = true; document.dispatchEvent(new Event('visibilitychange'));"
        + " __hidden = false; document.dispatchEvent(new Event('visibilitychange'));"
        + " window.dispatchEvent(new Event('focus'))");
    browser.waitForFrame(mock, "mockCti.received.length === 3");
    browser.inFrame(mock, "mockCti.logout()");
    browser.waitUntil("cti.state.authenticated === false");
    browser.js("window.dispatchEvent(new Event('blur')); window.dispatchEvent(new Event('focus'))");
    browser.await("await new Promise(r => setTimeout(r, 200))");
    assertEquals(List.of("enable_current_tab accepted", "enable_current_tab accepted",
        "enable_current_tab accepted"), received(mock),
        "the login, one blur/focus, one hide/show; nothing focused twice or while logged out");
    browser.js("cti.destroy(); window.dispatchEvent(new Event('blur')); window.dispatchEvent(new Event('focus'))");
  }

  @Test
  void hideAndShowKeepTheSameWindowAndTheCallGoesOn() {
    mount("autoLogin=1", "");
    WebElement mock = mock();
    browser.waitUntil("cti.state.authenticated === true");
    browser.inFrame(mock, "mockCti.ring(); mockCti.answer()");
    browser.waitForFrame(mock, "document.getElementById('calling').textContent.startsWith('On a call')");
    browser.js("window.before = cti.iframe.contentWindow; cti.hide(); cti.hide()");
    assertEquals(List.of(true, false, true, true), browser.list("return [cti.iframe.hidden, cti.state.visible,"
        + " cti.iframe.isConnected, cti.iframe.contentWindow === before]"));
    assertEquals("On a call with Ada Lovelace", browser.inFrame(mock,
        "return document.getElementById('calling').textContent"));
    browser.js("cti.show()");
    assertEquals(List.of(false, true, true, 0L), browser.list("return [cti.iframe.hidden, cti.state.visible,"
        + " cti.iframe.contentWindow === before, window.reloads]"));
    assertEquals(List.of(false, true, true), browser.list(
        "return states.slice(-2).map(s => s.visible).concat([states.every(s => Object.isFrozen(s))])"),
        "one state event per change");
  }

  @Test
  void autoShowOnRingShowsAHiddenCtiAndScrollsItIntoView() {
    browser.js("document.body.style.paddingTop = '3000px'");
    mount("autoLogin=1", ", hidden: true, autoShowOnRing: true");
    WebElement mock = mock();
    assertEquals(List.of(true, false), browser.list("return [cti.iframe.hidden, cti.state.visible]"));
    browser.waitUntil("cti.state.authenticated === true");
    browser.inFrame(mock, "mockCti.ring()");
    browser.waitUntil("cti.state.visible");
    assertEquals(false, browser.js("return cti.iframe.hidden"));
    assertTrue(((Number) browser.js("return scrollY")).doubleValue() > 1000, "scrolled to the CTI");
  }

  @Test
  void stateIsOneFrozenObjectUntilSomethingChanges() {
    WebElement frame = browser.mountReady("");
    browser.js("window.states = []; cti.on('state', s => states.push([s, s === cti.state]));");
    assertEquals(List.of(true, true, true), browser.list("const a = cti.state; return [a === cti.state,"
        + " Object.isFrozen(a), Object.isFrozen(a.calls)]"));
    browser.js("window.a = cti.state");
    browser.inFrame(frame, "post(envelope('user_authentication', {user_authenticated: true, user_id: 3}))");
    browser.waitUntil("states.length === 1");
    assertEquals(List.of(false, true, true, 3L), browser.list("const b = cti.state; return [a === b,"
        + " states[0][0] === b, states[0][1], b.userId]"), "a new object, the one the event carried");
    browser.inFrame(frame, "post(envelope('future_method', {}))");
    browser.js("cti.show()");
    assertEquals(1L, browser.js("return states.length"), "nothing changed, no event");
    assertEquals(true, browser.js("const s = cti.state; s.ready = false; return s.ready"), "frozen");
  }

  @Test
  void badLifecycleOptionsThrowWithACodeAndMountNothing() {
    List<Object> codes = browser.list("const out = [];"
        + "for (const o of [{autoEnableTab: true}, {autoEnableTab: 'always'}, {authGraceMs: -1},"
        + "    {loginTimeoutMs: '5'}, {hidden: 'yes'}, {autoShowOnRing: 1}, {loginTimeoutMs: 2 ** 31}]) {"
        + "  try { DialpadCti.mount('#phone', Object.assign({url: arguments[0]}, o)); out.push('mounted'); }"
        + "  catch (e) { out.push(e.code); } }"
        + "return out.concat([document.querySelectorAll('iframe').length]);", browser.ctiUrl());
    assertEquals(List.of("invalid_argument", "invalid_argument", "invalid_argument", "invalid_argument",
        "invalid_argument", "invalid_argument", "invalid_argument", 0L), codes);
  }

  @Test
  void theIframeAndItsCallSurviveAHideWhileAStateListenerHidesOnLogin() {
    // useSyncExternalStore's contract: subscribe with on('state'), read cti.state; a listener that
    // changes the state again sees the newer snapshot.
    mount("autoLogin=1", "");
    browser.js("cti.on('state', s => { if (s.authenticated && s.visible) cti.hide(); });");
    browser.waitUntil("cti.state.authenticated === true && !cti.state.visible");
    assertEquals(Map.of("hidden", true), browser.map("return {hidden: cti.iframe.hidden}"));
  }

  @Test
  void aStrangerPostingA100MbBufferCostsTheLibraryNothing() {
    browser.open("quiet.html");
    browser.await("const f = document.createElement('iframe'); f.src = arguments[0];"
        + " document.getElementById('attacker').appendChild(f); await new Promise(r => f.onload = r);"
        + " window.stranger = f.contentWindow;", browser.attackerUrl());
    // Listeners on either side of the library's: the time between them is the library's alone. The
    // last one then reads the data, which is what the library must not do.
    browser.await("addEventListener('message', (e) => { if (e.source === stranger) window.t0 = performance.now(); });"
        + "window.cti = DialpadCti.mount('#phone', {url: arguments[0], authGraceMs: 0}); await cti.once('ready');"
        + "addEventListener('message', (e) => { if (e.source !== stranger) return; window.t1 = performance.now();"
        + "  const start = performance.now(); window.size = e.data.byteLength;"
        + "  window.readMs = performance.now() - start; });", browser.ctiUrl());
    WebElement attacker = (WebElement) browser.js("return document.querySelector('#attacker iframe')");
    browser.inFrame(attacker, "parent.postMessage(new Uint8Array(100 * 1024 * 1024), '*')");
    browser.waitUntil("window.readMs !== undefined");
    double libraryMs = ((Number) browser.js("return t1 - t0")).doubleValue();
    double readMs = ((Number) browser.js("return readMs")).doubleValue();
    assertEquals(100L * 1024 * 1024, browser.js("return size"));
    System.out.printf("100 MB from a stranger: the library's listener took %.1f ms; reading the data took %.1f ms%n",
        libraryMs, readMs);
    assertTrue(readMs > 5 * libraryMs && readMs > 10,
        "reading the data is what costs (" + readMs + " ms); the library spent " + libraryMs + " ms");
    assertEquals(List.of(0L, true), browser.list("return [cti.history.length, cti.state.ready]"),
        "a stranger's message is not kept");
    assertEquals(List.of(), browser.pageErrors());
  }

  @Test
  void aCommandIssuedFromAPayloadGetterWhilePostingKeepsItsPlaceInLine() {
    WebElement frame = browser.mountReady("");
    browser.await("await cti.send('first_method', {get x() { cti.send('second_method'); return 1; }});"
        + " await cti.send('third_method');");
    browser.waitForFrame(frame, "__raw.length === 3");
    assertEquals(List.of("first_method", "second_method", "third_method"),
        browser.inFrame(frame, "return __raw.map(m => m.data.method)"));
  }

  @Test
  void everyStateListenerSeesTheNewestSnapshotLastWhenAnotherChangesTheState() {
    WebElement frame = browser.mountReady("");
    browser.js("window.first = []; window.second = [];"
        + "cti.on('state', s => { first.push(s); if (s.authenticated && s.visible) cti.hide(); });"
        + "cti.on('state', s => second.push(s));");
    browser.inFrame(frame, "post(envelope('user_authentication', {user_authenticated: true, user_id: 1}))");
    browser.waitUntil("second.length === 2");
    assertEquals(List.of(true, true, true, true), browser.list("return [first.length === 2,"
        + " second[0].visible && second[0].authenticated, !second[1].visible, second[1] === cti.state]"));
    browser.inFrame(frame, "post(envelope('user_authentication', {user_authenticated: true, user_id: 1}))");
    browser.inFrame(frame, "post(envelope('future_method', {}))");
    browser.waitUntil("cti.history.length === 3");
    assertEquals(2L, browser.js("return second.length"), "the same login said again changes nothing");
  }

  @Test
  void aLoginWhileThePageIsHiddenIsClaimedAgainWhenItIsShown() {
    browser.js("window.__hidden = true; Object.defineProperty(document, 'hidden', {configurable: true,"
        + " get: () => __hidden});");
    mount("", ", autoEnableTab: 'focus'");
    WebElement mock = mock();
    browser.inFrame(mock, "mockCti.login()");
    browser.waitForFrame(mock, "mockCti.received.length === 1");
    browser.js("__hidden = false; document.dispatchEvent(new Event('visibilitychange'))");
    browser.waitForFrame(mock, "mockCti.received.length === 2");
    assertEquals(List.of("enable_current_tab accepted", "enable_current_tab accepted"), received(mock));
  }
}
