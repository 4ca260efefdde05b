package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.Event;
import elemental2.dom.EventListener;
import elemental2.dom.HTMLIFrameElement;
import elemental2.dom.MessageEvent;
import elemental2.dom.Window;
import elemental2.promise.Promise;
import elemental2.promise.Promise.PromiseExecutorCallbackFn.RejectCallbackFn;
import elemental2.promise.Promise.PromiseExecutorCallbackFn.ResolveCallbackFn;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsIgnore;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** One mounted CTI: its iframe, its listeners and its command queue. */
@JsType
public final class Cti {
  private final MountConfig config;
  private final CtiUrl cti;
  private final HTMLIFrameElement iframe;
  private final Listeners listeners = new Listeners();
  private final History history = new History();
  private final Diagnostics diagnostics;
  /** Warning codes already written to the console, "|code|" each: once per code and instance. */
  private String warned = "|";
  // Plain functions: the browser takes them as listeners, and they need no adapter class.
  private final EventListener onMessage = Js.uncheckedCast((Handler) this::receive);
  private final EventListener onLoad = Js.uncheckedCast((Handler) event -> loaded());
  /** Commands issued before the iframe loaded, in order. */
  private JsArray<Waiter> queue = new JsArray<>();
  private final double readyTimer;
  private boolean ready;
  private boolean timedOut;
  private boolean destroyed;
  private boolean debug;
  /** Null until the CTI says. */
  private Boolean authenticated;
  private Object userId;
  private boolean ringing;

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

  /** A command waiting to be posted, with its Promise's settle functions. */
  private static final class Waiter {
    final JsPropertyMap<Object> message;
    final ResolveCallbackFn<Void> resolve;
    final RejectCallbackFn reject;

    Waiter(JsPropertyMap<Object> message, ResolveCallbackFn<Void> resolve, RejectCallbackFn reject) {
      this.message = message;
      this.resolve = resolve;
      this.reject = reject;
    }
  }

