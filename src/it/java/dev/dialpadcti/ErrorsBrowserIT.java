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
  void mountingTwiceIntoOneContainerThrowsAlreadyMounted(String page) {
    browser.open(page);
    List<Object> results = browser.list("const first = DialpadCti.mount('#phone', {url: arguments[0]});"
        + "const out = [];"
        + "for (const container of ['#phone', document.getElementById('phone')]) {"
        + "  try { DialpadCti.mount(container, {url: arguments[0]}); out.push('mounted'); }"
        + "  catch (e) { out.push(e.name + ' ' + e.code + ' ' + DialpadCti.isError(e)); }"
        + "}"
        + "out.push(document.querySelectorAll('#phone iframe').length, DialpadCti.instances.length);"
        + "const other = DialpadCti.mount('#second', {url: arguments[0]});"
        + "first.destroy();"
        + "const again = DialpadCti.mount('#phone', {url: arguments[0]});"
        + "out.push(document.querySelectorAll('#phone iframe').length, DialpadCti.instances.length);"
        + "again.destroy(); other.destroy();"
        + "return out;", browser.ctiUrl());
    assertEquals(List.of("DialpadCtiError already_mounted true", "DialpadCtiError already_mounted true", 1L, 1L,
        1L, 2L), results, "a second mount changes nothing; after destroy() the container takes a new one");
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
    assertEquals(List.of("DialpadCtiError invalid_argument", "DialpadCtiError invalid_argument",
        "DialpadCtiError invalid_argument", "DialpadCtiError invalid_argument"), codes,
        "a getter that threw is reported as such, even after it caught an error of the library");
    assertEquals(0L, browser.js("return document.querySelectorAll('iframe').length"), "no iframe was added");
  }

  @ParameterizedTest
  @ValueSource(strings = {"host.html", "host.dev.html"})
  void sendAlwaysSettlesEvenWhenWhatPostMessageThrowsHasNoToString(String page) {
    browser.open(page);
    WebElement iframe = browser.mountReady("");
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
    WebElement iframe = browser.mountReady("");
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

  /**
   * Every argument the library echoes or parses, at 10 MB: a bounded message, and rejected within
   * 50 ms whatever the size. The arguments are built before the clock starts, and each case runs
   * five times and keeps its fastest run, so a garbage collection of the test's own 10 MB strings
   * does not count against the library.
   */
  @ParameterizedTest
  @ValueSource(strings = {"host.html", "host.dev.html"})
  void tenMegabyteInputsAreRejectedFastWithShortMessages(String page) {
    browser.open(page);
    browser.js("window.cti = DialpadCti.mount('#phone', {url: arguments[0]})", browser.ctiUrl());
    List<Object> results = browser.list("const huge = '9'.repeat(10 * 1024 * 1024);"
        + "const cases = {"
        + "  'phone number': ['+1' + huge], 'phone number field': [{phoneNumber: huge}],"
        + "  'caller id': [{phoneNumber: '+14155550123', outboundCallerId: huge}],"
        + "  'custom data': [{phoneNumber: '+14155550123', customData: huge}],"
        + "  'identity id': [{phoneNumber: '+14155550123', identityType: 'Office', identityId: huge}],"
        + "  'identity type': [{phoneNumber: '+14155550123', identityType: huge, identityId: 1}],"
        + "  'unknown key': [{phoneNumber: '+14155550123', ['k' + huge]: 1}],"
        + "  method: ['m' + huge], event: ['e' + huge], url: [{url: 'https://' + huge}],"
        + "  'url scheme': [{url: 'ftp://' + huge.slice(0, 8000)}],"
        + "  'unknown option': [{clientId: 'a', ['k' + huge]: 1}], selector: ['#x' + huge],"
        + "  'client id': [{clientId: '\\uD800' + huge}]};"
        + "const run = {"
        + "  'phone number': (a) => cti.initiateCall(a), 'phone number field': (a) => cti.initiateCall(a),"
        + "  'caller id': (a) => cti.initiateCall(a), 'custom data': (a) => cti.initiateCall(a),"
        + "  'identity id': (a) => cti.initiateCall(a), 'identity type': (a) => cti.initiateCall(a),"
        + "  'unknown key': (a) => cti.initiateCall(a), method: (a) => cti.send(a), event: (a) => cti.on(a, () => {}),"
        + "  url: (a) => DialpadCti.mount('#second', a), 'url scheme': (a) => DialpadCti.mount('#second', a),"
        + "  'unknown option': (a) => DialpadCti.mount('#second', a),"
        + "  selector: (a) => DialpadCti.mount(a, {clientId: 'a'}), 'client id': (a) => DialpadCti.mount('#second', a)};"
        + "const out = [];"
        + "for (const [what, [arg]] of Object.entries(cases)) {"
        + "  let best = Infinity, error;"
        + "  for (let i = 0; i < 5; i++) {"
        + "    const t = performance.now();"
        + "    try { await run[what](arg); error = undefined; } catch (e) { error = e; }"
        + "    best = Math.min(best, performance.now() - t);"
        + "  }"
        + "  out.push({what, code: error && error.code, length: error ? error.message.length : -1, ms: best});"
        + "}"
        + "return out;");
    for (Object result : results) {
      Map<?, ?> r = (Map<?, ?>) result;
      double ms = ((Number) r.get("ms")).doubleValue();
      System.out.printf("%s: 10 MB %s rejected in %.1f ms (fastest of 5), message %s characters%n",
          page, r.get("what"), ms, r.get("length"));
      assertTrue(r.get("code") instanceof String, "rejected with a code: " + r);
      long length = ((Number) r.get("length")).longValue();
      assertTrue(length > 0 && length < BOUND, "bounded message: " + r);
      assertTrue(ms < 50, "rejected within 50 ms: " + r);
    }
    assertEquals(14, results.size());
    assertEquals(0L, browser.js("return document.querySelectorAll('#second iframe').length"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"host.html", "host.dev.html"})
  void hostileContainersAndThrownValuesStillGiveDialpadCtiErrors(String page) {
    browser.open(page);
    WebElement iframe = browser.mountReady("");
    List<Object> results = browser.list("const out = [];"
        + "const revoked = Proxy.revocable({}, {}); revoked.revoke();"
        + "const trap = new Proxy({}, {getPrototypeOf() { throw new Error('trap'); }});"
        + "for (const container of [revoked.proxy, trap]) {"
        + "  try { DialpadCti.mount(container, {clientId: 'a'}); out.push('mounted'); }"
        + "  catch (e) { out.push(e.name + ' ' + e.code); }"
        + "}"
        + "const fake = {name: 'DialpadCtiError', code: 'x', stack: 's', get message() { throw 1; }};"
        + "const liar = {get name() { throw 2; }, get stack() { throw 3; }, get code() { throw 4; }};"
        + "for (const thrown of [revoked.proxy, fake, liar]) {"
        + "  out.push(await Promise.race([cti.initiateCall({get phoneNumber() { throw thrown; }})"
        + "      .then(() => 'posted', (e) => e.name + ' ' + e.code),"
        + "    new Promise((r) => setTimeout(() => r('pending'), 2000))]));"
        + "  out.push(await Promise.race([cti.send('m', new Proxy({}, {ownKeys() { throw thrown; }}))"
        + "      .then(() => 'posted', (e) => e.name + ' ' + e.code),"
        + "    new Promise((r) => setTimeout(() => r('pending'), 2000))]));"
        + "}"
        + "out.push(DialpadCti.isError(revoked.proxy), DialpadCti.isError(liar), DialpadCti.isError(fake));"
        + "return out;");
    assertEquals(List.of("DialpadCtiError container_not_found", "DialpadCtiError container_not_found",
        "DialpadCtiError invalid_argument", "DialpadCtiError invalid_argument",
        "DialpadCtiError invalid_argument", "DialpadCtiError invalid_argument",
        "DialpadCtiError invalid_argument", "DialpadCtiError invalid_argument", false, false, true), results,
        "isError is a duck-typed guard: an object shaped like the error passes, one that throws does not");
    assertEquals(List.of(), browser.inFrame(iframe, "return __raw.map(m => m.data)"), "nothing was posted");
  }
}
