package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The integrator helpers of SPEC §10 in Chromium: {@code DialpadCti.toE164} and the
 * {@code defaultCountryCode} option, {@code cti.clickToDial} with real clicks and keys, and
 * {@code ringAttention} with the page hidden and notifications granted.
 */
class HelpersBrowserIT extends BrowserTest {
  @AfterEach
  void noPageErrors() {
    browser.driver.switchTo().defaultContent();
    assertEquals(List.of(), browser.pageErrors());
  }

  /** The methods and payloads the stand-in frame has received. */
  private List<Object> received(WebElement frame) {
    return browser.list("return arguments[0]", browser.inFrame(frame,
        "return __raw.filter(m => m.data && m.data.api).map(m => m.data.method + ' ' + JSON.stringify(m.data.payload))"));
  }

  @ParameterizedTest
  @ValueSource(strings = {ConsoleBrowserIT.PRODUCTION, ConsoleBrowserIT.DEVELOPMENT})
  void toE164NormalisesOrThrowsACodedError(String page) {
    browser.open(page);
    assertEquals(List.of("+14155550123", "+14155550123", "+442071838750", "+442071838750", "+14155550123"),
        browser.list("return [DialpadCti.toE164('(415) 555-0123', 1), DialpadCti.toE164('tel:+1-415-555-0123;ext=9'),"
            + " DialpadCti.toE164('020 7183 8750', '44'), DialpadCti.toE164('020 7183 8750', '+44'),"
            + " DialpadCti.toE164('+1 415 555 0123', null)]"));
    List<Object> codes = browser.list("const out = [];"
        + "for (const [text, cc] of [['(415) 555-0123'], ['1-800-FLOWERS', 1], [4155550123, 1], [null, 1],"
        + "    ['4155550123', 0], ['4155550123', '1234'], ['4155550123', {}]]) {"
        + "  try { out.push(DialpadCti.toE164(text, cc)); } catch (e) { out.push(DialpadCti.isError(e) && e.code); } }"
        + "return out;");
    assertEquals(List.of("invalid_phone_number", "invalid_phone_number", "invalid_phone_number",
        "invalid_phone_number", "invalid_argument", "invalid_argument", "invalid_argument"), codes);
    String message = (String) browser.js("try { DialpadCti.toE164('(415) 555-0123'); } catch (e) { return e.message; }");
    assertEquals(page.equals(ConsoleBrowserIT.DEVELOPMENT), message.contains("defaultCountryCode"), message);
  }

  @Test
  void defaultCountryCodeNormalisesTheCallsNumber() {
    browser.open("host.html");
    WebElement frame = browser.mountReady(", defaultCountryCode: '1'");
    browser.await("await cti.initiateCall('(415) 555-0123');"
        + " await cti.initiateCall({phoneNumber: '1-800-555-0199', customData: 'x'});");
    Object bad = browser.await("return await cti.initiateCall('555-0123').then(() => 'posted', e => e.code)");
    assertEquals("invalid_phone_number", bad);
    browser.waitForFrame(frame, "__raw.length === 2");
    assertEquals(List.of("initiate_call {\"phone_number\":\"+14155550123\"}",
        "initiate_call {\"phone_number\":\"+18005550199\",\"custom_data\":\"x\"}"), received(frame));
  }

  @Test
  void theDevelopmentBuildSuggestsTheE164FormOfANumberThatHasOne() {
    browser.open(ConsoleBrowserIT.DEVELOPMENT);
    browser.mountReady("");
    Object message = browser.await("return await cti.initiateCall('+1 (415) 555-0123').then(() => 'posted', e => e.message)");
    assertTrue(((String) message).contains("did you mean '+14155550123'?"), (String) message);
    Object national = browser.await("return await cti.initiateCall('(415) 555-0123').then(() => 'posted', e => e.message)");
    assertTrue(!((String) national).contains("did you mean"), (String) national);
  }

  private WebElement contacts() {
    browser.js("document.body.insertAdjacentHTML('beforeend', `<ul id='contacts'>"
        + "<li><a id='ada' href='tel:+14155550123'>Ada</a></li>"
        + "<li><a id='bob' href='TEL:+1-415-555-0100' data-dialpad-custom-data='contact-7'>Bob</a></li>"
        + "<li><a id='bad' href='tel:call-me'>Nobody</a></li>"
        + "<li><a id='web' href='#web'>Web</a></li>"
        + "</ul>`);"
        // Last in line: what the library left alone is recorded, then kept from navigating away.
        + "window.navigated = []; addEventListener('click', e => {"
        + "  if (!e.defaultPrevented) navigated.push(e.target.id); e.preventDefault(); });");
    return browser.mountReady("");
  }

