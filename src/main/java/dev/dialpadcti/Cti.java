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
import jsinterop.annotations.JsIgnore;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** One mounted CTI: its iframe, its listeners and its command queue. */
@JsType
public final class Cti {
  private final MountConfig config;
  private final HTMLIFrameElement iframe;
  private final Listeners listeners = new Listeners();
  private final EventListener onMessage = this::onMessage;
  private final EventListener onLoad = this::onLoad;
  /** Commands issued before the iframe loaded, in order. */
  private JsArray<Pending> queue = new JsArray<>();
  /** Rejecters of {@link #once} promises still waiting, so destroy() can settle them. */
  private JsArray<RejectCallbackFn> waiting = new JsArray<>();
  private double readyTimer;
  private boolean ready;
  private boolean timedOut;
  private boolean destroyed;
  private boolean debug;
  private boolean authenticated;
  private Object userId;
  private boolean ringing;

  private static final class Pending {
    final JsPropertyMap<Object> message;
    final ResolveCallbackFn<Void> resolve;
    final RejectCallbackFn reject;

    Pending(JsPropertyMap<Object> message, ResolveCallbackFn<Void> resolve, RejectCallbackFn reject) {
      this.message = message;
      this.resolve = resolve;
      this.reject = reject;
    }
  }

  @JsIgnore
  Cti(Element container, MountConfig config) {
    this.config = config;
    this.debug = config.debug;
    this.iframe = CtiFrame.create(config);
    iframe.addEventListener("load", onLoad);
    DomGlobal.window.addEventListener("message", onMessage);
    readyTimer = DomGlobal.setTimeout(ignored -> onReadyTimeout(), config.readyTimeoutMs);
    container.appendChild(iframe);
  }

  /** Places a call: {@code call} is an E.164 string or a call object; resolves once posted. */
  public Promise<Void> initiateCall(Object call) {
    JsPropertyMap<Object> payload = JsPropertyMap.of();
    try {
      if (call instanceof String || call instanceof Double) {
        CallValidator.writePhoneNumber(call, payload::set);
      } else {
        ObjectView view = JsObjectView.of(call);
        if (view == null) {
          throw new CtiException(ErrorCode.INVALID_ARGUMENT,
              "initiateCall takes a phone number string or a call object such as"
                  + " {phoneNumber: '+14155550123'}, not " + Texts.typeOf(call) + ".");
        }
        CallValidator.write(view, payload::set);
      }
    } catch (CtiException e) {
      return Promise.reject(JsErrors.rejection(e));
    }
    return post(Protocol.INITIATE_CALL, payload);
  }

  /** Claims calling for this browser tab; resolves once posted. */
  public Promise<Void> enableCurrentTab() {
    return post(Protocol.ENABLE_CURRENT_TAB, null);
  }

  /** Hangs up every call of this user (supported by the CTI, not in Dialpad's page); resolves once posted. */
  public Promise<Void> hangUpAllCalls() {
    return post(Protocol.HANG_UP_ALL_CALLS, null);
  }

  /** Posts any other method, for CTI features this library does not know yet. */
  public Promise<Void> send(Object method, Object payload) {
    try {
      String name = checkName(method, "send");
      if (MethodName.hasOwnCommand(name)) {
        throw new CtiException(ErrorCode.INVALID_METHOD, "send('" + name + "') is not allowed: use "
            + (Protocol.INITIATE_CALL.equals(name) ? "initiateCall()"
                : Protocol.ENABLE_CURRENT_TAB.equals(name) ? "enableCurrentTab()" : "hangUpAllCalls()")
            + ", which checks its arguments.");
      }
      if (payload != null && JsObjectView.of(payload) == null) {
        throw new CtiException(ErrorCode.INVALID_ARGUMENT,
            "send's payload must be a plain object or undefined, not " + Texts.typeOf(payload) + ".");
      }
      return post(name, payload);
    } catch (CtiException e) {
      return Promise.reject(JsErrors.rejection(e));
    }
  }

  /** Calls {@code listener} with each payload of {@code event}; returns a function that unsubscribes. */
  public Subscription on(Object event, Listener listener) {
    String name = checkEventAndListener(event, listener, "on");
    listeners.add(name, listener);
    return () -> listeners.remove(name, listener);
  }

  /** Removes one subscription of {@code listener} to {@code event}. */
  public void off(Object event, Listener listener) {
    listeners.remove(checkEventAndListener(event, listener, "off"), listener);
  }

  /** A Promise of the next {@code event}'s payload; 'ready' resolves at once if already ready. */
  public Promise<Object> once(Object event) {
    String name;
    try {
      name = checkName(event, "once");
      if (destroyed) {
        throw destroyedError();
      }
    } catch (CtiException e) {
      return Promise.reject(JsErrors.rejection(e));
    }
    if (ready && Protocol.EVENT_READY.equals(name)) {
      return Promise.resolve((Object) null);
    }
    return new Promise<>((resolve, reject) -> {
      Listener[] self = {null};
      self[0] = payload -> {
        listeners.remove(name, self[0]);
        waiting.splice(waiting.indexOf(reject), 1);
        resolve.onInvoke(payload);
      };
      listeners.add(name, self[0]);
      waiting.push(reject);
    });
  }

  /** A snapshot: {ready, authenticated, userId, ringing, destroyed}. */
  public JsPropertyMap<Object> getState() {
    JsPropertyMap<Object> state = JsPropertyMap.of();
    state.set("ready", ready);
    state.set("authenticated", authenticated);
    state.set("userId", userId);
    state.set("ringing", ringing);
    state.set("destroyed", destroyed);
    return state;
  }

