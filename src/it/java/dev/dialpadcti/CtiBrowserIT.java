package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The library in a real headless Chromium, over HTTP, with host, CTI and attacker on three origins. */
class CtiBrowserIT extends BrowserTest {



  @BeforeEach
  void openHostPage() {
    browser.open("host.html");
  }

  @AfterEach
  void noPageErrors() {
    assertEquals(List.of(), browser.pageErrors(), "uncaught errors on the host page");
  }

  /** What the CTI frame received: the data of every message event, in order. */
  @SuppressWarnings("unchecked")
  private List<Object> received(WebElement iframe) {
    return (List<Object>) browser.inFrame(iframe, "return __raw.map(m => m.data)");
  }

  /** Waits until the frame has received {@code count} messages, then returns them. */
  private List<Object> received(WebElement iframe, int count) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> received(iframe).size() >= count);
    return received(iframe);
  }

  @Test
  void iframeHasExactlyDialpadsAttributesAndNoStyle() {
    WebElement iframe = browser.mountReady(", title: 'Phone', width: 300, height: '100%'");
    // cd_frame_id_ is chromedriver's own marker, added when a test switches into the frame.
    Map<String, Object> attributes = browser.map("const a = {}; for (const x of cti.iframe.attributes)"
        + " if (!x.name.startsWith('cd_frame_id_')) a[x.name] = x.value; return a;");
    assertEquals(Map.of(
        "src", browser.ctiUrl(),
        "allow", "microphone; speaker-selection; autoplay; camera; display-capture; hid",
        "sandbox", "allow-popups allow-scripts allow-same-origin",
        "title", "Phone",
        "width", "300",
        "height", "100%",
        "frameborder", "0"), attributes);
    assertEquals("0px", browser.js("return getComputedStyle(cti.iframe).borderTopWidth"), "no border");
    assertEquals(true, browser.js("return document.getElementById('existing') !== null"
        + " && document.getElementById('phone').lastElementChild === cti.iframe"), "mount keeps the container's content");
    assertTrue(iframe.isDisplayed());
  }

  @Test
  void defaultsAre400By520TitledDialpad() {
    browser.js("window.cti = DialpadCti.mount(document.getElementById('phone'), {url: arguments[0]})", browser.ctiUrl());
    assertEquals(List.of("400", "520", "Dialpad"), browser.list(
        "return [cti.iframe.width, cti.iframe.height, cti.iframe.title]"));
  }

  @Test
  void clientIdLoadsDialpadAppsUrlEncoded() {
    // A detached container: the iframe is built but never loads dialpad.com.
    assertEquals("https://dialpad.com/apps/ab%20c%2Fd", browser.js(
        "return DialpadCti.mount(document.createElement('div'), {clientId: 'ab c/d'}).iframe.getAttribute('src')"));
  }

  @Test
  void urlRulesAgainstTheBrowsersParser() {
    // Each URL goes through mount() into a detached container, so nothing loads.
    List<Object> results = browser.list("return arguments[0].map(url => {"
        + "  try { return DialpadCti.mount(document.createElement('div'), {url}).iframe.getAttribute('src'); }"
        + "  catch (e) { return e.code; } })", List.of(
            "https://dialpad.com:443/apps/x", "HTTPS://Dialpad.COM/apps/x", "http://localhost:8081/cti.html",
            "http://127.1:8081/cti.html", "http://[::1]:8081/", " https://dialpad.com/apps/x",
            "/apps/x", "apps/x", "//dialpad.com/apps/x", "https://", "http://[", "javascript:alert(1)",
            "data:text/html,hi", "ftp://dialpad.com/", "http://dialpad.com/apps/x", "http://localhost.evil.com/",
            "https://user:pw@dialpad.com/", "https://dialpad.com@evil.com/"));
    assertEquals(List.of(
        "https://dialpad.com/apps/x", "https://dialpad.com/apps/x", "http://localhost:8081/cti.html",
        "http://127.0.0.1:8081/cti.html", "http://[::1]:8081/", "https://dialpad.com/apps/x",
        "insecure_url", "insecure_url", "insecure_url", "insecure_url", "insecure_url", "insecure_url",
        "insecure_url", "insecure_url", "insecure_url", "insecure_url", "insecure_url", "insecure_url"), results);
  }

  @Test
  void ctiMessagesReachListenersStateAndMessageEvent() {
    WebElement iframe = browser.mountReady("");
    browser.js("cti.on('user_authentication', record('auth'));"
        + "cti.on('call_ringing', record('ringing'));"
        + "cti.on('message', record('message'));"
        + "window.nextRing = cti.once('call_ringing');");
    Map<String, Object> initial = withoutNull(browser.map("return cti.state"));
    assertTrue(initial.containsKey("authenticated") && initial.remove("authenticated") == null,
        "authenticated is null until the CTI says");
    assertEquals(Map.of("ready", true, "ringing", false, "calls", List.of(), "visible", true, "destroyed", false),
        initial);

    browser.inFrame(iframe, "post(envelope('user_authentication', {user_authenticated: true, user_id: 5629499534213120}),"
        + " envelope('call_ringing', {state: 'on', id: 42, contact: {id: 1, phone: '+14155550123', type: 'contact',"
        + " name: 'Ada', email: 'ada@example.com'}, target: {id: 2, phone: '+14155550100', type: 'user', name: 'Bob',"
        + " email: 'bob@example.com'}, internal_number: '+14155550100', external_number: '+14155550123'}))");
    browser.waitUntil("__seen.length === 4");

    List<Object> seen = browser.list("return __seen.map(s => s.tag + ':' + JSON.stringify(s.payload))");
    assertEquals("auth:{\"user_authenticated\":true,\"user_id\":5629499534213120}", seen.get(0));
    assertEquals("message:{\"method\":\"user_authentication\",\"payload\":{\"user_authenticated\":true,"
        + "\"user_id\":5629499534213120}}", seen.get(1));
    assertTrue(((String) seen.get(2)).startsWith("ringing:{\"state\":\"on\",\"id\":42,\"contact\":{\"id\":1"), seen.get(2).toString());
    assertTrue(((String) seen.get(3)).startsWith("message:{\"method\":\"call_ringing\""));
    assertEquals(List.of(true, 5629499534213120L, true, 1L, 42L), browser.list("const s = cti.state;"
        + " return [s.authenticated, s.userId, s.ringing, s.calls.length, s.calls[0].id]"));
    assertEquals("Ada", browser.await("return (await nextRing).contact.name"));

    browser.inFrame(iframe, "post(envelope('call_ringing', {state: 'off', id: 42}), envelope('user_authentication',"
        + " {user_authenticated: false}), envelope('future_feature', {x: 1}))");
    browser.waitUntil("__seen.length === 9");
    assertEquals(Map.of("ready", true, "authenticated", false, "ringing", false, "calls", List.of(), "visible", true,
        "destroyed", false),
        withoutNull(browser.map("return cti.state")));
    assertEquals("{\"method\":\"future_feature\",\"payload\":{\"x\":1}}",
        browser.js("return JSON.stringify(__seen[8].payload)"));
  }

  private static Map<String, Object> withoutNull(Map<String, Object> state) {
    assertNull(state.get("userId"));
    state.remove("userId");
    return state;
  }

  @Test
  void dropsMessagesFromTheAttackerTheHostItselfAndMalformedOnesFromTheCti() {
    WebElement iframe = browser.mountReady(", debug: true");
    browser.js("cti.on('message', record('message')); cti.on('user_authentication', record('auth'));"
        + "const a = document.createElement('iframe'); a.src = arguments[0]; a.id = 'evil';"
        + " document.getElementById('attacker').append(a);", browser.attackerUrl());
    WebElement attacker = (WebElement) browser.js("return document.getElementById('evil')");
    browser.waitForFrame(attacker);
    int before = ((Number) browser.js("return __raw.length")).intValue();

    String auth = "envelope('user_authentication', {user_authenticated: true, user_id: 666})";
    browser.inFrame(attacker, "post(" + auth + ")");
    browser.js("window.postMessage({api: 'opencti_dialpad', version: '1.0', method: 'user_authentication',"
        + " payload: {user_authenticated: true, user_id: 666}}, '*')");
    browser.inFrame(iframe, "post('user_authentication', null, 42, [1, 2], {}, ['opencti_dialpad'],"
        + "{api: 'opencti_dialpad', version: '2.0', method: 'user_authentication', payload: {user_authenticated: true}},"
        + "{api: 'opencti_dialpad', version: 1, method: 'user_authentication', payload: {user_authenticated: true}},"
        + "{api: 'other', version: '1.0', method: 'user_authentication', payload: {user_authenticated: true}},"
        + "{api: 'opencti_dialpad', version: '1.0', method: '__proto__', payload: {}},"
        + "{api: 'opencti_dialpad', version: '1.0', method: '', payload: {}},"
        + "{api: 'opencti_dialpad', version: '1.0', method: 'ready'},"
        + "{api: 'opencti_dialpad', version: '1.0', method: 'message', payload: {}},"
        + "{api: 'opencti_dialpad', version: '1.0', method: 'user_authentication', payload: 'yes'},"
        + "envelope('user_authentication', {user_authenticated: 'true', user_id: 1}),"
        + "envelope('call_ringing', {state: 'ringing'}),"
        + "envelope('call_ringing', {state: 'on', contact: 'Mallory'}),"
        + "new Date(), new Map([['api', 'opencti_dialpad']]))");
    int dropped = 2 + 19;
    browser.waitUntil("__raw.length >= arguments[0]", before + dropped);
    assertEquals(List.of(), browser.list("return __seen"), "nothing reached a listener");
    assertEquals(true, browser.js("return cti.state.authenticated === null"), "nobody logged in");

    browser.inFrame(iframe, "post(envelope('user_authentication', {user_authenticated: true, user_id: 7}))");
    browser.waitUntil("__seen.length === 2");
    assertEquals(7L, browser.js("return cti.state.userId"), "a valid message still gets through afterwards");
  }

  @Test
  void initiateCallDeliversExactlyTheDocumentedPayload() {
    WebElement iframe = browser.mountReady("");
    browser.await("await cti.initiateCall('+14155550123');"
        + "await cti.initiateCall({phoneNumber: '+442071838750', enableCurrentTab: false, identityType: 'CallCenter',"
        + " identityId: '5629499534213120', customData: '{\"ticket\":42}', outboundCallerId: '+14155550100'});"
        + "await cti.initiateCall({phoneNumber: '+12', customData: undefined, identityType: null});"
        + "await cti.enableCurrentTab(); await cti.hangUpAllCalls(); await cti.send('future_method', {a: [1]});"
        + "await cti.send('bare_method');");
    received(iframe, 7);
    List<Object> got = browser.list("return arguments[0]",
        browser.inFrame(iframe, "return __raw.map(m => JSON.stringify(m.data))"));
    assertEquals(List.of(
        "{\"api\":\"opencti_dialpad\",\"version\":\"1.0\",\"method\":\"initiate_call\",\"payload\":{\"phone_number\":\"+14155550123\"}}",
        "{\"api\":\"opencti_dialpad\",\"version\":\"1.0\",\"method\":\"initiate_call\",\"payload\":{\"phone_number\":\"+442071838750\","
            + "\"enable_current_tab\":false,\"identity_type\":\"CallCenter\",\"identity_id\":\"5629499534213120\","
            + "\"custom_data\":\"{\\\"ticket\\\":42}\",\"outbound_caller_id\":\"+14155550100\"}}",
        "{\"api\":\"opencti_dialpad\",\"version\":\"1.0\",\"method\":\"initiate_call\",\"payload\":{\"phone_number\":\"+12\"}}",
        "{\"api\":\"opencti_dialpad\",\"version\":\"1.0\",\"method\":\"enable_current_tab\"}",
        "{\"api\":\"opencti_dialpad\",\"version\":\"1.0\",\"method\":\"hang_up_all_calls\"}",
        "{\"api\":\"opencti_dialpad\",\"version\":\"1.0\",\"method\":\"future_method\",\"payload\":{\"a\":[1]}}",
        "{\"api\":\"opencti_dialpad\",\"version\":\"1.0\",\"method\":\"bare_method\"}"), got);
    assertEquals(List.of(browser.server.hostOrigin()),
        browser.inFrame(iframe, "return [...new Set(__raw.map(m => m.origin))]"), "sent from the host's origin");
  }

  @Test
  void anInvalidCommandRejectsWithACodeAndPostsNothing() {
    WebElement iframe = browser.mountReady("");
    @SuppressWarnings("unchecked")
    Map<String, Object> error = (Map<String, Object>) browser.await(
        "try { await cti.initiateCall({phone_number: '+14155550123'}); return 'resolved'; }"
            + " catch (e) { return {isError: e instanceof Error, name: e.name, code: e.code, message: e.message}; }");
    assertEquals(true, error.get("isError"));
    assertEquals("DialpadCtiError", error.get("name"));
    assertEquals("unknown_field", error.get("code"));
    assertEquals("unknown_field: 'phone_number'", error.get("message"), "the production message");

    List<Object> codes = browser.list("return arguments[0]", browser.await(
        "const codes = [];"
            + "for (const bad of [() => cti.initiateCall('415 555 0123'), () => cti.initiateCall(14155550123),"
            + " () => cti.initiateCall(null), () => cti.initiateCall({phoneNumber: '+1415', customData: 'x'.repeat(2001)}),"
            + " () => cti.initiateCall({phoneNumber: '+1415', identityType: 'Office'}),"
            + " () => cti.initiateCall({phoneNumber: '+1415', identityType: 'Team', identityId: 1}),"
            + " () => cti.initiateCall({phoneNumber: '+1415', outboundCallerId: 'me'}),"
            + " () => cti.send('Bad-Name'),"
            + " () => cti.send('', {}), () => cti.send('x', 'text'), () => cti.send('x', {f: () => 1})]) {"
            + "  try { await bad(); codes.push('resolved'); } catch (e) { codes.push(e.name + ':' + e.code); }"
            + "}"
            + "return codes;"));
    assertEquals(List.of("DialpadCtiError:invalid_phone_number", "DialpadCtiError:invalid_phone_number",
        "DialpadCtiError:invalid_argument", "DialpadCtiError:custom_data_too_long",
        "DialpadCtiError:identity_id_required", "DialpadCtiError:invalid_identity_type",
        "DialpadCtiError:invalid_outbound_caller_id",
        "DialpadCtiError:invalid_method", "DialpadCtiError:invalid_method", "DialpadCtiError:invalid_argument",
        "DialpadCtiError:invalid_argument"), codes);

    browser.await("await cti.send('sentinel')");
    assertEquals(List.of(Map.of("api", "opencti_dialpad", "version", "1.0", "method", "sentinel")), received(iframe, 1),
        "only the valid command reached the CTI");
  }

  @Test
  void commandsIssuedBeforeLoadArriveAfterLoadInOrder() {
    browser.js("window.cti = DialpadCti.mount('#phone', {url: arguments[0]});"
        + "window.readyAtIssue = cti.state.ready;"
        + "window.results = [];"
        + "cti.enableCurrentTab().then(() => results.push('enable'));"
        + "cti.initiateCall('+14155550123').then(() => results.push('call'));"
        + "cti.send('third_thing', {n: 3}).then(() => results.push('send'));"
        + "cti.hangUpAllCalls().then(() => results.push('hangup'));", browser.ctiUrl());
    assertEquals(false, browser.js("return readyAtIssue"));
    browser.waitUntil("results.length === 4");
    assertEquals(List.of("enable", "call", "send", "hangup"), browser.list("return results"));
    WebElement iframe = (WebElement) browser.js("return cti.iframe");
    received(iframe, 4);
    assertEquals(List.of("enable_current_tab", "initiate_call", "third_thing", "hang_up_all_calls"),
        browser.inFrame(iframe, "return __raw.map(m => m.data.method)"));
  }

  @Test
  void commandsRejectWithReadyTimeoutWhenTheFrameNeverLoads() {
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) browser.await(
        "const cti = DialpadCti.mount('#phone', {url: location.origin + '/hang', readyTimeoutMs: 300});"
            + "const started = performance.now();"
            + "const codes = [];"
            + "await Promise.all([cti.enableCurrentTab(), cti.initiateCall('+14155550123')].map(p =>"
            + "  p.then(() => codes.push('resolved'), e => codes.push(e.code))));"
            + "const late = await cti.hangUpAllCalls().then(() => 'resolved', e => e.code);"
            + "const elapsed = performance.now() - started; cti.destroy();"
            + "return {codes, late, waited: elapsed >= 250};");
    assertEquals(List.of("ready_timeout", "ready_timeout"), result.get("codes"));
    assertEquals("ready_timeout", result.get("late"));
    assertEquals(true, result.get("waited"));
  }

  @Test
  void afterTheFrameNavigatesToAnotherOriginNoCommandReachesIt() {
    WebElement iframe = browser.mountReady("");
    browser.inFrame(iframe, "location.href = arguments[0]", browser.attackerUrl());
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> {
      try {
        return browser.server.attackerOrigin().equals(
            browser.inFrame(iframe, "return window.post ? location.origin : ''"));
      } catch (RuntimeException notYet) {
        return false;
      }
    });

    browser.await("await cti.enableCurrentTab(); await cti.initiateCall('+14155550123'); await cti.send('secret', {token: 's3cr3t'});");
    // Control: a raw '*' post does reach the page, so it is listening.
    browser.js("cti.iframe.contentWindow.postMessage('probe', '*')");
    assertEquals(List.of("probe"), received(iframe, 1), "the library's commands never reached the other origin");

    // Inbound: the same window, now on another origin, is not the CTI any more.
    browser.js("cti.on('message', record('message'))");
    browser.inFrame(iframe, "post(envelope('user_authentication', {user_authenticated: true, user_id: 666}))");
    browser.waitUntil("__raw.some(m => m.origin === arguments[0])", browser.server.attackerOrigin());
    assertEquals(List.of(), browser.list("return __seen"), "a message from the navigated frame is dropped");
    assertEquals(true, browser.js("return cti.state.authenticated === null"), "nobody logged in");
    // Dropped for its origin before its data is read: the record names the rule, not what it held.
    assertEquals(List.of("dropped", "wrong origin", true, true), browser.list("const e = cti.history.at(-1);"
        + " return [e.direction, e.reason, e.method === null, e.payload === null]"));
  }

  @Test
  void destroyRemovesTheFrameAndListenerAndRejectsPending() {
    int listenersBefore = browser.messageListenerCount();
    // A CTI that never finishes loading, so the command is surely still queued when destroy runs.
    browser.js("window.cti = DialpadCti.mount('#phone', {url: new URL('/hang', arguments[0]).href});"
        + "window.pending = cti.initiateCall('+14155550123').then(() => 'resolved', e => e.code);"
        + "window.waiting = cti.once('call_ringing').then(() => 'resolved', e => e.code);", browser.ctiUrl());
    assertEquals(listenersBefore + 1, browser.messageListenerCount());
    browser.js("cti.destroy(); cti.destroy();");
    assertEquals(listenersBefore, browser.messageListenerCount(), "the message listener is removed");
    assertEquals(List.of("destroyed", "destroyed"), browser.await("return [await pending, await waiting]"));
    assertEquals(0L, browser.js("return document.querySelectorAll('iframe').length"));
    assertEquals(true, browser.js("return cti.state.destroyed && !cti.state.ready"));
    assertEquals(List.of("destroyed", "destroyed", "destroyed"), browser.await(
        "return Promise.all([cti.enableCurrentTab(), cti.send('x'), cti.once('ready')].map(p => p.then(() => 'resolved', e => e.code)))"));
    assertEquals(true, browser.js("return document.getElementById('existing') !== null"));
  }

  @Test
  void twoInstancesOnOnePageStayIsolated() {
    WebElement first = browser.mountReady("");
    browser.await("window.other = DialpadCti.mount('#second', {url: arguments[0]}); await other.once('ready');"
        + "cti.on('message', record('first')); other.on('message', record('second'));", browser.ctiUrl());
    WebElement second = (WebElement) browser.js("return other.iframe");
    browser.waitForFrame(second);

    browser.inFrame(first, "post(envelope('call_ringing', {state: 'on'}))");
    browser.inFrame(second, "post(envelope('user_authentication', {user_authenticated: true, user_id: 2}))");
    browser.waitUntil("__seen.length === 2");
    browser.inFrame(first, "post(envelope('first_done'))");
    browser.inFrame(second, "post(envelope('second_done'))");
    browser.waitUntil("__seen.length === 4");
    assertEquals(List.of("first:call_ringing", "first:first_done"),
        browser.list("return __seen.filter(s => s.tag === 'first').map(s => s.tag + ':' + s.payload.method)"));
    assertEquals(List.of("second:user_authentication", "second:second_done"),
        browser.list("return __seen.filter(s => s.tag === 'second').map(s => s.tag + ':' + s.payload.method)"));
    assertEquals(List.of(true, true, false, true), browser.list(
        "return [cti.state.ringing, cti.state.authenticated === null, other.state.ringing, other.state.authenticated]"));

    browser.await("await cti.send('to_first'); await other.send('to_second');");
    assertEquals(List.of(Map.of("api", "opencti_dialpad", "version", "1.0", "method", "to_first")), received(first, 1));
    assertEquals(List.of(Map.of("api", "opencti_dialpad", "version", "1.0", "method", "to_second")), received(second, 1));
  }

  @Test
  void aListenerThatThrowsDoesNotStopTheOthers() {
    WebElement iframe = browser.mountReady("");
    browser.js("window.consoleErrors = []; const original = console.error;"
        + "console.error = (...a) => { consoleErrors.push(a.map(String).join(' ')); };"
        + "cti.on('call_ringing', () => { throw new Error('listener bug'); });"
        + "cti.on('call_ringing', record('after'));"
        + "cti.on('message', () => { throw 'not even an Error'; });"
        + "cti.on('message', record('message'));");
    browser.inFrame(iframe, "post(envelope('call_ringing', {state: 'on'}), envelope('call_ringing', {state: 'off'}))");
    browser.waitUntil("__seen.length === 4");
    assertEquals(List.of("after", "message", "after", "message"), browser.list("return __seen.map(s => s.tag)"));
    assertEquals(4L, browser.js("return consoleErrors.length"), "each throw is reported on the console");
    assertTrue(((String) browser.js("return consoleErrors[0]")).contains("listener bug"));
  }

  @Test
  void eventsNamedLikeObjectPrototypeMembersAreJustNames() {
    WebElement iframe = browser.mountReady("");
    browser.js("cti.on('constructor', record('constructor')); cti.on('to_string', record('to_string'));"
        + "cti.on('message', record('message'));");
    browser.inFrame(iframe, "post(envelope('constructor', {a: 1}), envelope('has_own_property'), envelope('to_string', {b: 2}))");
    browser.waitUntil("__seen.length === 5");
    assertEquals(List.of("constructor:{\"a\":1}", "message:{\"method\":\"constructor\",\"payload\":{\"a\":1}}",
        "message:{\"method\":\"has_own_property\"}", "to_string:{\"b\":2}",
        "message:{\"method\":\"to_string\",\"payload\":{\"b\":2}}"),
        browser.list("return __seen.map(s => s.tag + ':' + JSON.stringify(s.payload))"));
  }

  @Test
  void debugLogsEveryMessageInOutAndDroppedAndNothingWhenOff() {
    browser.js("window.logged = []; console.log = (...a) => logged.push(a.map(x => typeof x === 'string' ? x"
        + " : JSON.stringify(x)).join(' '));");
    WebElement iframe = browser.mountReady(", debug: true");
    browser.await("await cti.initiateCall('+14155550123')");
    browser.inFrame(iframe, "post(envelope('call_ringing', {state: 'on'}), {api: 'nope'})");
    browser.waitUntil("logged.length === 4");
    assertEquals(List.of(
        "[dialpad-cti] loaded " + browser.ctiUrl(),
        "[dialpad-cti] out initiate_call {\"phone_number\":\"+14155550123\"}",
        "[dialpad-cti] in call_ringing {\"state\":\"on\"}",
        "[dialpad-cti] dropped bad envelope: api {\"api\":\"nope\"}"), browser.list("return logged"));

    browser.js("cti.debug = false");
    browser.await("await cti.enableCurrentTab()");
    browser.inFrame(iframe, "post(envelope('call_ringing', {state: 'off'}), 'junk')");
    browser.js("cti.on('call_ringing', record('off'))");
    browser.inFrame(iframe, "post(envelope('call_ringing', {state: 'off'}))");
    browser.waitUntil("__seen.length === 1");
    assertEquals(4L, browser.js("return logged.length"), "nothing is logged with debug off");
  }

  @Test
  void unsubscribingTwiceRemovesOnlyItsOwnSubscription() {
    WebElement iframe = browser.mountReady("");
    browser.js("window.f = record('f'); window.u1 = cti.on('call_ringing', f); cti.on('call_ringing', f);"
        + "u1(); u1();");
    browser.inFrame(iframe, "post(envelope('call_ringing', {state: 'on'}))");
    browser.waitUntil("__seen.length === 1");
    browser.inFrame(iframe, "post(envelope('call_ringing', {state: 'off'}))");
    browser.waitUntil("__seen.length === 2");
    assertEquals(List.of("f", "f"), browser.list("return __seen.map(s => s.tag)"));
  }

  @Test
  void listenersRemovedOrDestroyedDuringAnEventAreNotCalled() {
    WebElement iframe = browser.mountReady("");
    browser.js("window.b = record('b');"
        + "cti.on('call_ringing', (p) => { record('a')(p); if (p.state === 'on') cti.off('call_ringing', b);"
        + "  else cti.destroy(); });"
        + "cti.on('call_ringing', b); cti.on('message', record('message'));");
    browser.inFrame(iframe, "post(envelope('call_ringing', {state: 'on'}))");
    browser.waitUntil("__seen.length === 2");
    browser.inFrame(iframe, "post(envelope('call_ringing', {state: 'off'}))");
    browser.waitUntil("__seen.length === 3");
    browser.js("return new Promise(r => setTimeout(r, 100))");
    assertEquals(List.of("a", "message", "a"), browser.list("return __seen.map(s => s.tag)"),
        "b was removed before the second event, and nothing runs after destroy()");
  }

  @Test
  void onOffAndUnsubscribe() {
    WebElement iframe = browser.mountReady("");
    browser.js("window.a = record('a'); window.b = record('b');"
        + "window.unsubscribeA = cti.on('call_ringing', a); cti.on('call_ringing', b);");
    browser.inFrame(iframe, "post(envelope('call_ringing', {state: 'on'}))");
    browser.waitUntil("__seen.length === 2");
    browser.js("unsubscribeA(); unsubscribeA(); cti.off('call_ringing', b); cti.on('call_ringing', record('c'));");
    browser.inFrame(iframe, "post(envelope('call_ringing', {state: 'off'}))");
    browser.waitUntil("__seen.length === 3");
    assertEquals(List.of("a", "b", "c"), browser.list("return __seen.map(s => s.tag)"));
  }

  @Test
  void badArgumentsThrowSynchronouslyAndChangeNothing() {
    int listeners = browser.messageListenerCount();
    List<Object> results = browser.list(
        "const out = [];"
            + "for (const bad of [() => DialpadCti.mount('#nope', {clientId: 'a'}),"
            + " () => DialpadCti.mount('##', {clientId: 'a'}), () => DialpadCti.mount(42, {clientId: 'a'}),"
            + " () => DialpadCti.mount('#phone'), () => DialpadCti.mount('#phone', {}),"
            + " () => DialpadCti.mount('#phone', 'abc'), () => DialpadCti.mount('#phone', {client_id: 'a'}),"
            + " () => DialpadCti.mount('#phone', {url: 'http://example.com/cti'}),"
            + " () => DialpadCti.mount('#phone', {url: 'javascript:alert(1)'}),"
            + " () => DialpadCti.mount('#phone', {clientId: 'a', width: '30em'})]) {"
            + "  try { bad(); out.push('no error'); }"
            + "  catch (e) { out.push((e instanceof Error) + ':' + e.name + ':' + e.code + ':' + (e.message.length > 10)); }"
            + "}"
            + "return out;");
    assertEquals(List.of("true:DialpadCtiError:container_not_found:true", "true:DialpadCtiError:container_not_found:true",
        "true:DialpadCtiError:container_not_found:true", "true:DialpadCtiError:client_id_required:true",
        "true:DialpadCtiError:client_id_required:true", "true:DialpadCtiError:invalid_argument:true",
        "true:DialpadCtiError:unknown_field:true", "true:DialpadCtiError:insecure_url:true",
        "true:DialpadCtiError:insecure_url:true", "true:DialpadCtiError:invalid_argument:true"), results);
    assertEquals(0L, browser.js("return document.querySelectorAll('iframe').length"), "no iframe was added");
    assertEquals(listeners, browser.messageListenerCount(), "no listener was added");

    browser.js("window.cti = DialpadCti.mount('#phone', {url: arguments[0]})", browser.ctiUrl());
    assertEquals(List.of("invalid_method", "invalid_argument", "invalid_method", "invalid_argument", "invalid_method"),
        browser.list("const out = [];"
            + "for (const bad of [() => cti.on('Call-Ringing', () => {}), () => cti.on('call_ringing', 'nope'),"
            + " () => cti.off(undefined, () => {}), () => { cti.debug = 'yes'; }, () => cti.on('', () => {})]) {"
            + "  try { bad(); out.push('no error'); } catch (e) { out.push(e.code); } }"
            + "return out;"));
    assertEquals(false, browser.js("return cti.debug"));
  }
}