  @Test
  void clickToDialDialsTelLinksAndButtonsAddedLaterAndLeavesOtherClicksAlone() {
    browser.open("host.html");
    WebElement frame = contacts();
    browser.js("cti.hide(); window.stop = cti.clickToDial();");
    browser.driver.findElement(By.id("ada")).click();
    browser.waitForFrame(frame, "__raw.length === 1");
    assertEquals(true, browser.js("return cti.state.visible"), "a handled click shows the CTI");
    // Added after clickToDial, with a custom data attribute.
    browser.js("document.getElementById('contacts').insertAdjacentHTML('beforeend',"
        + " `<li><button id='carol' data-dialpad-call='+442071838750' data-dialpad-custom-data='{\"id\":3}'>"
        + "<span id='carol-label'>Carol</span></button></li>`)");
    browser.driver.findElement(By.id("carol-label")).click();
    browser.driver.findElement(By.id("bob")).sendKeys(Keys.ENTER);
    browser.waitForFrame(frame, "__raw.length === 3");
    assertEquals(List.of("initiate_call {\"phone_number\":\"+14155550123\"}",
        "initiate_call {\"phone_number\":\"+442071838750\",\"custom_data\":\"{\\\"id\\\":3}\"}",
        "initiate_call {\"phone_number\":\"+14155550100\",\"custom_data\":\"contact-7\"}"), received(frame));

    // Modifier keys and other buttons are the browser's (open in a new tab, and so on).
    // (Dispatched: a real modified click would open a tab or window, whatever the page does.)
    browser.js("const ada = document.getElementById('ada');"
        + "for (const init of [{ctrlKey: true}, {metaKey: true}, {shiftKey: true}, {altKey: true}, {button: 1}]) {"
        + "  ada.dispatchEvent(new MouseEvent('click', Object.assign({bubbles: true, cancelable: true}, init))); }"
        + "document.getElementById('ada').addEventListener('click', e => e.preventDefault(), {once: true});"
        + "document.getElementById('ada').click();");
    browser.driver.findElement(By.id("web")).click();
    browser.await("await new Promise(r => setTimeout(r, 200))");
    assertEquals(3, received(frame).size(), "none of those dialled");
    assertEquals(List.of("ada", "ada", "ada", "ada", "ada", "web"), browser.list("return navigated"));

    browser.js("stop(); stop();");
    browser.driver.findElement(By.id("carol")).click();
    browser.await("await new Promise(r => setTimeout(r, 200))");
    assertEquals(3, received(frame).size(), "unsubscribed");
  }

  @Test
  void aNumberWithoutAnE164FormDialsNothingAndWarns() {
    browser.open("host.html");
    WebElement frame = contacts();
    browser.js("window.warnings = []; cti.on('warning', w => warnings.push(w)); cti.clickToDial();");
    browser.driver.findElement(By.id("bad")).click();
    browser.waitUntil("warnings.length === 1");
    assertEquals("bad_number", browser.js("return warnings[0].code"));
    assertTrue(((String) browser.js("return warnings[0].message")).contains("call-me"));
    assertEquals(List.of(), received(frame));
  }

  @Test
  void onDialCanCancelOrAddCustomDataAndCustomDataReadsTheElement() {
    browser.open("host.html");
    WebElement frame = contacts();
    browser.js("window.seen = [];"
        + "cti.clickToDial({root: document.getElementById('contacts'),"
        + "  customData: (el) => 'from ' + el.id,"
        + "  onDial: (call, el) => { seen.push([call.phoneNumber, el.id]);"
        + "    if (el.id === 'bob') return false; call.customData = call.customData + '!'; }});");
    browser.driver.findElement(By.id("bob")).click();
    browser.driver.findElement(By.id("ada")).click();
    browser.waitForFrame(frame, "__raw.length === 1");
    assertEquals(List.of("initiate_call {\"phone_number\":\"+14155550123\",\"custom_data\":\"from ada!\"}"),
        received(frame));
    assertEquals(List.of(List.of("+14155550100", "bob"), List.of("+14155550123", "ada")), browser.list("return seen"));
  }

  @Test
  void badOptionsThrowAndDestroyRemovesTheListener() {
    browser.open("host.html");
    contacts();
    List<Object> codes = browser.list("const out = [];"
        + "for (const o of [{selector: '[['}, {root: 'body'}, {onDial: 'x'}, {customData: 1}, {rootElement: document},"
        + "    'tel:'] ) { try { cti.clickToDial(o); out.push('ok'); } catch (e) { out.push(e.code); } }"
        + "return out;");
    assertEquals(List.of("invalid_argument", "invalid_argument", "invalid_argument", "invalid_argument",
        "unknown_field", "invalid_argument"), codes);
    browser.js("cti.clickToDial({selector: '#ada'}); cti.destroy();");
    browser.driver.findElement(By.id("ada")).click();
    assertEquals(List.of("ada"), browser.list("return navigated"), "no listener is left to handle it");
    assertEquals("destroyed", browser.js("try { cti.clickToDial(); } catch (e) { return e.code; }"));
  }

