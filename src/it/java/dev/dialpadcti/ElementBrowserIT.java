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
 * The {@code <dialpad-cti>} element (SPEC §13) in Chromium, its CTI on another origin: registration
 * (data-element, defineElement, upgrade), attributes as mount's options, events, removal, moves with
 * moveBefore() and appendChild(), replacing the CTI, hidden, bad attributes, strict CSP.
 */
class ElementBrowserIT extends BrowserTest {
  private static final String CALL = "+14155550123";

  /** The page's errors, without the element's own bubbling `error` CustomEvents (which harness.js also sees). */
  private static List<Object> pageErrors() {
    return browser.list("return __errors.filter(e => e !== 'error: undefined')");
  }

  private String frameUrl() {
    return browser.server.ctiOrigin() + "/test-pages/frame.html";
  }

  /** On host.html (the script without data-element): defines the element and adds one to #phone as window.el. */
  private void addElement(String attributes) {
    browser.open("host.html");
    browser.js("DialpadCti.defineElement();"
        + "window.events = [];"
        + "for (const t of ['ready', 'reload', 'state', 'warning', 'user_authentication', 'call_ringing', 'message', 'error'])"
        + "  document.addEventListener(t, (e) => { if (e instanceof CustomEvent) events.push({type: t, detail: e.detail}); });"
        + "document.getElementById('phone').insertAdjacentHTML('beforeend', '<dialpad-cti ' + arguments[0] + '></dialpad-cti>');"
        + "window.el = document.querySelector('#phone dialpad-cti');", attributes);
  }

  /** window.el's iframe, once the stand-in in it has loaded. */
  private WebElement frame() {
    browser.waitUntil("el.state && el.state.ready");
    WebElement iframe = (WebElement) browser.js("return el.cti.iframe");
    browser.waitForFrame(iframe);
    return iframe;
  }

  private List<Object> receivedMethods(WebElement frame) {
    return browser.list("return arguments[0]", browser.inFrame(frame,
        "return __raw.filter(m => m.data && m.data.method).map(m => m.data.method)"));
  }

  @Test
  void theScriptsDataElementRegistersItAndElementsBeforeAndAfterMount() {
    browser.open("element.html");
    browser.waitUntil("early.state && early.state.ready && parsed.state && parsed.state.ready");
    assertEquals(true, browser.js("return customElements.get('dialpad-cti') !== undefined"));
    // Upgraded: the element that was in the page before the script ran.
    Map<String, Object> early = browser.map("const f = early.cti.iframe; return {parent: f.parentNode === early,"
        + " src: f.src, title: f.title, listed: DialpadCti.instances.includes(early.cti)}");
    assertEquals(Map.of("parent", true, "src", frameUrl(), "title", "Early", "listed", true), early);
    // Parsed after: its attributes are mount's options.
    Map<String, Object> parsed = browser.map("const f = parsed.cti.iframe; return {width: f.getAttribute('width'),"
        + " height: f.getAttribute('height'), hidden: f.hidden, visible: parsed.state.visible}");
    assertEquals(Map.of("width", "300", "height", "520", "hidden", true, "visible", false), parsed);
    assertEquals(2L, browser.js("return DialpadCti.instances.length"));
    // Both elements' ready events reached the document, bubbling and composed.
    browser.waitUntil("__events.filter(e => e.type === 'ready').length === 2");
    assertEquals(List.of(Map.of("type", "ready", "id", "early", "bubbles", true, "composed", true),
        Map.of("type", "ready", "id", "parsed", "bubbles", true, "composed", true)),
        browser.list("return __events.filter(e => e.type === 'ready').sort((a, b) => a.id < b.id ? -1 : 1)"));
    assertEquals(List.of(), pageErrors());
  }

