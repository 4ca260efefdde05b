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
  private boolean authenticated;
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
    this.debug = config.debug;
    this.iframe = CtiFrame.create(config, cti.url);
    iframe.addEventListener("load", onLoad);
    DomGlobal.window.addEventListener("message", onMessage);
    readyTimer = DomGlobal.setTimeout(ignored -> onReadyTimeout(), config.readyTimeoutMs);
    container.appendChild(iframe);
  }

  /**
   * Places a call: {@code call} is an E.164 string or a call object; resolves once posted. A bad
   * call rejects with a {@link CtiException} (see {@link CtiException#from}) and posts nothing.
   */
  public Promise<Void> initiateCall(Object call) {
    return post(Protocol.INITIATE_CALL, () -> {
      JsPropertyMap<Object> payload = JsPropertyMap.of();
      PayloadWriter out = payload::set;
      ObjectView view = JsObjectView.of(call);
      if (view != null) {
        CallValidator.write(view, out);
      } else if (call instanceof String || call instanceof Double) {
        CallValidator.writePhoneNumber(call, out);
      } else {
        throw Texts.invalid("call must be a phone number or {phoneNumber}, not " + Texts.typeOf(call));
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
        throw Texts.invalid("payload must be a plain object, not " + Texts.typeOf(payload));
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
      if (destroyed) {
        throw destroyedError();
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
      throw Texts.invalid("debug must be a boolean, not " + Texts.quote(on));
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
    iframe.remove();
    listeners.clear(JsErrors.toJs(destroyedError()));
    rejectAll(queue, destroyedError());
    queue = new JsArray<>();
  }

  /**
   * Posts {@code method} with the payload {@code payload} builds, at once if the iframe is ready,
   * else when it loads. Whatever throws inside the executor (a bad name or argument) rejects the
   * Promise and posts nothing.
   */
  private Promise<Void> post(Object method, PayloadSource payload) {
    return new Promise<>((resolve, reject) -> {
      String name = checkName(method);
      if (destroyed || timedOut) {
        throw destroyed ? destroyedError() : timeoutError();
      }
      Waiter command = new Waiter(Envelope.of(name, payload.get()), resolve, reject);
      if (ready) {
        deliver(command);
      } else {
        queue.push(command);
      }
    });
  }

  private void deliver(Waiter command) {
    JsPropertyMap<Object> message = command.message;
    Window target = iframe.contentWindow;
    Attempt.run(() -> {
      // Never '*': if the frame has navigated elsewhere, the browser drops the message.
      target.postMessage(message, cti.origin);
      log("out " + message.get("method"), message.get("payload"));
      command.resolve.onInvoke((Void) null);
    }, error -> command.reject.onInvoke(JsErrors.toJs(target == null
        ? CtiException.of(ErrorCode.NOT_ATTACHED, "the iframe is not in the page")
        : Texts.invalid("cannot post: " + error))));
  }

  private void loaded() {
    if (ready || destroyed) {
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
    rejectAll(queue, timeoutError());
    queue = new JsArray<>();
  }

  private static void rejectAll(JsArray<Waiter> waiters, CtiException error) {
    for (int i = 0; i < waiters.length; i++) {
      waiters.getAt(i).reject.onInvoke(JsErrors.toJs(error));
    }
  }

  private void receive(Event event) {
    MessageEvent<Object> message = Js.uncheckedCast(event);
    ObjectView view = JsObjectView.of(message.data);
    String reason = InboundFilter.rejectReason(
        iframe.contentWindow != null && Js.isTripleEqual(message.source, iframe.contentWindow),
        message.origin, cti.origin, view);
    if (reason != null) {
      log("dropped (" + reason + ")", message.data);
      return;
    }
    String method = (String) view.get("method");
    // Raw, so listeners get the payload exactly as sent (undefined when there was none).
    Object payload = Js.asPropertyMap(message.data).get("payload");
    log("in " + method, payload);
    ObjectView fields = view.object("payload");
    if (Protocol.USER_AUTHENTICATION.equals(method)) {
      authenticated = (Boolean) fields.get("user_authenticated");
      userId = fields.get("user_id");
    } else if (Protocol.CALL_RINGING.equals(method)) {
      ringing = "on".equals(fields.get("state"));
    }
    listeners.emit(method, payload);
    JsPropertyMap<Object> any = JsPropertyMap.of();
    any.set("method", method);
    any.set("payload", payload);
    listeners.emit(Protocol.EVENT_MESSAGE, any);
  }

  private void log(String what, Object data) {
    if (debug) {
      DomGlobal.console.log(Protocol.LOG_PREFIX, what, data);
    }
  }

  private static String checkListener(Object event, Listener<?> listener) {
    String name = checkName(event);
    if (!"function".equals(Js.typeof(listener))) {
      throw Texts.invalid("listener must be a function, not " + Texts.typeOf(listener));
    }
    return name;
  }

  /** Event and method names: 'ready', 'message', or a snake_case Dialpad method name. */
  private static String checkName(Object name) {
    if (name instanceof String && MethodName.isValid((String) name)) {
      return (String) name;
    }
    throw CtiException.of(ErrorCode.INVALID_METHOD, Texts.quote(name) + " is not a snake_case name");
  }

  private static CtiException destroyedError() {
    return CtiException.of(ErrorCode.DESTROYED, "destroyed; mount again");
  }

  private CtiException timeoutError() {
    return CtiException.of(ErrorCode.READY_TIMEOUT, cti.url + " did not load in "
        + config.readyTimeoutMs + " ms; check it or raise readyTimeoutMs");
  }
}
