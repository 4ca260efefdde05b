package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.core.JsObject;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.Event;
import elemental2.dom.EventListener;
import elemental2.dom.HTMLIFrameElement;
import elemental2.promise.Promise;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsIgnore;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * One mounted CTI, as callers see it: commands, subscriptions, state and show/hide. The rules live
 * in {@link Session} (state and gating), {@link CommandQueue} (posting) and {@link InboundDispatch}
 * (what the CTI says).
 */
@JsType
public final class Cti {
  final MountConfig config;
  final CtiUrl url;
  final HTMLIFrameElement iframe;
  final Session session;
  final Listeners listeners = new Listeners();
  final History history = new History();
  final CommandQueue queue = new CommandQueue(this);
  final Diagnostics diagnostics;
  final RingAttention ringAttention;
  /** clickToDial subscriptions, removed by destroy. */
  private final JsArray<Subscription> helpers = new JsArray<>();
  /** Warning codes already written to the console, "|code|" each: once per code and instance. */
  private String warned = "|";
  // Plain functions: the browser takes them as listeners, and they need no adapter class.
  private final EventListener onMessage = Js.uncheckedCast((Handler) event -> InboundDispatch.receive(this, event));
  private final EventListener onLoad = Js.uncheckedCast((Handler) event -> loaded());
  private final EventListener onFocus = Js.uncheckedCast((Handler) this::focusChanged);
  /** The snapshot {@code state} returns, and the session version it shows. */
  private CtiState snapshot;
  private int snapshotVersion = -1;
  /** The session version the last {@code state} event showed. */
  private int emittedVersion;
  /** A state event is being delivered: a change a listener makes is delivered after it, in order. */
  private boolean emitting;
  /** autoEnableTab 'focus': this tab was claimed since the page last lost focus or visibility. */
  private boolean claimed;

  /** A DOM event listener as a plain function. */
  @JsFunction
  private interface Handler {
    void handle(Event event);
  }

  /** Builds (and checks) a command's payload; may throw a CtiException. */
  @JsFunction
  private interface PayloadSource {
    Object get();
  }

  @JsIgnore
  Cti(Element container, MountConfig config, CtiUrl url) {
    this.config = config;
    this.url = url;
    history.debug = config.debug || DialpadCti.debugAll;
    session = new Session(JsDate.now(), config.readyTimeoutMs, config.authGraceMs, config.loginTimeoutMs,
        !config.hidden);
    this.iframe = CtiFrame.create(config, url.url);
    iframe.hidden = config.hidden;
    iframe.addEventListener("load", onLoad);
    // First, so that if the page refuses the iframe nothing global is left behind.
    container.appendChild(iframe);
    listen(true);
    diagnostics = new Diagnostics(iframe, url, config.ctiSilentMs, this::warn);
    ringAttention = config.ringAttention ? new RingAttention(this) : null;
    DialpadCti.INSTANCES.push(this);
  }

  /**
   * Places a call: {@code call} is an E.164 string or a call object; resolves once posted. A bad
   * call rejects with a {@link CtiException} (see {@link CtiException#from}) and posts nothing.
   */
  public Promise<Void> initiateCall(Object call) {
    return post(Protocol.INITIATE_CALL, () -> {
      JsPropertyMap<Object> payload = JsPropertyMap.of();
      PayloadWriter out = payload::set;
      if (call instanceof String || call instanceof Double) {
        CallValidator.writePhoneNumber(call, config.defaultCountryCode, out);
      } else if (call != null) {
        CallValidator.write(JsObjectView.read("call", Messages.A_CALL, call), config.defaultCountryCode, out);
      } else {
        throw Messages.wrongType("call", Messages.A_CALL, call);
      }
      return payload;
    });
  }

  /** Places {@code call}; resolves once posted, or rejects with a {@link CtiException} and posts nothing. */
  @JsIgnore
  public Promise<Void> initiateCall(Call call) {
    return initiateCall((Object) call);
  }

  /** Calls {@code phoneNumber} (E.164, such as "+14155550100"); resolves once posted. */
  @JsIgnore
  public Promise<Void> initiateCall(String phoneNumber) {
    return initiateCall((Object) phoneNumber);
  }

