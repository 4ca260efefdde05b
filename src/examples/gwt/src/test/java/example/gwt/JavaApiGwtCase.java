package example.gwt;

import com.google.gwt.core.client.GWT;
import com.google.gwt.junit.client.GWTTestCase;
import dev.dialpadcti.Call;
import dev.dialpadcti.Cti;
import dev.dialpadcti.ClickToDialOptions;
import dev.dialpadcti.ConnectOptions;
import dev.dialpadcti.CtiException;
import dev.dialpadcti.CtiState;
import dev.dialpadcti.CtiWarning;
import dev.dialpadcti.HistoryEntry;
import dev.dialpadcti.DialpadCti;
import dev.dialpadcti.ErrorCode;
import dev.dialpadcti.MountOptions;
import dev.dialpadcti.Subscription;
import elemental2.core.JsArray;
import elemental2.core.JsObject;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLDivElement;
import elemental2.dom.HTMLIFrameElement;
import elemental2.dom.URL;
import elemental2.promise.Promise;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** The Java API of dialpad-cti, compiled by GWT 2.13 and run in HtmlUnit. */
public class JavaApiGwtCase extends GWTTestCase {
  private static final int ASYNC_MS = 10_000;

  private HTMLDivElement container;
  private Cti cti;

  @Override
  public String getModuleName() {
    return "example.gwt.JavaApiTest";
  }

  @Override
  protected void gwtSetUp() {
    container = Js.uncheckedCast(DomGlobal.document.createElement("div"));
    container.id = "dialer";
    container.appendChild(DomGlobal.document.createElement("p"));
    DomGlobal.document.body.appendChild(container);
  }

  @Override
  protected void gwtTearDown() {
    if (cti != null) {
      cti.destroy();
    }
    container.remove();
  }

  /** The simulated CTI page, served with the tests. */
  private static String simUrl() {
    return GWT.getModuleBaseURL() + "cti-sim.html";
  }

  /** The origin the library allows: the simulated CTI's, as this browser's URL parser gives it. */
  private static String ctiOrigin() {
    return new URL(URL.ConstructorUrlUnionType.of(simUrl())).origin;
  }

  /**
   * Delivers a message to the page as if {@code source} had posted it from {@code origin}.
   * HtmlUnit cannot post an object between frames (it arrives as "[object Object]"), so the
   * simulated CTI's messages are dispatched as the browser would: a MessageEvent on the window.
   */
  private static native void deliver(Object source, String origin, Object data) /*-{
    var event = $doc.createEvent('MessageEvent');
    event.initMessageEvent('message', false, false, data, origin, '', source);
    $wnd.dispatchEvent(event);
  }-*/;