  @Test
  void theDemosPageInHtmlAloneMountsTheMock() {
    browser.driver.switchTo().defaultContent();
    browser.driver.get(browser.server.hostOrigin() + "/element.html");
    browser.waitUntil("document.querySelector('dialpad-cti').state?.ready");
    // Its only script is the library's, with data-element; the server wrote its mock's origin.
    assertEquals(List.of(1L, true, true), browser.list("const s = document.scripts;"
        + " return [s.length, s[0].src.endsWith('/dist/dialpad-cti.js'), s[0].hasAttribute('data-element')]"));
    assertEquals(browser.server.ctiOrigin() + "/mock/mock-cti.html",
        browser.js("return document.querySelector('dialpad-cti').cti.iframe.src"));
    WebElement mock = (WebElement) browser.js("return document.querySelector('dialpad-cti').cti.iframe");
    browser.waitForFrame(mock, "window.mockCti && document.readyState === 'complete'");
    browser.inFrame(mock, "mockCti.ring()");
    // auto-show-on-ring: the dialer is in sight.
    browser.waitUntil("document.querySelector('dialpad-cti').state.ringing");
    assertEquals(true, browser.js("return document.querySelector('dialpad-cti').cti.iframe.offsetHeight === 520"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "&build=dev"})
  void theEsModuleRegistersItOnlyWhenAsked(String build) {
    browser.driver.switchTo().defaultContent();
    browser.driver.get(browser.server.hostOrigin() + "/test-pages/element-module.html?cti=" + browser.server.ctiOrigin() + build);
    browser.waitUntil("window.__element");
    assertEquals(Map.of("registeredBefore", false, "registered", true, "listed", true, "noGlobal", true),
        browser.map("return __element"));
    WebElement frame = frame();
    browser.await("await el.cti.initiateCall(arguments[0])", CALL);
    assertEquals(List.of("initiate_call"), receivedMethods(frame));
    assertEquals(List.of(), pageErrors());
  }

  @Test
  void anElementInThePageBeforeDefineElementIsUpgradedAndMounts() {
    browser.open("host.html");
    browser.js("document.getElementById('phone').insertAdjacentHTML('beforeend',"
        + " '<dialpad-cti url=\"' + arguments[0] + '\" auth-grace-ms=\"0\"></dialpad-cti>');"
        + "window.el = document.querySelector('dialpad-cti');", frameUrl());
    assertEquals(true, browser.js("return el.cti === undefined && !el.querySelector('iframe')"), "not upgraded yet");
    assertEquals(true, browser.js("DialpadCti.defineElement(); return el.cti !== null && el.cti.iframe.parentNode === el"));
    frame();
    assertEquals(List.of(), pageErrors());
  }

  @Test
  void defineElementTakesANameAndDoesNothingForARegisteredOne() {
    browser.open("host.html");
    Map<String, Object> result = browser.map("DialpadCti.defineElement(); const first = customElements.get('dialpad-cti');"
        + "DialpadCti.defineElement(); DialpadCti.defineElement('dialpad-cti');"
        + "DialpadCti.defineElement('crm-phone');"
        + "class Other extends HTMLElement {} customElements.define('taken-name', Other); DialpadCti.defineElement('taken-name');"
        + "return {same: customElements.get('dialpad-cti') === first, named: customElements.get('crm-phone') !== undefined,"
        + " distinct: customElements.get('crm-phone') !== first, taken: customElements.get('taken-name') === Other}");
    assertEquals(Map.of("same", true, "named", true, "distinct", true, "taken", true), result);
    for (String name : List.of("'nohyphen'", "''", "'Upper-Case'", "'1-phone'", "'font-face'", "5", "{}")) {
      Map<String, Object> error = browser.map("try { DialpadCti.defineElement(" + name + "); return {thrown: false}; }"
          + " catch (e) { return {name: e.name, code: e.code, isError: DialpadCti.isError(e)}; }");
      assertEquals(Map.of("name", "DialpadCtiError", "code", "invalid_argument", "isError", true), error, name);
    }
    assertEquals(List.of(), pageErrors());
  }

  @Test
  void attributesAreMountsOptionsAndCtiAndStateFollowTheElement() {
    addElement("url=\"" + frameUrl() + "\" width=\"50%\" height=\"333\" title=\"CRM phone\" auth-grace-ms=\"0\""
        + " ready-timeout-ms=\"4000\" debug");
    WebElement frame = frame();
    assertEquals("50%", frame.getAttribute("width"));
    assertEquals("333", frame.getAttribute("height"));
    assertEquals("CRM phone", frame.getAttribute("title"));
    assertEquals(true, browser.js("return el.cti.debug && el.state === el.cti.state && Object.isFrozen(el.state)"));
    // Commands go through el.cti as through any instance.
    browser.await("await el.cti.initiateCall(arguments[0])", CALL);
    assertEquals(List.of("initiate_call"), receivedMethods(frame));
    // Out of the document: null, as the element holds no CTI there.
    assertEquals(List.of(true, true), browser.list("const p = el.parentNode; el.remove();"
        + " const out = [el.cti === null, el.state === null]; p.append(el); return out"));
    assertEquals(true, browser.js("return el.cti !== null"), "back in the same task: the same CTI");
    assertEquals(List.of(), pageErrors());
  }

  @Test
  void eventsCarryThePayloadBubbleAndLeaveShadowRoots() {
    browser.open("host.html");
    browser.js("DialpadCti.defineElement(); window.seen = [];"
        + "for (const t of ['ready', 'state', 'user_authentication', 'call_ringing', 'message'])"
        + "  document.addEventListener(t, (e) => seen.push({type: t, detail: e.detail, path0: e.composedPath()[0].tagName,"
        + "    target: e.target.tagName, bubbles: e.bubbles, composed: e.composed}));"
        + "const host = document.createElement('div'); document.body.append(host);"
        + "const root = host.attachShadow({mode: 'open'});"
        + "window.el = document.createElement('dialpad-cti'); el.setAttribute('url', arguments[0]);"
        + "root.append(el);", frameUrl());
    WebElement frame = frame();
    browser.inFrame(frame, "post(envelope('user_authentication', {user_authenticated: true, user_id: 7}),"
        + " envelope('call_ringing', {state: 'on', id: 9, contact: {name: 'Ada'}}))");
    browser.waitUntil("seen.filter(e => e.type === 'call_ringing').length === 1");
    Map<String, Object> auth = browser.map("return seen.find(e => e.type === 'user_authentication')");
    assertEquals(Map.of("user_authenticated", true, "user_id", 7L), auth.get("detail"));
    // Retargeted to the shadow host at the document, as composed events are; the path starts at the element.
    assertEquals("DIV", auth.get("target"));
    assertEquals("DIALPAD-CTI", auth.get("path0"));
    assertEquals(true, auth.get("bubbles"));
    assertEquals(true, auth.get("composed"));
    assertEquals(Map.of("method", "call_ringing", "payload", Map.of("state", "on", "id", 9L, "contact", Map.of("name", "Ada"))),
        browser.map("return seen.filter(e => e.type === 'message').at(-1).detail"));
    assertEquals(true, browser.js("const s = seen.filter(e => e.type === 'state').at(-1).detail;"
        + " return s === el.state && s.ringing && s.authenticated"));
    assertEquals(1L, browser.js("return seen.filter(e => e.type === 'ready').length"));
    assertEquals(List.of(), pageErrors());
  }

  @Test
  void removingItDestroysTheCtiAndRejectsItsPendingCommands() {
    // A CTI that never loads: its command waits.
    addElement("url=\"" + browser.server.ctiOrigin() + "/hang\" auth-grace-ms=\"0\"");
    browser.js("window.cti = el.cti; window.outcome = null;"
        + "cti.initiateCall(arguments[0]).then(() => outcome = 'posted', (e) => outcome = e.code);"
        + "el.remove();", CALL);
    browser.waitUntil("outcome !== null");
    assertEquals("destroyed", browser.js("return outcome"));
    assertEquals(List.of(true, false, 0L, true), browser.list("return [cti.state.destroyed,"
        + " DialpadCti.instances.includes(cti), el.querySelectorAll('iframe').length, el.cti === null]"));
    // Back in a later task: a new CTI.
    browser.js("document.getElementById('phone').append(el)");
    assertEquals(true, browser.js("return el.cti !== null && el.cti !== cti && !el.cti.state.destroyed"));
    assertEquals(List.of(), pageErrors());
  }

  @Test
  void moveBeforeKeepsTheSameCtiLoaded() {
    addElement("url=\"" + frameUrl() + "\" auth-grace-ms=\"0\"");
    WebElement frame = frame();
    browser.inFrame(frame, "window.marker = 'still here'");
    browser.js("window.cti = el.cti; window.frameWindow = cti.iframe.contentWindow; window.reloads = 0;"
        + " cti.on('reload', () => reloads++); window.destroyed = 0;"
        + " cti.on('state', (s) => { if (s.destroyed) destroyed++; });");
    assertEquals(true, browser.js("return typeof Element.prototype.moveBefore === 'function'"));
    browser.js("const other = document.getElementById('second'); other.moveBefore(el, null);"
        + " window.moved = cti.initiateCall(arguments[0]).then(() => 'posted', (e) => e.code);", CALL);
    assertEquals("posted", browser.await("return await moved"));
    // A task later (when a removal would have destroyed it): still the same CTI, in the same window.
    browser.await("await new Promise((r) => setTimeout(r, 50))");
    assertEquals(List.of(true, true, true, 0L, 0L, true), browser.list("return [el.parentNode.id === 'second',"
        + " el.cti === cti, cti.iframe.contentWindow === frameWindow, reloads, destroyed, cti.state.ready]"));
    assertEquals("still here", browser.inFrame(frame, "return window.marker"), "the CTI's page did not reload");
    assertEquals(List.of("initiate_call"), receivedMethods(frame));
    assertEquals(List.of(), pageErrors());
  }

  @ParameterizedTest
  @ValueSource(strings = {"appendChild", "insertBefore"})
  void aMoveWithinOneTaskKeepsTheInstanceAndLosesNoCommand(String move) {
    addElement("url=\"" + frameUrl() + "\" auth-grace-ms=\"0\"");
    frame();
    browser.js("window.cti = el.cti; window.reloads = 0; cti.on('reload', () => reloads++);"
        + "const other = document.getElementById('second');"
        + (move.equals("appendChild") ? "other.appendChild(el);" : "other.insertBefore(el, other.firstChild);")
        // Issued right after the move, while the browser reloads the iframe.
        + "window.outcome = cti.initiateCall(arguments[0]).then(() => 'posted', (e) => e.code);", CALL);
    assertEquals("posted", browser.await("return await outcome"));
    browser.waitUntil("reloads === 1 && el.state.ready");
    assertEquals(1L, browser.js("return events.filter(e => e.type === 'reload').length"), "the element's reload event");
    assertEquals(List.of(true, false, true), browser.list("return [el.cti === cti, cti.state.destroyed,"
        + " DialpadCti.instances.length === 1]"));
    WebElement frame = (WebElement) browser.js("return el.cti.iframe");
    browser.waitForFrame(frame);
    // Posted once, to the page loaded after the move.
    assertEquals(List.of("initiate_call"), receivedMethods(frame));
    assertEquals(List.of(), pageErrors());
  }

  @Test
  void changingTheUrlOrClientIdReplacesTheCti() {
    addElement("url=\"" + frameUrl() + "\" auth-grace-ms=\"0\"");
    frame();
    // Replaced at once.
    assertEquals(List.of(true, true, true, 1L, true), browser.list("window.first = el.cti;"
        + " window.states = []; el.addEventListener('state', (e) => states.push(e.detail));"
        + " el.setAttribute('url', arguments[0]);"
        + " return [first.state.destroyed, el.cti !== first, el.cti.iframe.src.startsWith(arguments[1]),"
        + " el.querySelectorAll('iframe').length, states.at(-1) === el.state]",
        browser.server.attackerOrigin() + "/test-pages/frame.html", browser.server.attackerOrigin()));
    // The same value again changes nothing.
    assertEquals(true, browser.js("window.second = el.cti; el.setAttribute('url', el.getAttribute('url'));"
        + " return el.cti === second"));
    // client-id and url together are a bad pair: error, and the CTI stays as it was.
    browser.js("el.setAttribute('client-id', 'abc')");
    browser.waitUntil("events.some(e => e.type === 'error')");
    assertEquals(List.of("invalid_argument", true, false), browser.list("const e = events.filter(e => e.type === 'error').at(-1).detail;"
        + " return [e.code, el.cti === second, second.state.destroyed]"));
    assertEquals(List.of(true, "https://dialpad.com/apps/abc"), browser.list("el.removeAttribute('url');"
        + " return [second.state.destroyed, el.cti.iframe.src]"));
    assertEquals("https://dialpad.com/apps/other%20id", browser.js("el.setAttribute('client-id', 'other id');"
        + " return el.cti.iframe.src"));
    assertEquals(1L, browser.js("return DialpadCti.instances.length"));
    assertEquals(List.of(), pageErrors());
  }

  @Test
  void switchingFromUrlToClientIdInOneTaskReplacesOnceAndReportsNothing() {
    addElement("url=\"" + frameUrl() + "\" auth-grace-ms=\"0\"");
    frame();
    // A framework sets one attribute at a time; the pair in between (both, or neither) is never
    // mounted or reported, in either order.
    browser.await("window.first = el.cti; el.setAttribute('client-id', 'abc'); el.removeAttribute('url');"
        + " await new Promise((r) => setTimeout(r, 20));");
    assertEquals(List.of(true, "https://dialpad.com/apps/abc", 0L, 1L), browser.list("return [first.state.destroyed,"
        + " el.cti.iframe.src, events.filter(e => e.type === 'error').length, DialpadCti.instances.length]"));
    browser.await("window.second = el.cti; el.removeAttribute('client-id'); el.setAttribute('url', arguments[0]);"
        + " await new Promise((r) => setTimeout(r, 20));", frameUrl());
    assertEquals(List.of(true, frameUrl(), 0L, 1L), browser.list("return [second.state.destroyed,"
        + " el.cti.iframe.src, events.filter(e => e.type === 'error').length, DialpadCti.instances.length]"));
    // A bad change on its own is reported, once the task's changes are made.
    browser.js("window.third = el.cti; el.setAttribute('url', 'http://example.com/cti')");
    browser.waitUntil("events.some(e => e.type === 'error')");
    assertEquals(List.of("insecure_url", 1L, true), browser.list("return [events.find(e => e.type === 'error').detail.code,"
        + " events.filter(e => e.type === 'error').length, el.cti === third && !third.state.destroyed]"));
    assertEquals(List.of(), pageErrors());
  }

  @Test
  void aHiddenElementComesIntoSightWhenItsCtiIsShown() {
    // The element's own hidden attribute hides the element itself (display: none): it follows the CTI.
    addElement("url=\"" + frameUrl() + "\" auth-grace-ms=\"0\" hidden auto-show-on-ring");
    WebElement frame = frame();
    assertEquals(List.of(true, false, 0L), browser.list("return [el.hidden, el.state.visible, el.cti.iframe.offsetHeight]"));
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'on', id: 1}))");
    browser.waitUntil("el.state.ringing");
    assertEquals(List.of(false, true, false, 520L), browser.list("return [el.hidden, el.state.visible, el.cti.iframe.hidden,"
        + " el.cti.iframe.offsetHeight]"));
    browser.js("el.cti.hide()");
    assertEquals(List.of(true, false), browser.list("return [el.hidden, el.state.visible]"));
    browser.js("el.cti.show()");
    assertEquals(List.of(false, true), browser.list("return [el.hidden, el.state.visible]"));
    assertEquals(List.of(), pageErrors());
  }

  @Test
  void hiddenChangedDuringAMoveIsAppliedAndTheCtiKept() {
    addElement("url=\"" + frameUrl() + "\" auth-grace-ms=\"0\"");
    frame();
    assertEquals(List.of(true, false, true), browser.list("window.cti = el.cti; const p = el.parentNode; el.remove();"
        + " el.hidden = true; p.append(el); return [el.cti === cti, el.state.visible, cti.iframe.hidden]"));
    assertEquals(List.of(), pageErrors());
  }

  @Test
  void movedIntoAnotherDocumentItsCtiIsDestroyed() {
    addElement("url=\"" + frameUrl() + "\" auth-grace-ms=\"0\"");
    frame();
    // The CTI would talk to the other document's window, which the library does not listen to.
    browser.await("window.cti = el.cti; const other = document.implementation.createHTMLDocument('');"
        + " other.body.append(el); await new Promise((r) => setTimeout(r, 20));");
    assertEquals(List.of(true, 0L, 0L), browser.list("return [cti.state.destroyed, DialpadCti.instances.length,"
        + " el.querySelectorAll('iframe').length]"));
    // A url change there mounts nothing either.
    browser.await("el.setAttribute('url', arguments[0]); await new Promise((r) => setTimeout(r, 20));",
        browser.server.attackerOrigin() + "/test-pages/frame.html");
    assertEquals(List.of(0L, 0L), browser.list("return [DialpadCti.instances.length, el.querySelectorAll('iframe').length]"));
    // Back in this document: a new CTI, of the url it has now.
    browser.js("document.getElementById('phone').append(el)");
    assertEquals(true, browser.js("return el.cti !== null && el.cti !== cti && !el.cti.state.destroyed"
        + " && el.cti.iframe.src.startsWith(arguments[0])", browser.server.attackerOrigin()));
    assertEquals(List.of(), pageErrors());
  }

  @Test
  void aUrlChangedDuringAMoveOrADestroyedCtiGivesANewOne() {
    addElement("url=\"" + frameUrl() + "\" auth-grace-ms=\"0\"");
    frame();
    assertEquals(List.of(true, true, true), browser.list("window.first = el.cti; const p = el.parentNode; el.remove();"
        + " el.setAttribute('url', arguments[0]); p.append(el);"
        + " return [first.state.destroyed, el.cti !== first, el.cti.iframe.src.startsWith(arguments[1])]",
        browser.server.attackerOrigin() + "/test-pages/frame.html", browser.server.attackerOrigin()));
    // The page destroyed the element's CTI itself: a move gives it a new one.
    assertEquals(List.of(true, true, 1L), browser.list("window.second = el.cti; second.destroy(); const p = el.parentNode;"
        + " el.remove(); p.append(el); return [el.cti !== second, !el.cti.state.destroyed, DialpadCti.instances.length]"));
    assertEquals(List.of(), pageErrors());
  }

  @Test
  void badChangesInOneTaskAreReportedOnce() {
    addElement("url=\"" + frameUrl() + "\" auth-grace-ms=\"0\"");
    frame();
    browser.await("window.first = el.cti; el.setAttribute('url', 'http://example.com/a');"
        + " el.setAttribute('url', 'http://example.com/b'); el.setAttribute('client-id', 'abc');"
        + " await new Promise((r) => setTimeout(r, 20));");
    assertEquals(List.of(1L, "invalid_argument", true), browser.list("const errors = events.filter(e => e.type === 'error');"
        + " return [errors.length, errors[0].detail.code, el.cti === first && !first.state.destroyed]"));
  }

  @Test
  void warningsAreEventsOfTheElementToo() {
    // The stand-in posts nothing: cti_silent once the element's cti-silent-ms has passed.
    addElement("url=\"" + frameUrl() + "\" auth-grace-ms=\"0\" cti-silent-ms=\"200\"");
    frame();
    browser.waitUntil("events.some(e => e.type === 'warning')");
    assertEquals("cti_silent", browser.js("return events.find(e => e.type === 'warning').detail.code"));
    assertEquals(List.of(), pageErrors());
  }

  @Test
  void dataElementGivesTheElementItsName() {
    browser.open("element-named.html");
    browser.waitUntil("phone.state && phone.state.ready");
    assertEquals(List.of(true, false, true), browser.list("return [customElements.get('crm-phone') !== undefined,"
        + " customElements.get('dialpad-cti') !== undefined, phone.cti.iframe.parentNode === phone]"));
    assertEquals(List.of(), pageErrors());
  }

  @Test
  void hiddenShowsAndHidesWithoutUnmountingAndOtherChangesWaitForTheNextMount() {
    addElement("url=\"" + frameUrl() + "\" auth-grace-ms=\"0\" hidden");
    WebElement frame = frame();
    browser.inFrame(frame, "window.marker = 1");
    browser.js("window.cti = el.cti");
    assertEquals(List.of(false, true), browser.list("return [el.state.visible, cti.iframe.hidden]"));
    browser.js("el.hidden = false");
    assertEquals(List.of(true, false, true), browser.list("return [el.state.visible, cti.iframe.hidden, el.cti === cti]"));
    browser.js("el.toggleAttribute('hidden', true)");
    assertEquals(List.of(false, true, true), browser.list("return [el.state.visible, cti.iframe.hidden, el.cti === cti]"));
    assertEquals(1L, browser.inFrame(frame, "return window.marker"), "shown and hidden, never reloaded");
    // Another attribute: the next mount reads it.
    browser.js("el.setAttribute('width', '250'); el.setAttribute('title', 'Later')");
    assertEquals(List.of(true, "400", "Dialpad"), browser.list("return [el.cti === cti, cti.iframe.getAttribute('width'), cti.iframe.title]"));
    browser.js("el.remove()");
    browser.await("await new Promise((r) => setTimeout(r, 20))");
    browser.js("document.getElementById('phone').append(el)");
    assertEquals(List.of(true, "250", "Later"), browser.list("return [el.cti !== cti, el.cti.iframe.getAttribute('width'), el.cti.iframe.title]"));
    assertEquals(List.of(), pageErrors());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "|client_id_required",
      "client-id=\"\"|client_id_required",
      "url=\"http://example.com/cti\"|insecure_url",
      "url=\"not a url\"|insecure_url",
      "client-id=\"abc\" width=\"wide\"|invalid_argument",
      "client-id=\"abc\" ready-timeout-ms=\"soon\"|invalid_argument",
      "client-id=\"abc\" auto-enable-tab=\"always\"|invalid_argument",
      "client-id=\"abc\" default-country-code=\"UK\"|invalid_argument"})
  void aBadAttributeMountsNothingAndDispatchesError(String attributesAndCode) {
    String attributes = attributesAndCode.substring(0, attributesAndCode.indexOf('|'));
    String code = attributesAndCode.substring(attributesAndCode.indexOf('|') + 1);
    browser.open("host.html");
    browser.js("window.logged = []; const error = console.error;"
        + " console.error = (...args) => { logged.push(args.map(a => a && a.code || String(a))); error(...args); };"
        + "DialpadCti.defineElement(); window.errors = [];"
        + "window.el = document.createElement('div'); el.innerHTML = '<dialpad-cti ' + arguments[0] + '></dialpad-cti>';"
        + "el = el.firstChild; el.addEventListener('error', (e) => errors.push(e));"
        + "document.body.addEventListener('error', (e) => errors.push('body'));"
        + "document.getElementById('phone').append(el);", attributes);
    // Dispatched during append, before it returned.
    Map<String, Object> error = browser.map("const e = errors[0]; return {event: e instanceof CustomEvent,"
        + " name: e.detail.name, code: e.detail.code, isError: DialpadCti.isError(e.detail), bubbled: errors[1] === 'body',"
        + " short: e.detail.message.length < 400}");
    assertEquals(Map.of("event", true, "name", "DialpadCtiError", "code", code, "isError", true, "bubbled", true,
        "short", true), error, attributes);
    assertEquals(List.of(0L, true, 0L), browser.list("return [el.querySelectorAll('iframe').length, el.cti === null,"
        + " DialpadCti.instances.length]"));
    assertEquals(List.of(List.of("[dialpad-cti]", code)), browser.list("return logged"), "written with console.error");
    // Fixing the attributes mounts (once the task's changes are made), and reports nothing more.
    browser.js("for (const a of [...el.attributes]) el.removeAttribute(a.name); el.setAttribute('url', arguments[0])", frameUrl());
    browser.waitUntil("el.cti !== null && el.querySelectorAll('iframe').length === 1");
    assertEquals(1L, browser.js("return errors.filter(e => e !== 'body').length"));
    assertEquals(List.of(), pageErrors());
  }

  @ParameterizedTest
  @ValueSource(strings = {"element.csp.html", "element.dev.csp.html"})
  void holdsUnderStrictCspAndTrustedTypes(String page) {
    browser.open(page);
    browser.waitUntil("phone.state && phone.state.ready");
    WebElement frame = (WebElement) browser.js("return phone.cti.iframe");
    browser.waitForFrame(frame);
    browser.await("await phone.cti.initiateCall(arguments[0])", CALL);
    assertEquals(List.of("initiate_call"), receivedMethods(frame));
    assertEquals(List.of(), browser.pageErrors(), "no CSP or Trusted Types violation, no error");
  }

  @Test
  void theDevelopmentScriptRegistersItToo() {
    browser.open("element.dev.html");
    browser.waitUntil("early.state && early.state.ready && parsed.state && parsed.state.ready");
    assertEquals(true, browser.js("return early.cti !== null && early.cti === DialpadCti.instances[0]"));
    assertTrue(pageErrors().isEmpty(), () -> pageErrors().toString());
  }
}
