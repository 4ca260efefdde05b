package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;

/**
 * Errors that never misbehave, in both builds: every failure is a DialpadCtiError with a code,
 * serialises, clones, has a stack that names it, settles its Promise, and stays short whatever
 * the size of the input.
 */
class ErrorsBrowserIT extends BrowserTest {
  /** Longest message any input may produce (the echo of a value is cut to 60 characters). */
  static final int BOUND = 400;

  @AfterEach
  void noPageErrors() {
    assertEquals(List.of(), browser.pageErrors(), "uncaught errors or unhandled rejections on the host page");
  }

  /** Collects one error of every kind the API raises, thrown or rejected, into window.errors. */
  private static void collectErrors(String page) {
    browser.open(page);
    browser.await("window.errors = [];"
        + "const thrown = (f) => { try { f(); errors.push('no error'); } catch (e) { errors.push(e); } };"
        + "const rejected = async (p) => { try { await p; errors.push('no error'); } catch (e) { errors.push(e); } };"
        + "thrown(() => DialpadCti.mount('#nope', {clientId: 'a'}));"
        + "thrown(() => DialpadCti.mount('#phone', {client_id: 'a'}));"
        + "thrown(() => DialpadCti.mount('#phone', {url: 'http://example.com/'}));"
        + "thrown(() => DialpadCti.debug(1));"
        + "window.cti = DialpadCti.mount('#phone', {url: arguments[0]});"
        + "thrown(() => cti.on('Bad-Name', () => {}));"
        + "await rejected(cti.initiateCall({phone_number: '+14155550123'}));"
        + "await rejected(cti.initiateCall('555'));"
        + "await rejected(cti.send('x', () => {}));"
        + "await cti.once('ready');"
        + "await rejected(cti.send('x', {f: () => {}}));"
        + "cti.destroy();"
        + "await rejected(cti.enableCurrentTab());",
        browser.ctiUrl());
  }