  /** A plain object of alternating keys and values. */
  private static JsPropertyMap<Object> map(Object... keysAndValues) {
    JsPropertyMap<Object> map = Js.uncheckedCast(new JsObject());
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.set((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** A message from the CTI: {api, version, method, payload}. */
  private static JsPropertyMap<Object> fromCti(String method, Object payload) {
    return map("api", "opencti_dialpad", "version", "1.0", "method", method, "payload", payload);
  }

  /** What the host has posted to the simulated CTI, in order: {message, targetOrigin} records. */
  private JsArray<JsPropertyMap<Object>> posted() {
    return Js.uncheckedCast(Js.asPropertyMap(cti.getIframe().contentWindow).get("received"));
  }

  /** Ends an async test when {@code steps} resolves, and fails it with the reason when it rejects. */
  private void finishWhen(Promise<?> steps) {
    delayTestFinish(ASYNC_MS);
    steps.then(done -> {
      finishTest();
      return null;
    }, reason -> {
      // A throw inside a Promise callback only rejects the Promise; report it as the failure.
      reportUncaughtException(new AssertionError(String.valueOf(reason)));
      return null;
    });
  }

  public void testMountBuildsTheIframeDialpadRequires() {
    cti = DialpadCti.mount(container, new MountOptions().url(simUrl()).width(300).height("100%").title("Phone"));
    HTMLIFrameElement iframe = cti.getIframe();
    assertSame(container, iframe.parentNode);
    assertEquals("the container's own content stays", 2, container.childElementCount);
    assertEquals(simUrl(), iframe.getAttribute("src"));
    assertEquals("microphone; speaker-selection; autoplay; camera; display-capture; hid", iframe.getAttribute("allow"));
    assertEquals("allow-popups allow-scripts allow-same-origin", iframe.getAttribute("sandbox"));
    assertEquals("Phone", iframe.getAttribute("title"));
    assertEquals("300", iframe.getAttribute("width"));
    assertEquals("100%", iframe.getAttribute("height"));
    assertEquals("0", iframe.getAttribute("frameborder"));
    assertFalse("no style attribute", iframe.hasAttribute("style"));
    assertFalse(cti.getState().isDestroyed());
  }

  public void testMountByClientIdAndBySelector() {
    // Out of the document, so that HtmlUnit does not go to dialpad.com.
    HTMLDivElement detached = Js.uncheckedCast(DomGlobal.document.createElement("div"));
    cti = DialpadCti.mount(detached, new MountOptions().clientId("my app/1"));
    assertEquals("https://dialpad.com/apps/my%20app%2F1", cti.getIframe().getAttribute("src"));
    assertEquals("400", cti.getIframe().getAttribute("width"));
    assertEquals("520", cti.getIframe().getAttribute("height"));
    cti.destroy();
    cti = DialpadCti.mount("#dialer", new MountOptions().url(simUrl()));
    assertSame(container, cti.getIframe().parentNode);
  }

  public void testBadMountOptionsThrowCtiExceptionAndChangeNothing() {
    assertMountFails(ErrorCode.CLIENT_ID_REQUIRED, container, new MountOptions());
    assertMountFails(ErrorCode.INSECURE_URL, container, new MountOptions().url("http://example.com/cti"));
    assertMountFails(ErrorCode.INVALID_ARGUMENT, container, new MountOptions().clientId("a").url(simUrl()));
    assertMountFails(ErrorCode.INVALID_ARGUMENT, container, new MountOptions().clientId("a").width(-5));
    assertMountFails(ErrorCode.INVALID_ARGUMENT, container, new MountOptions().clientId("a").readyTimeoutMs(0));
    assertMountFails(ErrorCode.INVALID_ARGUMENT, container, new MountOptions().clientId("a").autoEnableTab("always"));
    assertMountFails(ErrorCode.INVALID_ARGUMENT, container, new MountOptions().clientId("a").loginTimeoutMs(-1));
    MountOptions typo = Js.uncheckedCast(map("clientID", "a"));
    CtiException unknown = assertMountFails(ErrorCode.UNKNOWN_FIELD, container, typo);
    // The production build (the module's default): code, field and value, no hints.
    assertEquals("unknown_field: 'clientID'", unknown.getMessage());
    try {
      DialpadCti.mount("#no-such-element", new MountOptions().clientId("a"));
      fail("mounted into nothing");
    } catch (CtiException e) {
      assertEquals(ErrorCode.CONTAINER_NOT_FOUND, e.getCode());
    }
    assertEquals("no iframe was added", 0, container.querySelectorAll("iframe").length);
  }

  private static CtiException assertMountFails(String code, HTMLDivElement into, MountOptions options) {
    try {
      DialpadCti.mount(into, options);
    } catch (CtiException e) {
      assertEquals(e.getMessage(), code, e.getCode());
      return e;
    }
    fail("mount accepted options that should give " + code);
    return null;
  }

  public void testBadCallsRejectWithTheirCodeAndPostNothing() {
    cti = DialpadCti.mount(container, new MountOptions().url(simUrl()));
    finishWhen(cti.<Object>once("ready")
        .then(ready -> expectRejection(cti.initiateCall(Call.to("555-0100")), ErrorCode.INVALID_PHONE_NUMBER))
        .then(ignored -> expectRejection(cti.initiateCall(Call.to("+14155550100").identityType(Call.CALL_CENTER)),
            ErrorCode.IDENTITY_ID_REQUIRED))
        .then(ignored -> expectRejection(cti.initiateCall(Call.to("+14155550100").identityType("callcenter").identityId(1)),
            ErrorCode.INVALID_IDENTITY_TYPE))
        .then(ignored -> expectRejection(cti.initiateCall(Call.to("+14155550100").identityId(7)),
            ErrorCode.INVALID_IDENTITY_TYPE))
        .then(ignored -> expectRejection(cti.initiateCall(Call.to("+14155550100").identityType(Call.OFFICE).identityId(-1)),
            ErrorCode.INVALID_ARGUMENT))
        .then(ignored -> expectRejection(cti.initiateCall(Call.to("+14155550100").identityType(Call.OFFICE)
            .identityId(Long.MIN_VALUE)), ErrorCode.INVALID_ARGUMENT))
        .then(ignored -> expectRejection(cti.initiateCall(Call.to("+14155550100").outboundCallerId("nope")),
            ErrorCode.INVALID_OUTBOUND_CALLER_ID))
        .then(ignored -> expectRejection(cti.initiateCall(Call.to("+14155550100").customData(repeat('x', 2001))),
            ErrorCode.CUSTOM_DATA_TOO_LONG))
        .then(ignored -> expectRejection(cti.send("Not Snake"), ErrorCode.INVALID_METHOD))
        .then(ignored -> {
          assertEquals("a rejected command posts nothing", 0, posted().length);
          return null;
        }));
  }

  private static String repeat(char c, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(c);
    }
    return s.toString();
  }

  /** Resolves when {@code command} rejects with {@code code}; fails the test otherwise. */
  private static Promise<Object> expectRejection(Promise<Void> command, String code) {
    return expectRejection(code, command, code);
  }

  private static Promise<Object> expectRejection(String what, Promise<Void> command, String code) {
    return command.then(
        posted -> {
          fail(what + ": expected " + code + " but it resolved with " + posted);
          return null;
        },
        reason -> {
          CtiException e = CtiException.from(reason);
          assertNotNull("the rejection carries a CtiException: " + reason, e);
          assertEquals(e.getMessage(), code, e.getCode());
          // What JavaScript code sees: the same Error as from the script bundle.
          JsPropertyMap<Object> error = Js.asPropertyMap(reason);
          assertEquals("DialpadCtiError", error.get("name"));
          assertEquals(code, error.get("code"));
          assertEquals(e.getMessage(), error.get("message"));
          assertTrue("an Error, with a stack", Js.isTruthy(error.get("stack")));
          return null;
        });
  }

  public void testEventsFromTheCtiReachTypedListeners() {
    cti = DialpadCti.mount(container, new MountOptions().url(simUrl()));
    JsArray<String> log = new JsArray<>();
    // A throw inside a listener is caught and logged by the library, so this one records instead.
    Subscription removed = cti.onCallRinging(call -> log.push("a removed listener was called"));
    removed.remove();
    cti.onUserAuthentication(auth -> log.push("auth " + auth.isAuthenticated() + " " + auth.getUserId()));
    cti.onCallRinging(call -> log.push("ringing " + call.isRinging() + " " + call.getCallId() + " "
        + call.getContact().getName() + " " + call.getContact().getPhone() + " " + call.getContact().getId()
        + " " + call.getTarget().getName() + " " + call.getExternalNumber()));
    cti.onMessage(message -> log.push("message " + message.getMethod()));
    finishWhen(cti.<Object>once("ready").then(ready -> {
      Object frame = cti.getIframe().contentWindow;
      // dispatchEvent runs the listeners before it returns: subscribe first.
      Promise<Object> last = cti.once("agent_status");
      // Dropped: another origin, another window, and a malformed envelope.
      deliver(frame, "http://localhost:1", fromCti("user_authentication", map("user_authenticated", false)));
      deliver(DomGlobal.window, ctiOrigin(), fromCti("user_authentication", map("user_authenticated", false)));
      deliver(frame, ctiOrigin(), map("api", "other", "version", "1.0", "method", "agent_status",
          "payload", map("status", "forged")));
      deliver(frame, ctiOrigin(), map("api", "opencti_dialpad", "version", "2.0", "method", "agent_status",
          "payload", map("status", "forged")));
      // Accepted. The user id is above 2^52 and must come out as its exact digits.
      deliver(frame, ctiOrigin(), fromCti("user_authentication",
          map("user_authenticated", true, "user_id", 5629499534213120d)));
      deliver(frame, ctiOrigin(), fromCti("call_ringing", map("state", "on", "id", "9007199254740993",
          "contact", map("id", 1001d, "phone", "+14155550123", "name", "Ada Lovelace"),
          "target", map("id", 7d, "name", "Agent"),
          "internal_number", "+14155550100", "external_number", "+14155550123")));
      deliver(frame, ctiOrigin(), fromCti("agent_status", map("status", "away")));
      return last;
    }).then(status -> {
      assertEquals("away", Js.asPropertyMap(status).get("status"));
      assertEquals("auth true 5629499534213120,message user_authentication,"
          + "ringing true 9007199254740993 Ada Lovelace +14155550123 1001 Agent +14155550123,message call_ringing,"
          + "message agent_status", log.join(","));
      assertTrue(cti.getState().isAuthenticated());
      assertEquals("5629499534213120", cti.getState().getUserId());
      assertTrue(cti.getState().isRinging());
      return null;
    }));
  }

  public void testACallReachesTheCtiAsDialpadsPayload() {
    cti = DialpadCti.mount(container, new MountOptions().url(simUrl()));
    finishWhen(cti.initiateCall(Call.to("+14155550100").enableCurrentTab(true).identityType(Call.OFFICE)
            .identityId(9007199254740993L).customData("ticket 42").outboundCallerId("+14155550199"))
        .then(done -> cti.enableCurrentTab())
        .then(done -> cti.hangUpAllCalls())
        .then(done -> cti.initiateCall("+442071838750"))
        .then(done -> {
          JsArray<JsPropertyMap<Object>> posted = posted();
          assertEquals(4, posted.length);
          for (int i = 0; i < posted.length; i++) {
            assertEquals("never '*'", ctiOrigin(), posted.getAt(i).get("targetOrigin"));
          }
          JsPropertyMap<Object> message = Js.asPropertyMap(posted.getAt(0).get("message"));
          assertEquals("opencti_dialpad", message.get("api"));
          assertEquals("1.0", message.get("version"));
          assertEquals("initiate_call", message.get("method"));
          JsPropertyMap<Object> payload = Js.asPropertyMap(message.get("payload"));
          assertEquals("+14155550100", payload.get("phone_number"));
          assertEquals(Boolean.TRUE, payload.get("enable_current_tab"));
          assertEquals("Office", payload.get("identity_type"));
          // Above 2^53 a long travels as its digits, exactly.
          assertEquals("9007199254740993", payload.get("identity_id"));
          assertEquals("ticket 42", payload.get("custom_data"));
          assertEquals("+14155550199", payload.get("outbound_caller_id"));
          assertEquals("enable_current_tab", Js.asPropertyMap(posted.getAt(1).get("message")).get("method"));
          assertEquals("hang_up_all_calls", Js.asPropertyMap(posted.getAt(2).get("message")).get("method"));
          JsPropertyMap<Object> byNumber = Js.asPropertyMap(Js.asPropertyMap(posted.getAt(3).get("message")).get("payload"));
          assertEquals("+442071838750", byNumber.get("phone_number"));
          assertEquals("only the number", 1, JsObject.keys(byNumber).length);
          return null;
        }));
  }

  public void testLongIdsAreNumbersUpTo2To53AndDigitsBeyond() {
    cti = DialpadCti.mount(container, new MountOptions().url(simUrl()));
    long[] ids = {42L, 9007199254740991L, 9007199254740992L, Long.MAX_VALUE};
    Promise<Void> all = Promise.resolve((Void) null);
    for (long id : ids) {
      all = all.then(done -> cti.initiateCall(Call.to("+14155550100").identityType(Call.CALL_CENTER).identityId(id)));
    }
    finishWhen(all.then(done -> {
      JsArray<JsPropertyMap<Object>> posted = posted();
      assertEquals(4, posted.length);
      Object[] sent = new Object[4];
      for (int i = 0; i < 4; i++) {
        sent[i] = Js.asPropertyMap(Js.asPropertyMap(posted.getAt(i).get("message")).get("payload")).get("identity_id");
      }
      assertEquals(42d, sent[0]);
      assertEquals(9007199254740991d, sent[1]);
      assertEquals("9007199254740992", sent[2]);
      assertEquals("9223372036854775807", sent[3]);
      return null;
    }));
  }

  public void testPayloadIdsReadAsDigits() {
    cti = DialpadCti.mount(container, new MountOptions().url(simUrl()));
    JsArray<String> ids = new JsArray<>();
    cti.onUserAuthentication(auth -> ids.push(String.valueOf(auth.getUserId())));
    finishWhen(cti.<Object>once("ready").then(ready -> {
      Object frame = cti.getIframe().contentWindow;
      for (Object id : new Object[] {7d, "0012", 1e21, null}) {
        deliver(frame, ctiOrigin(), fromCti("user_authentication", map("user_authenticated", true, "user_id", id)));
      }
      // A digit string comes back as sent; a whole number past a long's range keeps JavaScript's
      // notation rather than a long's saturated digits.
      assertEquals("7,0012,1e+21,null", ids.join(","));
      return null;
    }));
  }

  public void testDestroyRejectsWhatIsPendingAndIsIdempotent() {
    cti = DialpadCti.mount(container, new MountOptions().url(simUrl()));
    Promise<Object> waiting = cti.once("never_sent");
    cti.destroy();
    cti.destroy();
    assertTrue(cti.getState().isDestroyed());
    assertEquals(0, container.querySelectorAll("iframe").length);
    // (HtmlUnit loads an iframe as it is appended, so nothing is ever queued here; the command
    // queue is tested in Chromium.)
    finishWhen(expectRejection("once", Js.uncheckedCast(waiting), ErrorCode.DESTROYED)
        .then(ignored -> expectRejection("a command after destroy", cti.hangUpAllCalls(), ErrorCode.DESTROYED)));
  }

  public void testWarningsHistoryAndTheConsoleToolsFromJava() {
    cti = DialpadCti.mount(container, new MountOptions().url(simUrl()).ctiSilentMs(0));
    Cti[] live = DialpadCti.instances();
    assertSame(cti, live[live.length - 1]);
    DialpadCti.debug(true);
    assertTrue(cti.isDebug());
    DialpadCti.debug(false);
    assertFalse(cti.isDebug());
    assertTrue(cti.toString(), cti.toString().startsWith("DialpadCti " + simUrl()));
    Promise<CtiWarning> changed = new Promise<>((resolve, reject) ->
        cti.onWarning(warning -> resolve.onInvoke(warning)));
    finishWhen(cti.enableCurrentTab()
        .then(posted -> {
          HistoryEntry out = cti.getHistory().getAt(0);
          assertEquals("out", out.getDirection());
          assertEquals("enable_current_tab", out.getMethod());
          assertNull(out.getReason());
          assertTrue(out.getTime() > 0);
          cti.getIframe().setAttribute("allow", "camera");
          return changed;
        })
        .then(warning -> {
          assertEquals(CtiWarning.FRAME_CHANGED, warning.getCode());
          assertTrue(warning.getMessage(), warning.getMessage().contains("allow"));
          return null;
        }));
  }

  public void testSetDebugRefusesNonBooleans() {
    cti = DialpadCti.mount(container, new MountOptions().url(simUrl()).debug(true));
    assertTrue(cti.isDebug());
    cti.setDebug(false);
    assertFalse(cti.isDebug());
    try {
      cti.setDebug("yes");
      fail("accepted a string");
    } catch (CtiException e) {
      assertEquals(ErrorCode.INVALID_ARGUMENT, e.getCode());
    }
  }

  public void testTheSessionLifecycleFromJava() {
    // Mounted shown: HtmlUnit, unlike browsers, loads an iframe again when it is unhidden.
    cti = DialpadCti.mount(container, new MountOptions().url(simUrl()).autoShowOnRing(true)
        .authGraceMs(0).loginTimeoutMs(0).autoEnableTab("login"));
    assertTrue(cti.getState().isVisible());
    assertNull("nobody has said", cti.getState().getAuthenticated());
    JsArray<CtiState> states = new JsArray<>();
    cti.onState(state -> states.push(state));
    finishWhen(cti.<Object>once("ready").then(ready -> {
      Object frame = cti.getIframe().contentWindow;
      deliver(frame, ctiOrigin(), fromCti("user_authentication", map("user_authenticated", false)));
      assertEquals(Boolean.FALSE, cti.getState().getAuthenticated());
      assertSame("the state event carries the snapshot", cti.getState(), states.getAt(states.length - 1));
      return expectRejection("logged out", cti.initiateCall("+14155550100"), ErrorCode.NOT_LOGGED_IN);
    }).then(ignored -> {
      Object frame = cti.getIframe().contentWindow;
      deliver(frame, ctiOrigin(), fromCti("user_authentication", map("user_authenticated", true, "user_id", 9d)));
      assertEquals("autoEnableTab 'login' claimed the tab", "enable_current_tab",
          Js.asPropertyMap(posted().getAt(0).get("message")).get("method"));
      assertEquals(1, posted().length);
      deliver(frame, ctiOrigin(), fromCti("call_ringing", map("state", "on", "id", 1d)));
      deliver(frame, ctiOrigin(), fromCti("call_ringing", map("state", "on", "id", 2d)));
      CtiState ringing = cti.getState();
      assertSame("the same object until something changes", ringing, cti.getState());
      assertEquals(2, ringing.getCalls().length);
      assertEquals("2", ringing.getCalls().getAt(1).getCallId());
      assertTrue(ringing.isRinging());
      deliver(frame, ctiOrigin(), fromCti("call_ringing", map("state", "off", "id", 1d)));
      assertEquals(1, cti.getState().getCalls().length);
      return cti.initiateCall("+14155550100");
    }).then(posted -> {
      assertEquals(2, posted().length);
      cti.hide();
      assertFalse(cti.getState().isVisible());
      assertTrue(cti.getIframe().hidden);
      deliver(cti.getIframe().contentWindow, ctiOrigin(), fromCti("call_ringing", map("state", "on", "id", 3d)));
      assertTrue("autoShowOnRing", cti.getState().isVisible());
      assertFalse(cti.getIframe().hidden);
      return null;
    }));
  }

  public void testHiddenMountAndShow() {
    cti = DialpadCti.mount(container, new MountOptions().url(simUrl()).hidden(true));
    assertFalse(cti.getState().isVisible());
    assertTrue(cti.getIframe().hidden);
    cti.show();
    assertTrue(cti.getState().isVisible());
    assertFalse(cti.getIframe().hidden);
  }

  public void testTheIntegratorHelpersFromJava() {
    assertEquals("+14155550123", DialpadCti.toE164("(415) 555-0123", "1"));
    assertEquals("+442071838750", DialpadCti.toE164("tel:+44-20-7183-8750;ext=2"));
    try {
      DialpadCti.toE164("(415) 555-0123");
      fail("a national number without a country code");
    } catch (CtiException e) {
      assertEquals(ErrorCode.INVALID_PHONE_NUMBER, e.getCode());
    }
    cti = DialpadCti.mount(container, new MountOptions().url(simUrl()).authGraceMs(0).defaultCountryCode("1")
        .ringAttention(true));
    // Clicks are proven in Chromium (HtmlUnit has no Element.closest); here, the Java types.
    JsArray<String> dialled = new JsArray<>();
    Subscription stop = cti.clickToDial(new ClickToDialOptions().root(container)
        .selector("a[href^='tel:'], [data-dialpad-call]")
        .customData(element -> element.id)
        .onDial((call, element) -> dialled.push(element.id) > 0));
    stop.remove();
    stop.remove();
    try {
      cti.clickToDial(Js.uncheckedCast(map("selector", 42)));
      fail("a number as the selector");
    } catch (CtiException e) {
      assertEquals(ErrorCode.INVALID_ARGUMENT, e.getCode());
    }
    finishWhen(cti.<Object>once("ready").then(ready -> cti.initiateCall("(415) 555-0123")).then(posted -> {
      JsArray<JsPropertyMap<Object>> sent = posted();
      assertEquals("+14155550123", Js.asPropertyMap(Js.asPropertyMap(sent.getAt(0).get("message")).get("payload"))
          .get("phone_number"));
      assertEquals(0, dialled.length);
      return null;
    }));
  }

  // The phone window (SPEC §12). HtmlUnit 2.65 refuses every phonePage, this origin's too (its URL
  // parse does not come out as a browser's), and its BroadcastChannel is a stub: a
  // connected instance (state.phone, iframe null, phone_closed) is proven in Chromium. Here: the
  // option checks connect makes before phonePage's origin, openPhone on a mounted instance, hostPhone.

  /**
   * HtmlUnit 2.65's BroadcastChannel is a stub with a constructor and no postMessage or close. It
   * gets no-op ones, which is how a channel with no other page on it behaves: nothing arrives.
   */
  private static native void completeHtmlUnitsBroadcastChannel() /*-{
    var complete = function (BroadcastChannel) {
      if (BroadcastChannel && !BroadcastChannel.prototype.postMessage) {
        BroadcastChannel.prototype.postMessage = function () {};
      }
      if (BroadcastChannel && !BroadcastChannel.prototype.close) {
        BroadcastChannel.prototype.close = function () {};
      }
    };
    complete($wnd.BroadcastChannel);
    complete(window.BroadcastChannel);
  }-*/;

  /** A phone page of this origin (never opened here). */
  private static String phonePage() {
    return GWT.getModuleBaseURL() + "phone.html";
  }

  private static CtiException assertConnectFails(String code, ConnectOptions options) {
    int before = DialpadCti.instances().length;
    try {
      DialpadCti.connect(options);
    } catch (CtiException e) {
      assertEquals(e.getMessage(), code, e.getCode());
      assertEquals("nothing was connected", before, DialpadCti.instances().length);
      return e;
    }
    fail("connect accepted options that should give " + code);
    return null;
  }

  public void testConnectChecksItsOptions() {
    assertConnectFails(ErrorCode.INVALID_ARGUMENT, new ConnectOptions().clientId("a"));
    assertConnectFails(ErrorCode.INVALID_ARGUMENT, new ConnectOptions().clientId("a")
        .phonePage("https://phone.example/phone.html"));
    CtiException missing = assertConnectFails(ErrorCode.CLIENT_ID_REQUIRED, new ConnectOptions().phonePage(phonePage()));
    assertTrue(missing.getMessage(), missing.getMessage().startsWith(ErrorCode.CLIENT_ID_REQUIRED));
    assertConnectFails(ErrorCode.INVALID_ARGUMENT, new ConnectOptions().clientId("a").url(simUrl()).phonePage(phonePage()));
    assertConnectFails(ErrorCode.INVALID_ARGUMENT, new ConnectOptions().clientId("a").phonePage(phonePage())
        .readyTimeoutMs(0));
    assertConnectFails(ErrorCode.INVALID_ARGUMENT, new ConnectOptions().clientId("a").phonePage(phonePage())
        .autoEnableTab("always"));
    // The iframe's options are the phone page's, not connect's.
    CtiException width = assertConnectFails(ErrorCode.UNKNOWN_FIELD,
        Js.uncheckedCast(map("clientId", "a", "phonePage", phonePage(), "width", 400d)));
    assertEquals("unknown_field: 'width'", width.getMessage());
  }

  public void testOpenPhoneOnAMountedInstanceRejects() {
    cti = DialpadCti.mount(container, new MountOptions().url(simUrl()));
    cti.closePhone();
    assertFalse("closePhone does nothing to a mounted instance", cti.getState().isDestroyed());
    assertSame(container, cti.getIframe().parentNode);
    finishWhen(expectRejection("openPhone on a mounted instance", cti.openPhone(), ErrorCode.INVALID_ARGUMENT));
  }

  public void testHostPhoneMountsTheCtiAndPostsToIt() {
    completeHtmlUnitsBroadcastChannel();
    try {
      DialpadCti.hostPhone(container, Js.<MountOptions>uncheckedCast(map("url", simUrl(), "phonePage", phonePage())));
      fail("hostPhone took connect's phonePage");
    } catch (CtiException e) {
      assertEquals(ErrorCode.UNKNOWN_FIELD, e.getCode());
    }
    cti = DialpadCti.hostPhone("#dialer", new MountOptions().url(simUrl()).title("Phone"));
    assertSame(container, cti.getIframe().parentNode);
    assertEquals("Phone", cti.getIframe().getAttribute("title"));
    assertNull("a hosting page's instance is a mounted one", cti.getState().getPhone());
    try {
      DialpadCti.hostPhone(container, new MountOptions().url(simUrl()));
      fail("a second CTI in the same container");
    } catch (CtiException e) {
      assertEquals(ErrorCode.ALREADY_MOUNTED, e.getCode());
    }
    finishWhen(cti.initiateCall("+14155550100").then(posted -> {
      JsArray<JsPropertyMap<Object>> sent = posted();
      assertEquals(1, sent.length);
      assertEquals("initiate_call", Js.asPropertyMap(sent.getAt(0).get("message")).get("method"));
      assertEquals(ctiOrigin(), sent.getAt(0).get("targetOrigin"));
      return null;
    }));
  }
}
