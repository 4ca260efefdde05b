package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsObject;
import elemental2.dom.HTMLIFrameElement;
import elemental2.promise.Promise;
import jsinterop.annotations.JsConstructor;
import jsinterop.annotations.JsIgnore;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * One CTI, as callers see it: it checks arguments and hands commands to its {@link CtiLink}, and
 * holds the subscriptions, the history and the helpers. Which link it has, it does not know.
 */
@JsType
public final class Cti extends JsObject {
  private final MountConfig config;
  private final CtiUrl url;
  private final Listeners listeners;
  private final History history;
  private final Warnings warnings;
  private final CtiLink link;
  /** clickToDial and ringAttention subscriptions, removed by destroy. */
  private final JsArray<Subscription> helpers;

  @JsConstructor
  Cti(MountConfig config, CtiUrl url, CtiLink.Factory link) {
    listeners = new Listeners();
    history = new History();
    warnings = new Warnings(listeners);
    helpers = new JsArray<>();
    this.config = config;
    this.url = url;
    history.debug = config.debug || DialpadCti.debugAll;
    this.link = link.create(listeners, history, warnings::warn);
    if (config.ringAttention) {
      // A connected page's phone window shows the notifications, one per call for all pages.
      keep(RingAttention.start(listeners, this.link::state, this::show, config.phonePage == null));
    }
    DialpadCti.listed(this, true);
  }

  /**
   * Places a call: {@code call} is an E.164 string or a call object; resolves once posted. A bad
   * call rejects with a {@link CtiException} (see {@link CtiException#from}) and posts nothing.
   */
  public Promise<Void> initiateCall(Object call) {
    return post(Protocol.INITIATE_CALL, () -> CallPayload.of(call, config.defaultCountryCode));
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
    return listeners.add(Listeners.named(event), Listeners.checkListener(listener));
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

  /** Calls {@code listener} with each warning (a {@link CtiWarning} code: frame_blocked, cti_silent, …); returns the way to remove it. */
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
    listeners.remove(MethodName.check(event), Listeners.checkListener(listener));
  }

  /**
   * A Promise of the next {@code event}'s payload; 'ready' resolves at once if already ready. From
   * Java, name the payload type: {@code cti.<CallRinging>once("call_ringing")}.
   */
  public <T> Promise<T> once(Object event) {
    // Thrown inside the executor, a CtiException rejects the Promise.
    return new Promise<>((resolve, reject) -> {
      String name = Listeners.named(event);
      CtiState state = getState();
      if (state.isDestroyed()) {
        throw Messages.destroyed();
      }
      if (state.isReady() && Protocol.EVENT_READY.equals(name)) {
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
    return link.state();
  }

  /**
   * Dials tel: links and [data-dialpad-call] elements when clicked (options: root, selector,
   * customData, onDial; null for the defaults); returns the way to stop. See SPEC §10.
   */
  public Subscription clickToDial(Object options) {
    if (getState().isDestroyed()) {
      throw Messages.destroyed();
    }
    return keep(ClickToDial.start(options, config.defaultCountryCode, call -> {
      show();
      return initiateCall(call);
    }, warnings::warn));
  }

  /** Dials tel: links and [data-dialpad-call] elements when clicked, as {@code options} says; returns the way to stop. */
  @JsIgnore
  public Subscription clickToDial(ClickToDialOptions options) {
    return clickToDial((Object) options);
  }

  /**
   * Opens the phone window, or finds the one already open for this CTI in any tab; resolves once
   * its CTI has loaded, rejects popup_blocked when the browser refused it. Call it from a click.
   * For instances from {@link DialpadCti#connect}; a mounted one rejects invalid_argument.
   */
  public Promise<Void> openPhone() {
    return link.openPhone();
  }

  /** Closes the phone window from any page (its calls end); does nothing on a mounted instance. */
  public void closePhone() {
    link.closePhone();
  }

  /** Shows the CTI's iframe (it stays in the page while hidden, so calls go on); connected: brings the phone window forward. */
  public void show() {
    link.show(true);
  }

  /** Hides the CTI's iframe with its {@code hidden} attribute, never removing it (a removed iframe ends live calls); connected: nothing. */
  public void hide() {
    link.show(false);
  }

  /** A copy of the last 100 messages in, out and dropped: {time, direction, method, payload, reason?}. */
  public JsArray<HistoryEntry> getHistory() {
    return history.copy();
  }

  /** The CTI's iframe element; null on a connected instance (its iframe is in the phone window). */
  public HTMLIFrameElement getIframe() {
    return link.iframe();
  }

  /** Whether every message in, out and dropped is logged to the console. */
  public boolean isDebug() {
    return history.debug;
  }

  /** Turns message logging on or off; {@code on} must be a boolean. */
  public void setDebug(Object on) {
    if (!(on instanceof Boolean)) {
      throw Messages.wrongType("debug", Values.BOOLEAN, on);
    }
    history.debug = (Boolean) on;
  }

  /** Removes the iframe and the listener (connected: disconnects this page only) and rejects pending commands; idempotent. */
  public void destroy() {
    if (getState().isDestroyed()) {
      return;
    }
    DialpadCti.listed(this, false);
    // Rejects the waiting commands, and tells state listeners (ringAttention too), before they are dropped.
    link.destroy();
    while (helpers.length > 0) {
      helpers.pop().remove();
    }
    listeners.clear(JsErrors.toJs(Messages.destroyed()));
  }

  /** One line for the console: URL, ready, login, ringing calls, visible. */
  @Override
  public String toString() {
    JsPropertyMap<Object> state = Js.asPropertyMap(getState());
    return Messages.describe(url.url, Js.isTruthy(state.get("destroyed")), Js.isTruthy(state.get("ready")),
        state.get("authenticated"), state.get("userId"), Js.<JsArray<?>>uncheckedCast(state.get("calls")).length,
        Js.isTruthy(state.get("visible")));
  }

  /** A helper's subscription, ended by destroy; the returned one ends it earlier, once. */
  private Subscription keep(Subscription helper) {
    helpers.push(helper);
    return () -> {
      int index = helpers.indexOf(helper);
      if (index >= 0) {
        helpers.splice(index, 1);
        helper.remove();
      }
    };
  }

  /**
   * Issues {@code method} with the payload {@code payload} builds. Whatever throws (a bad name or
   * argument, or a hostile getter) rejects the Promise with a DialpadCtiError and posts nothing.
   */
  private Promise<Void> post(Object method, Attempt.Source<Object> payload) {
    return new Promise<>((resolve, reject) -> Attempt.run(
        () -> link.issue(MethodName.check(method), payload.get(), resolve, reject),
        error -> history.reject(method, reject, JsErrors.isOwn(error) ? error : JsErrors.toJs(Messages.unreadable()))));
  }
}