  /** Claims calling for this browser tab; resolves once posted. */
  public Promise<Void> enableCurrentTab() {
    return post(Protocol.ENABLE_CURRENT_TAB, () -> null);
  }

  /** Hangs up the user's calls (used by public integrations, not in Dialpad's page); resolves once posted. */
  public Promise<Void> hangUpAllCalls() {
    return post(Protocol.HANG_UP_ALL_CALLS, () -> null);
  }

  /** Posts any snake_case method with an object payload, as is, for CTI features this library does not know yet. */
  public Promise<Void> send(Object method, Object payload) {
    return post(method, () -> {
      if (payload != null && JsObjectView.of(payload) == null) {
        throw Messages.wrongType("payload", Messages.A_PLAIN_OBJECT, payload);
      }
      return payload;
    });
  }

  /** Posts {@code method} without a payload; resolves once posted. */
  @JsIgnore
  public Promise<Void> send(String method) {
    return send(method, null);
  }

  /** Calls {@code listener} with each payload of {@code event}; returns a function that removes exactly this subscription. */
  public Subscription on(Object event, Listener<?> listener) {
    String name = checkListener(event, listener);
    if (Messages.DEV) {
      warnIfUnknown(name);
    }
    return listeners.add(name, listener);
  }

  /** Calls {@code listener} once the iframe has loaded; returns the way to remove it. */
  @JsIgnore
  public Subscription onReady(Listener<Void> listener) {
    return on(Protocol.EVENT_READY, listener);
  }

  /** Calls {@code listener} when the user logs in or out of the CTI; returns the way to remove it. */
  @JsIgnore
  public Subscription onUserAuthentication(Listener<UserAuthentication> listener) {
    return on(Protocol.USER_AUTHENTICATION, listener);
  }

  /** Calls {@code listener} when an inbound call starts or stops ringing; returns the way to remove it. */
  @JsIgnore
  public Subscription onCallRinging(Listener<CallRinging> listener) {
    return on(Protocol.CALL_RINGING, listener);
  }

  /** Calls {@code listener} with each warning (frame_blocked, cti_silent, frame_changed); returns the way to remove it. */
  @JsIgnore
  public Subscription onWarning(Listener<CtiWarning> listener) {
    return on(Protocol.EVENT_WARNING, listener);
  }

  /** Calls {@code listener} with the new {@link #getState() state} after every change; returns the way to remove it. */
  @JsIgnore
  public Subscription onState(Listener<CtiState> listener) {
    return on(Protocol.EVENT_STATE, listener);
  }

  /** Calls {@code listener} each time the CTI's page has loaded again (it navigated, or the page moved the iframe). */
  @JsIgnore
  public Subscription onReload(Listener<Void> listener) {
    return on(Protocol.EVENT_RELOAD, listener);
  }

  /** Calls {@code listener} with every accepted inbound message, known or not; returns the way to remove it. */
  @JsIgnore
  public Subscription onMessage(Listener<InboundMessage> listener) {
    return on(Protocol.EVENT_MESSAGE, listener);
  }

  /** Removes one subscription of {@code listener} to {@code event}. */
  public void off(Object event, Listener<?> listener) {
    listeners.remove(checkListener(event, listener), listener);
  }

  /**
   * A Promise of the next {@code event}'s payload; 'ready' resolves at once if already ready. From
   * Java, name the payload type: {@code cti.<CallRinging>once("call_ringing")}.
   */
  public <T> Promise<T> once(Object event) {
    // Thrown inside the executor, a CtiException rejects the Promise.
    return new Promise<>((resolve, reject) -> {
      String name = checkName(event);
      if (Messages.DEV) {
        warnIfUnknown(name);
      }
      if (session.destroyed) {
        throw Messages.destroyed();
      }
      if (session.ready && Protocol.EVENT_READY.equals(name)) {
        resolve.onInvoke((T) null);
      } else {
        // The resolve function is itself a one-argument function, as a listener is.
        listeners.addOnce(name, Js.uncheckedCast(resolve), reject);
      }
    });
  }