  @JsIgnore
  Cti(Element container, MountConfig config, CtiUrl cti) {
    this.config = config;
    this.cti = cti;
    this.debug = config.debug || DialpadCti.debugAll;
    // Null, not undefined, as the types say: J2CL leaves a field it does not initialise undefined.
    authenticated = null;
    userId = null;
    this.iframe = CtiFrame.create(config, cti.url);
    iframe.addEventListener("load", onLoad);
    // First, so that if the page refuses the iframe nothing global is left behind.
    container.appendChild(iframe);
    DomGlobal.window.addEventListener("message", onMessage);
    readyTimer = DomGlobal.setTimeout(ignored -> onReadyTimeout(), config.readyTimeoutMs);
    diagnostics = new Diagnostics(iframe, cti, config.ctiSilentMs, this::warn);
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
        CallValidator.writePhoneNumber(call, out);
      } else if (call != null) {
        CallValidator.write(JsObjectView.read("call", Messages.A_CALL, call), out);
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
      if (destroyed) {
        throw Messages.destroyed();
      }
      if (ready && Protocol.EVENT_READY.equals(name)) {
        resolve.onInvoke((T) null);
      } else {
        // The resolve function is itself a one-argument function, as a listener is.
        listeners.addOnce(name, Js.uncheckedCast(resolve), reject);
      }
    });
  }

  /** A snapshot: {ready, authenticated, userId, ringing, destroyed}. */
  public CtiState getState() {
    JsPropertyMap<Object> state = JsPropertyMap.of();
    state.set("ready", ready);
    state.set("authenticated", authenticated);
    state.set("userId", userId);
    state.set("ringing", ringing);
    state.set("destroyed", destroyed);
    return Js.uncheckedCast(state);
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
    return debug;
  }

  /** Turns message logging on or off; {@code on} must be a boolean. */
  public void setDebug(Object on) {
    if (!(on instanceof Boolean)) {
      throw Messages.wrongType("debug", Messages.BOOLEAN, on);
    }
    debug = (Boolean) on;
  }

  /** Removes the iframe and the listener and rejects pending commands; calling it again does nothing. */
  public void destroy() {
    if (destroyed) {
      return;
    }
    destroyed = true;
    ready = false;
    DomGlobal.clearTimeout(readyTimer);
    DomGlobal.window.removeEventListener("message", onMessage);
    iframe.removeEventListener("load", onLoad);
    diagnostics.stop();
    iframe.remove();
    // The array is the console's too: someone may have changed it.
    int index = DialpadCti.INSTANCES.indexOf(this);
    if (index >= 0) {
      DialpadCti.INSTANCES.splice(index, 1);
    }
    listeners.clear(JsErrors.toJs(Messages.destroyed()));
    rejectQueued(Messages.destroyed());
  }

  /** One line for the console: URL, ready, login, ringing, visible. */
  @Override
  public String toString() {
    return Messages.describe(cti.url, destroyed, ready, authenticated, userId, ringing, !iframe.hidden);
  }

  /**
   * Posts {@code method} with the payload {@code payload} builds, at once if the iframe is ready,
   * else when it loads. Whatever throws (a bad name or argument, or a hostile getter) rejects the
   * Promise with a DialpadCtiError and posts nothing.
   */
  private Promise<Void> post(Object method, PayloadSource payload) {
    return new Promise<>((resolve, reject) -> Attempt.run(() -> {
      String name = checkName(method);
      if (destroyed || timedOut) {
        throw destroyed ? Messages.destroyed() : timeoutError();
      }
      Waiter command = new Waiter(Envelope.of(name, payload.get()), resolve, reject);
      if (ready) {
        deliver(command);
      } else {
        log(Messages.QUEUED, name, null);
        queue.push(command);
      }
    }, error -> reject(method, reject, JsErrors.isOwn(error) ? error : JsErrors.toJs(Messages.unreadable()))));
  }

  /** Rejects a command's Promise with {@code error}, a DialpadCtiError, and says so in debug mode. */
  private void reject(Object method, RejectCallbackFn reject, Object error) {
    JsPropertyMap<Object> fields = Js.asPropertyMap(error);
    log(Messages.REJECTED, method instanceof String ? method : null,
        fields.get("code") + " " + fields.get("message"));
    reject.onInvoke(error);
  }

  private void deliver(Waiter command) {
    JsPropertyMap<Object> message = command.message;
    Window target = iframe.contentWindow;
    Object method = message.get("method");
    Attempt.run(() -> {
      // Never '*': if the frame has navigated elsewhere, the browser drops the message.
      target.postMessage(message, cti.origin);
      log(Messages.OUT, method, message.get("payload"));
      history.add(Messages.OUT, method, message.get("payload"), null);
      command.resolve.onInvoke((Void) null);
    }, error -> reject(method, command.reject, JsErrors.toJs(target == null ? Messages.notAttached()
        // What was thrown may have no usable toString (a null-prototype object): then no text.
        : Messages.cannotPost(Attempt.get(() -> String.valueOf(error))))));
  }

  private void loaded() {
    log(ready ? Messages.RELOADED : Messages.LOADED, cti.url, null);
    if (destroyed) {
      return;
    }
    diagnostics.loaded();
    if (ready) {
      return;
    }
    ready = true;
    timedOut = false;
    DomGlobal.clearTimeout(readyTimer);
    JsArray<Waiter> queued = queue;
    queue = new JsArray<>();
    for (int i = 0; i < queued.length; i++) {
      deliver(queued.getAt(i));
    }
    listeners.emit(Protocol.EVENT_READY, null);
  }

  private void onReadyTimeout() {
    timedOut = true;
    rejectQueued(timeoutError());
  }

  /** Rejects every queued command with {@code error} and empties the queue. */
  private void rejectQueued(CtiException error) {
    JsArray<Waiter> queued = queue;
    queue = new JsArray<>();
    for (int i = 0; i < queued.length; i++) {
      Waiter command = queued.getAt(i);
      reject(command.message.get("method"), command.reject, JsErrors.toJs(error));
    }
  }

  private void receive(Event event) {
    MessageEvent<Object> message = Js.uncheckedCast(event);
    // The sender first, before anything reads event.data: another window's message is not read,
    // logged or kept, so a stranger posting a huge value costs this page nothing.
    if (iframe.contentWindow == null || !Js.isTripleEqual(message.source, iframe.contentWindow)) {
      return;
    }
    Object data = message.data;
    ObjectView view = JsObjectView.of(data);
    String reason = InboundFilter.rejectReason(message.origin, cti.origin, view);
    Object method = view == null ? null : view.get("method");
    // Raw, so listeners get the payload exactly as sent (undefined when there was none).
    Object payload = view == null ? data : Js.asPropertyMap(data).get("payload");
    if (reason != null) {
      log(Messages.DROPPED, reason, data);
      history.add(Messages.DROPPED, method instanceof String ? method : null, payload, reason);
      return;
    }
    diagnostics.heard();
    log(Messages.IN, method, payload);
    history.add(Messages.IN, method, payload, null);
    ObjectView fields = view.object("payload");
    if (Protocol.USER_AUTHENTICATION.equals(method)) {
      authenticated = (Boolean) fields.get("user_authenticated");
      userId = fields.get("user_id");
    } else if (Protocol.CALL_RINGING.equals(method)) {
      ringing = "on".equals(fields.get("state"));
    }
    listeners.emit((String) method, payload);
    if (listeners.has(Protocol.EVENT_MESSAGE)) {
      JsPropertyMap<Object> any = JsPropertyMap.of();
      any.set("method", method);
      any.set("payload", payload);
      listeners.emit(Protocol.EVENT_MESSAGE, any);
    }
  }

  /** Raises the {@code warning} event; the console gets each code once per instance, debug or not. */
  private void warn(String code, String text) {
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

  /** In debug mode, one console line: what happened, to which method or why, and the data. */
  private void log(String what, Object subject, Object data) {
    if (debug) {
      if (data == null) {
        DomGlobal.console.log(Messages.LOG_PREFIX, what, subject);
      } else {
        DomGlobal.console.log(Messages.LOG_PREFIX, what, subject, data);
      }
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

  private CtiException timeoutError() {
    return Messages.readyTimeout(cti.url, config.readyTimeoutMs);
  }
}