  @Test
  void twoInstancesOnOnePageDialOnceTheInnermostRootFirst() {
    browser.open("host.html");
    WebElement first = contacts();
    browser.await("window.other = DialpadCti.mount('#second', {url: arguments[0], authGraceMs: 0});"
        + " await other.once('ready');", browser.ctiUrl());
    WebElement second = (WebElement) browser.js("return other.iframe");
    browser.waitForFrame(second);
    browser.js("cti.clickToDial(); other.clickToDial({root: document.getElementById('contacts')});");
    browser.driver.findElement(By.id("ada")).click();
    browser.waitForFrame(second, "__raw.length === 1");
    browser.await("await new Promise(r => setTimeout(r, 200))");
    assertEquals(List.of(), received(first), "the outer subscription left the handled click alone");
    browser.js("other.destroy(); DialpadCti.mount('#second', {url: arguments[0], authGraceMs: 0}).clickToDial();",
        browser.ctiUrl());
    browser.driver.findElement(By.id("ada")).click();
    browser.waitForFrame(first, "__raw.length === 1");
    browser.await("await new Promise(r => setTimeout(r, 200))");
    assertEquals(1, received(first).size(), "same root: the older subscription dials, once");
  }

  @Test
  void ringAttentionAlternatesTheTitleAndNotifiesOncePerCallWhileThePageIsHidden() {
    browser.open("host.html");
    browser.driver.executeCdpCommand("Browser.grantPermissions", java.util.Map.of(
        "origin", browser.server.hostOrigin(), "permissions", List.of("notifications")));
    // No CDP call hides a headless page: the test overrides document.hidden and says so with the event.
    browser.js("window.__hidden = false; Object.defineProperty(document, 'hidden', {configurable: true,"
        + " get: () => __hidden});"
        + "window.hide = (on) => { __hidden = on; document.dispatchEvent(new Event('visibilitychange')); };"
        + "window.notes = []; const Real = Notification;"
        + "window.Notification = new Proxy(Real, {get: (t, k) => Reflect.get(t, k), construct(t, args) {"
        + "  const n = Reflect.construct(t, args); const close = n.close.bind(n); n.closed = false;"
        + "  n.close = () => { n.closed = true; close(); }; notes.push({title: args[0], n}); return n; }});"
        + "document.title = 'CRM';");
    assertEquals("granted", browser.js("return Notification.permission"));
    WebElement frame = browser.mountReady(", ringAttention: true");
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'on', id: 1, contact: {name: 'Ada'}}))");
    browser.waitUntil("cti.state.calls.length === 1");
    assertEquals("CRM", browser.js("return document.title"), "the page is visible: nothing to do");
    assertEquals(0L, browser.js("return notes.length"));

    browser.js("hide(true)");
    browser.waitUntil("document.title === 'Incoming call: Ada'");
    browser.waitUntil("document.title === 'CRM'");
    browser.waitUntil("document.title === 'Incoming call: Ada'");
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'on', id: 2, external_number: '+14155550123'}),"
        + " envelope('call_ringing', {state: 'on', id: 1, contact: {name: 'Ada'}}))");
    browser.waitUntil("cti.history.length === 3");
    assertEquals(List.of("Incoming call: Ada", "Incoming call: +14155550123"),
        browser.list("return notes.map(x => x.title)"), "one per call");

    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'off', id: 1}))");
    browser.waitUntil("notes[0].n.closed");
    assertEquals(false, browser.js("return notes[1].n.closed"));
    browser.js("hide(false)");
    assertEquals("CRM", browser.js("return document.title"), "restored when the page is shown");
    browser.await("await new Promise(r => setTimeout(r, 1200))");
    assertEquals("CRM", browser.js("return document.title"), "and it stays");
    browser.js("hide(true)");
    browser.waitUntil("document.title.startsWith('Incoming call')");
    assertEquals(2L, browser.js("return notes.length"), "the call still ringing was notified already");
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'off', id: 2}))");
    browser.waitUntil("notes[1].n.closed && document.title === 'CRM'");
    browser.await("await new Promise(r => setTimeout(r, 1200))");
    assertEquals("CRM", browser.js("return document.title"), "restored when the ringing stops");
  }

  @Test
  void ringAttentionNeverAsksForPermissionAndDoesNothingWithoutIt() {
    browser.open("host.html");
    browser.js("window.asked = 0; Notification.requestPermission = () => { asked++; return Promise.resolve('denied'); };"
        + "window.__hidden = true; Object.defineProperty(document, 'hidden', {configurable: true, get: () => __hidden});"
        + "document.title = 'CRM';");
    WebElement frame = browser.mountReady(", ringAttention: true");
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'on', id: 1}))");
    browser.waitUntil("document.title === 'Incoming call'");
    assertEquals(0L, browser.js("return asked"));
    browser.js("cti.destroy()");
    assertEquals("CRM", browser.js("return document.title"), "destroy restores the title");
  }
}