  /**
   * A frozen snapshot {@code {ready, authenticated, userId, ringing, calls, visible, destroyed}}: the
   * same object until something changes, so it can be compared by identity.
   */
  public CtiState getState() {
    if (snapshotVersion != session.version) {
      snapshotVersion = session.version;
      JsArray<Object> calls = new JsArray<>();
      // setAt, not the var-args push: GWT hands a method reference's argument over as the array.
      session.eachCall(payload -> calls.setAt(calls.length, payload));
      JsPropertyMap<Object> state = JsPropertyMap.of();
      state.set("ready", session.ready);
      state.set("authenticated", session.authenticated);
      state.set("userId", session.userId);
      state.set("ringing", calls.length > 0);
      state.set("calls", JsObject.freeze(calls));
      state.set("visible", session.visible);
      state.set("destroyed", session.destroyed);
      snapshot = Js.uncheckedCast(JsObject.freeze(state));
    }
    return snapshot;
  }

  /**
   * Dials tel: links and [data-dialpad-call] elements when clicked (options: root, selector,
   * customData, onDial; null for the defaults); returns the way to stop. See SPEC §10.
   */
  public Subscription clickToDial(Object options) {
    if (session.destroyed) {
      throw Messages.destroyed();
    }
    Subscription stop = ClickToDial.start(this, options);
    helpers.push(stop);
    return () -> {
      int index = helpers.indexOf(stop);
      if (index >= 0) {
        helpers.splice(index, 1);
        stop.remove();
      }
    };
  }

  /** Dials tel: links and [data-dialpad-call] elements when clicked, as {@code options} says; returns the way to stop. */
  @JsIgnore
  public Subscription clickToDial(ClickToDialOptions options) {
    return clickToDial((Object) options);
  }

  /** Shows the CTI's iframe (it stays in the page while hidden, so calls go on). */
  public void show() {
    setVisible(true);
  }

  /** Hides the CTI's iframe with its {@code hidden} attribute, never removing it: a removed iframe ends live calls. */
  public void hide() {
    setVisible(false);
  }

  /** A copy of the last 100 messages in, out and dropped: {time, direction, method, payload, reason?}. */
  public JsArray<HistoryEntry> getHistory() {
    return history.copy();
  }

  /** The CTI's iframe element. */
  public HTMLIFrameElement getIframe() {
    return iframe;
  }

  /** Whether every message in, out and dropped is logged to the console. */
  public boolean isDebug() {
    return history.debug;
  }

  /** Turns message logging on or off; {@code on} must be a boolean. */
  public void setDebug(Object on) {
    if (!(on instanceof Boolean)) {
      throw Messages.wrongType("debug", Messages.BOOLEAN, on);
    }
    history.debug = (Boolean) on;
  }

  /** Removes the iframe and the listener and rejects pending commands; calling it again does nothing. */
  public void destroy() {
    if (session.destroyed) {
      return;
    }
    session.destroy();
    listen(false);
    iframe.removeEventListener("load", onLoad);
    diagnostics.stop();
    iframe.remove();
    while (helpers.length > 0) {
      helpers.pop().remove();
    }
    // The array is the console's too: someone may have changed it.
    int index = DialpadCti.INSTANCES.indexOf(this);
    if (index >= 0) {
      DialpadCti.INSTANCES.splice(index, 1);
    }
    // Rejects the waiting commands, and tells state listeners, before they are dropped.
    update();
    listeners.clear(JsErrors.toJs(Messages.destroyed()));
  }

  /** One line for the console: URL, ready, login, ringing calls, visible. */
  @Override
  public String toString() {
    return Messages.describe(url.url, session.destroyed, session.ready, session.authenticated, session.userId,
        session.callCount(), session.visible);
  }

  /**
   * Issues {@code method} with the payload {@code payload} builds: posted when the session allows
   * (SPEC §8). Whatever throws (a bad name or argument, or a hostile getter) rejects the Promise
   * with a DialpadCtiError and posts nothing.
   */
  private Promise<Void> post(Object method, PayloadSource payload) {
    return new Promise<>((resolve, reject) -> Attempt.run(
        () -> queue.add(Envelope.of(checkName(method), payload.get()), resolve, reject),
        error -> queue.reject(method, reject, JsErrors.isOwn(error) ? error : JsErrors.toJs(Messages.unreadable()))));
  }