  /** The CTI's iframe element. */
  public HTMLIFrameElement getIframe() {
    return iframe;
  }

  /** Whether every message in, out and dropped is logged to the console. */
  public boolean isDebug() {
    return debug;
  }

  /** Turns message logging on or off. */
  public void setDebug(Object on) {
    if (!(on instanceof Boolean)) {
      throw JsErrors.decorate(new CtiException(ErrorCode.INVALID_ARGUMENT,
          "debug must be true or false, not " + Texts.typeOf(on) + "."));
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
    if (iframe.parentNode != null) {
      iframe.parentNode.removeChild(iframe);
    }
    listeners.clear();
    rejectAll(destroyedError());
    JsArray<RejectCallbackFn> stillWaiting = waiting;
    waiting = new JsArray<>();
    for (int i = 0; i < stillWaiting.length; i++) {
      stillWaiting.getAt(i).onInvoke(JsErrors.rejection(destroyedError()));
    }
  }

  private Promise<Void> post(String method, Object payload) {
    JsPropertyMap<Object> message = Envelope.of(method, payload);
    return new Promise<>((resolve, reject) -> {
      if (destroyed) {
        reject.onInvoke(JsErrors.rejection(destroyedError()));
      } else if (ready) {
        deliver(new Pending(message, resolve, reject));
      } else if (timedOut) {
        reject.onInvoke(JsErrors.rejection(timeoutError()));
      } else {
        queue.push(new Pending(message, resolve, reject));
      }
    });
  }

  private void deliver(Pending command) {
    Window target = iframe.contentWindow;
    if (target == null) {
      command.reject.onInvoke(JsErrors.rejection(new CtiException(ErrorCode.NOT_ATTACHED,
          "The CTI iframe is not in the document; put it back (or mount again) before sending.")));
      return;
    }
    try {
      // Never '*': if the frame has navigated elsewhere, the browser drops the message.
      target.postMessage(command.message, config.cti.origin);
    } catch (Throwable t) {
      command.reject.onInvoke(JsErrors.rejection(new CtiException(ErrorCode.INVALID_ARGUMENT,
          "The message could not be posted (functions and DOM nodes cannot be sent): " + t.getMessage())));
      return;
    }
    log("out", command.message.get("method"), command.message.get("payload"));
    command.resolve.onInvoke((Void) null);
  }

  private void onLoad(Event ignored) {
    if (ready || destroyed) {
      return;
    }
    ready = true;
    timedOut = false;
    DomGlobal.clearTimeout(readyTimer);
    JsArray<Pending> queued = queue;
    queue = new JsArray<>();
    for (int i = 0; i < queued.length; i++) {
      deliver(queued.getAt(i));
    }
    listeners.emit(Protocol.EVENT_READY, null);
  }

  private void onReadyTimeout() {
    if (!ready) {
      timedOut = true;
      rejectAll(timeoutError());
    }
  }

  private void rejectAll(CtiException error) {
    JsArray<Pending> queued = queue;
    queue = new JsArray<>();
    for (int i = 0; i < queued.length; i++) {
      queued.getAt(i).reject.onInvoke(JsErrors.rejection(error));
    }
  }

  private void onMessage(Event event) {
    MessageEvent<Object> message = Js.uncheckedCast(event);
    Object data = message.data;
    ObjectView view = JsObjectView.of(data);
    String reason = InboundFilter.rejectReason(
        iframe.contentWindow != null && Js.isTripleEqual(message.source, iframe.contentWindow),
        message.origin, config.cti.origin, view);
    if (reason != null) {
      if (debug) {
        DomGlobal.console.log(Protocol.LOG_PREFIX, "dropped", reason, data);
      }
      return;
    }
    String method = (String) view.get("method");
    Object payload = view.get("payload");
    log("in", method, payload);
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

  private void log(String direction, Object method, Object payload) {
    if (debug) {
      DomGlobal.console.log(Protocol.LOG_PREFIX, direction, method, payload);
    }
  }

  private String checkEventAndListener(Object event, Listener listener, String where) {
    String name = checkName(event, where);
    if (!"function".equals(Js.typeof(listener))) {
      throw JsErrors.decorate(new CtiException(ErrorCode.INVALID_ARGUMENT,
          where + "('" + name + "', listener): listener must be a function, not "
              + Texts.typeOf(listener) + "."));
    }
    return name;
  }

  /** Event and method names: 'ready', 'message', or a snake_case Dialpad method name. */
  private static String checkName(Object name, String where) {
    if (name instanceof String && MethodName.isValid((String) name)) {
      return (String) name;
    }
    throw JsErrors.decorate(new CtiException(ErrorCode.INVALID_METHOD,
        where + " needs a snake_case method name such as 'call_ringing', got " + Texts.quote(name)
            + "."));
  }

  private static CtiException destroyedError() {
    return new CtiException(ErrorCode.DESTROYED,
        "This CTI was destroyed; call DialpadCti.mount() again for a new one.");
  }

  private CtiException timeoutError() {
    return new CtiException(ErrorCode.READY_TIMEOUT, "The CTI iframe (" + config.cti.url
        + ") did not load within " + (int) config.readyTimeoutMs + " ms; check the URL and your"
        + " network, or raise readyTimeoutMs.");
  }
}