  @ParameterizedTest
  @ValueSource(strings = {"host.html", "host.dev.html"})
  void everyErrorSerialisesClonesAndNamesItself(String page) {
    collectErrors(page);
    List<Object> checks = browser.list("return errors.map((e) => {"
        + "  if (!(e instanceof Error)) return 'not an Error: ' + String(e);"
        + "  const json = JSON.parse(JSON.stringify(e));"
        + "  const clone = structuredClone(e);"
        + "  return {name: e.name, code: e.code, keys: Object.keys(e).sort().join(','),"
        + "    json: Object.keys(json).sort().join(','), jsonCode: json.code, cloneMessage: clone.message === e.message,"
        + "    stack: e.stack.startsWith('DialpadCtiError: ' + e.message), isError: DialpadCti.isError(e),"
        + "    length: e.message.length};"
        + "})");
    assertEquals(10, checks.size());
    for (Object check : checks) {
      Map<?, ?> c = (Map<?, ?>) check;
      assertEquals("DialpadCtiError", c.get("name"), c.toString());
      assertEquals("code,message,name", c.get("keys"), "own enumerable properties: " + c);
      assertEquals("code,message,name", c.get("json"), c.toString());
      assertEquals(c.get("code"), c.get("jsonCode"));
      assertEquals(true, c.get("cloneMessage"), c.toString());
      assertEquals(true, c.get("stack"), "stack starts with the name and message: " + c);
      assertEquals(true, c.get("isError"), c.toString());
    }
    assertEquals(List.of("container_not_found", "unknown_field", "insecure_url", "invalid_argument",
        "invalid_method", "unknown_field", "invalid_phone_number", "invalid_argument", "invalid_argument",
        "destroyed"), checks.stream().map(c -> ((Map<?, ?>) c).get("code")).toList());
    assertEquals(List.of(false, false, false, false, false, false), browser.list(
        "return [new Error('x'), {name: 'DialpadCtiError', code: 'x'}, null, undefined, 'DialpadCtiError',"
            + " Object.assign(new TypeError('t'), {code: 5, name: 'DialpadCtiError'})].map(DialpadCti.isError)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"host.html", "host.dev.html"})
  void aClientIdTheBrowserCannotEncodeIsADialpadCtiError(String page) {
    browser.open(page);
    Map<String, Object> e = browser.map("try { DialpadCti.mount('#phone', {clientId: 'abc\\uD800'}); return {};"
        + " } catch (e) { return {name: e.name, code: e.code, ours: DialpadCti.isError(e)}; }");
    assertEquals(Map.of("name", "DialpadCtiError", "code", "invalid_argument", "ours", true), e);
    assertEquals(0L, browser.js("return document.querySelectorAll('iframe').length"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"host.html", "host.dev.html"})
  void hostileMountOptionsThrowADialpadCtiErrorAndAddNothing(String page) {
    browser.open(page);
    List<Object> codes = browser.list("const out = [];"
        + "for (const options of [{get clientId() { throw new Error('getter'); }},"
        + "    {clientId: 'a', get width() { throw Object.create(null); }},"
        + "    new Proxy({}, {ownKeys() { throw 42; }}),"
        + "    {clientId: 'a', get title() { try { DialpadCti.mount('#nope', {}); } catch (e) {} throw 'x'; }}]) {"
        + "  try { DialpadCti.mount('#phone', options); out.push('mounted'); }"
        + "  catch (e) { out.push(e.name + ' ' + e.code); }"
        + "}"
        + "return out;");
    assertEquals("DialpadCtiError invalid_argument", codes.get(0));
    assertEquals("DialpadCtiError invalid_argument", codes.get(1));
    assertEquals("DialpadCtiError invalid_argument", codes.get(2));
    assertTrue(codes.get(3).toString().startsWith("DialpadCtiError "), codes.toString());
    assertEquals(0L, browser.js("return document.querySelectorAll('iframe').length"), "no iframe was added");
  }

  @ParameterizedTest
  @ValueSource(strings = {"host.html", "host.dev.html"})
  void sendAlwaysSettlesEvenWhenWhatPostMessageThrowsHasNoToString(String page) {
    browser.open(page);
    browser.await("window.cti = DialpadCti.mount('#phone', {url: arguments[0]}); await cti.once('ready');",
        browser.ctiUrl());
    WebElement iframe = (WebElement) browser.js("return cti.iframe");
    browser.waitForFrame(iframe);
    List<Object> results = browser.list("const out = [];"
        + "const bare = Object.create(null);"
        + "const badToString = {toString() { throw bare; }};"
        + "for (const thrown of [bare, badToString, 42, undefined]) {"
        + "  const payload = {get x() { throw thrown; }};"
        + "  const settled = await Promise.race([cti.send('odd_payload', payload).then(() => 'resolved',"
        + "      (e) => e.name + ' ' + e.code + ' ' + DialpadCti.isError(e)),"
        + "    new Promise((r) => setTimeout(() => r('pending'), 2000))]);"
        + "  out.push(settled);"
        + "}"
        + "await new Promise((r) => setTimeout(r, 100));"
        + "return out;");
    assertEquals(List.of("DialpadCtiError invalid_argument true", "DialpadCtiError invalid_argument true",
        "DialpadCtiError invalid_argument true", "DialpadCtiError invalid_argument true"), results);
    assertEquals(List.of(), browser.inFrame(iframe, "return __raw.map(m => m.data)"), "nothing was posted");
  }

  @ParameterizedTest
  @ValueSource(strings = {"host.html", "host.dev.html"})
  void hostileArgumentsRejectWithACodeAndPostNothing(String page) {
    browser.open(page);
    browser.await("window.cti = DialpadCti.mount('#phone', {url: arguments[0]}); await cti.once('ready');",
        browser.ctiUrl());
    WebElement iframe = (WebElement) browser.js("return cti.iframe");
    browser.waitForFrame(iframe);
    List<Object> codes = browser.list("const out = [];"
        + "const calls = [{get phoneNumber() { throw new Error('getter'); }},"
        + "  new Proxy({}, {ownKeys() { throw Object.create(null); }}),"
        + "  {phoneNumber: '+14155550123', identityType: 'Office', identityId: '9223372036854775808'},"
        + "  {phoneNumber: '+14155550123', identityType: 'Office', identityId: '18446744073709551616'},"
        + "  {phoneNumber: '+14155550123', identityType: 'Office', identityId: '1'.repeat(1 << 20)}];"
        + "for (const call of calls) {"
        + "  out.push(await cti.initiateCall(call).then(() => 'posted', (e) => e.name + ' ' + e.code));"
        + "}"
        + "return out;");
    assertEquals(List.of("DialpadCtiError invalid_argument", "DialpadCtiError invalid_argument",
        "DialpadCtiError invalid_argument", "DialpadCtiError invalid_argument", "DialpadCtiError invalid_argument"),
        codes);
    browser.await("await cti.initiateCall({phoneNumber: '+14155550123', identityType: 'Office',"
        + " identityId: '9223372036854775807'})");
    browser.waitForFrame(iframe, "__raw.length === 1");
    assertEquals("9223372036854775807",
        browser.inFrame(iframe, "return __raw[0].data.payload.identity_id"), "the largest 64-bit id is posted");
  }

  @ParameterizedTest
  @ValueSource(strings = {"host.html", "host.dev.html"})
  void tenMegabyteInputsGiveShortMessages(String page) {
    browser.open(page);
    browser.js("window.cti = DialpadCti.mount('#phone', {url: arguments[0]})", browser.ctiUrl());
    List<Object> results = browser.list("const huge = '9'.repeat(10 * 1024 * 1024);"
        + "const out = [];"
        + "const time = async (what, f) => { const t = performance.now(); let e;"
        + "  try { await f(); } catch (x) { e = x; }"
        + "  out.push({what, code: e && e.code, length: e ? e.message.length : -1, ms: performance.now() - t}); };"
        + "await time('phone number', () => cti.initiateCall('+1' + huge));"
        + "await time('phone number field', () => cti.initiateCall({phoneNumber: huge}));"
        + "await time('caller id', () => cti.initiateCall({phoneNumber: '+14155550123', outboundCallerId: huge}));"
        + "await time('custom data', () => cti.initiateCall({phoneNumber: '+14155550123', customData: huge}));"
        + "await time('method', () => cti.send('m' + huge));"
        + "await time('event', () => cti.on('e' + huge, () => {}));"
        + "await time('unknown key', () => cti.initiateCall({phoneNumber: '+14155550123', ['k' + huge]: 1}));"
        + "await time('url', () => DialpadCti.mount('#second', {url: 'ftp://' + huge}));"
        + "await time('unknown option', () => DialpadCti.mount('#second', {clientId: 'a', ['k' + huge]: 1}));"
        + "await time('selector', () => DialpadCti.mount('#x' + huge, {clientId: 'a'}));"
        + "return out;");
    for (Object result : results) {
      Map<?, ?> r = (Map<?, ?>) result;
      System.out.printf("%s: 10 MB %s rejected in %.1f ms, message %s characters%n",
          page, r.get("what"), ((Number) r.get("ms")).doubleValue(), r.get("length"));
      assertTrue(r.get("code") instanceof String, "rejected with a code: " + r);
      long length = ((Number) r.get("length")).longValue();
      assertTrue(length > 0 && length < BOUND, "bounded message: " + r);
    }
    assertEquals(10, results.size());
  }
}