  /** Posts what may be posted now and, if the session changed, raises {@code state} with the new snapshot. */
  void update() {
    queue.flush();
    if (emitting) {
      return;
    }
    emitting = true;
    // Each listener gets every snapshot in order and the newest last, even when one of them changes
    // the state again (hide() on login, say).
    while (emittedVersion != session.version) {
      emittedVersion = session.version;
      if (ringAttention != null) {
        ringAttention.update();
      }
      if (listeners.has(Protocol.EVENT_STATE)) {
        listeners.emit(Protocol.EVENT_STATE, getState());
      }
    }
    emitting = false;
  }

  /** The user logged in: claim the tab if asked to. */
  void loggedIn() {
    if (config.autoEnableTab != null) {
      claim();
    }
  }

  /** A new call started ringing: show the CTI if asked to. */
  void ringStarted() {
    if (config.autoShowOnRing) {
      setVisible(true);
      iframe.scrollIntoView();
    }
  }

  /** Adds or removes the page's listeners: messages, and the page's focus and visibility (for autoEnableTab 'focus'). */
  private void listen(boolean add) {
    if (add) {
      DomGlobal.window.addEventListener("message", onMessage);
      DomGlobal.window.addEventListener("focus", onFocus);
      DomGlobal.window.addEventListener("blur", onFocus);
      DomGlobal.document.addEventListener("visibilitychange", onFocus);
    } else {
      DomGlobal.window.removeEventListener("message", onMessage);
      DomGlobal.window.removeEventListener("focus", onFocus);
      DomGlobal.window.removeEventListener("blur", onFocus);
      DomGlobal.document.removeEventListener("visibilitychange", onFocus);
    }
  }

  private void setVisible(boolean on) {
    if (!session.destroyed && session.show(on)) {
      iframe.hidden = !on;
      update();
    }
  }

  /** Posts enable_current_tab for autoEnableTab, through the queue like any command; nobody awaits it. */
  private void claim() {
    // Claimed while the page is hidden, the tab must claim again when it is shown.
    claimed = !DomGlobal.document.hidden;
    queue.add(Envelope.of(Protocol.ENABLE_CURRENT_TAB, null), ignored -> {}, ignored -> {});
  }

  /** autoEnableTab 'focus': claim the tab each time the page comes back while logged in. */
  private void focusChanged(Event event) {
    if (ringAttention != null) {
      ringAttention.update();
    }
    boolean back = !"blur".equals(event.type) && !DomGlobal.document.hidden;
    if (!back) {
      claimed = false;
    } else if (!claimed && Boolean.TRUE.equals(session.authenticated) && "focus".equals(config.autoEnableTab)) {
      claim();
    }
  }

  private void loaded() {
    if (session.destroyed) {
      return;
    }
    boolean reload = session.loaded(JsDate.now());
    history.log(reload ? Messages.RELOADED : Messages.LOADED, url.url, null);
    queue.loaded = iframe.contentWindow;
    diagnostics.loaded();
    update();
    // 'ready' each time the page has loaded (so once('ready') during a reload settles), and
    // 'reload' too for every load after the first.
    listeners.emit(Protocol.EVENT_READY, null);
    if (reload) {
      listeners.emit(Protocol.EVENT_RELOAD, null);
    }
  }

  /** Raises the {@code warning} event; the console gets each code once per instance, debug or not. */
  void warn(String code, String text) {
    if (!Values.inList(warned, code)) {
      warned += code + "|";
      DomGlobal.console.warn(Messages.LOG_PREFIX, code + ": " + text);
    }
    JsPropertyMap<Object> warning = JsPropertyMap.of();
    warning.set("code", code);
    warning.set("message", text);
    listeners.emit(Protocol.EVENT_WARNING, warning);
  }

  /** Development build: a listener for an unknown event name is probably a typo. */
  private static void warnIfUnknown(String name) {
    String warning = EventNames.unknownWarning(name);
    if (warning != null) {
      DomGlobal.console.warn(Messages.LOG_PREFIX, warning);
    }
  }

  private static String checkListener(Object event, Listener<?> listener) {
    String name = checkName(event);
    if (!"function".equals(Js.typeof(listener))) {
      throw Messages.wrongType("listener", Messages.A_FUNCTION, listener);
    }
    return name;
  }

  /** Event and method names: 'ready', 'message', or a snake_case Dialpad method name. */
  private static String checkName(Object name) {
    if (name instanceof String && MethodName.isValid((String) name)) {
      return (String) name;
    }
    throw Messages.badMethodName(name);
  }
}
