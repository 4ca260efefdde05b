package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** Many hostile and malformed messages, and many mount/destroy cycles, in a real browser. */
class RobustnessBrowserIT extends BrowserTest {
  static final int MALFORMED_FROM_CTI = 10_000;
  static final int FROM_ATTACKER = 2_000;
  static final int VALID_EVERY = 50;
  static final int CYCLES = 500;




  @Test
  void fuzzedMessagesAreDroppedAndInterleavedValidOnesAllArriveInOrder() {
    browser.open("host.html");
    browser.await("window.cti = DialpadCti.mount('#phone', {url: arguments[0]}); await cti.once('ready');"
        + "cti.on('message', record('message'));"
        + "for (const e of ['ready', 'user_authentication', 'call_ringing', 'fuzz_marker', 'constructor', '__proto__'.slice(2)])"
        + "  cti.on(e, record(e));"
        + "const a = document.createElement('iframe'); a.src = arguments[1]; a.id = 'evil';"
        + "document.getElementById('attacker').append(a); await new Promise(r => a.onload = r);",
        browser.ctiUrl(), browser.attackerUrl());
    WebElement cti = (WebElement) browser.js("return cti.iframe");
    WebElement attacker = (WebElement) browser.js("return document.getElementById('evil')");
    browser.waitForFrame(cti);
    browser.waitForFrame(attacker);

    // From the attacker: valid-looking messages and malformed ones, interleaved with the CTI's.
    browser.inFrame(attacker, "const rand = fuzz.random(7);"
        + "for (let i = 0; i < arguments[0]; i++) post(i % 2 ? fuzz.hostileValid(i) : fuzz.malformed(rand));",
        FROM_ATTACKER);
    @SuppressWarnings("unchecked")
    List<Object> sent = (List<Object>) browser.inFrame(cti, "const rand = fuzz.random(42), valid = [];"
        + "for (let i = 0; i < arguments[0]; i++) {"
        + "  if (i % arguments[1] === 0) { post(fuzz.valid(i, valid.length)); valid.push(i); }"
        + "  post(fuzz.malformed(rand));"
        + "}"
        + "post(fuzz.valid(arguments[0], valid.length)); valid.push(arguments[0]);"
        + "return valid;", MALFORMED_FROM_CTI, VALID_EVERY);
    int last = MALFORMED_FROM_CTI;
    browser.waitUntil("__seen.some(s => s.tag === 'message' && (s.payload.payload.seq === arguments[0]"
        + " || s.payload.payload.id === arguments[0]))", last);
    browser.waitUntil("__raw.filter(m => m.origin === arguments[0]).length >= arguments[1]",
        browser.server.attackerOrigin(), FROM_ATTACKER);

    List<Object> delivered = browser.list("return __seen.filter(s => s.tag === 'message')"
        + ".map(s => s.payload.method === 'fuzz_marker' ? s.payload.payload.seq : s.payload.payload.id)");
    assertEquals(sent, delivered, () -> "every valid message, in order, and nothing else; spurious: "
        + browser.js("return JSON.stringify(__seen.filter(s => s.tag === 'message' && s.payload.method !== 'fuzz_marker'"
            + " && s.payload.method !== 'call_ringing').slice(0, 5))"));
    Map<String, Object> perEvent = browser.map("const n = {}; for (const s of __seen) n[s.tag] = (n[s.tag] || 0) + 1; return n;");
    assertEquals(Map.of("message", (long) sent.size(), "call_ringing", (long) sent.size() / 2,
        "fuzz_marker", (long) (sent.size() + 1) / 2), perEvent, "no spurious events (user_authentication, ready...)");
    assertEquals(true, browser.js("return cti.state.authenticated === null"), "the attacker never logged anyone in");
    assertEquals(List.of(), browser.pageErrors());
    System.out.printf("fuzz: %d malformed from the CTI origin and %d from the attacker (half of them valid-looking)"
        + " dropped; %d valid interleaved delivered in order%n", MALFORMED_FROM_CTI, FROM_ATTACKER, sent.size());
  }

  @Test
  void mountDestroyCyclesLeaveNothingBehind() {
    browser.open("host.html");
    int listenersBefore = browser.messageListenerCount();
    double[] heap = new double[3];
    int[] at = {100, 300, CYCLES};
    int done = 0;
    for (int i = 0; i < at.length; i++) {
      browser.await("for (let i = arguments[0]; i < arguments[1]; i++) {"
          + "  const c = DialpadCti.mount('#phone', {url: arguments[2]});"
          + "  c.on('call_ringing', () => {}); c.once('user_authentication').catch(() => {});"
          + "  const pending = c.initiateCall('+14155550123').catch(e => e.code);"
          + "  if (i % 10 === 0) await c.once('ready');"
          + "  c.destroy();"
          + "  if (i % 10 !== 0 && await pending !== 'destroyed') throw new Error('queued command not rejected');"
          + "}", done, at[i], browser.ctiUrl());
      done = at[i];
      heap[i] = usedHeapAfterGc();
    }
    assertEquals(0L, browser.js("return document.querySelectorAll('iframe').length"), "iframes left behind");
    assertEquals(listenersBefore, browser.messageListenerCount(), "message listeners left behind");
    // Clean runs grow about 20 kB here (JIT and caches); keeping each destroyed instance alive
    // grows it about 130 kB, so 96 kB separates the two with room for noise either side.
    assertTrue(heap[2] - heap[0] < 96_000,
        "heap grew by " + (heap[2] - heap[0]) + " bytes between cycle 100 and " + CYCLES);
    assertEquals(List.of(), browser.pageErrors());
    System.out.printf("lifecycle: %d mount/destroy cycles; heap after GC at 100/300/%d cycles: %.0f / %.0f / %.0f bytes%n",
        CYCLES, CYCLES, heap[0], heap[1], heap[2]);
  }

  private double usedHeapAfterGc() {
    browser.driver.executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
    return ((Number) browser.driver.executeCdpCommand("Runtime.getHeapUsage", Map.of()).get("usedSize")).doubleValue();
  }
}
