package dev.dialpadcti;

import elemental2.core.JsDate;
import elemental2.core.JsObject;
import elemental2.dom.Element;
import elemental2.dom.HTMLIFrameElement;
import elemental2.promise.Promise;
import elemental2.promise.Promise.PromiseExecutorCallbackFn.RejectCallbackFn;
import elemental2.promise.Promise.PromiseExecutorCallbackFn.ResolveCallbackFn;
import jsinterop.annotations.JsConstructor;

/**
 * The CTI in an iframe of this page (SPEC §8): the frame, its session, the queue of commands
 * waiting for it, what it says (inbound dispatch), the state events, tab claiming and diagnostics.
 */
final class FrameLink extends JsObject implements CtiLink {
  private final MountConfig config;
  private final CtiUrl url;
  private final Listeners listeners;
  private final History history;
  private final Session session;
  private final StateEvents states;
  private final CtiFrame frame;
  private final CommandQueue queue;
  private final TabClaim tabs;
  private final Diagnostics diagnostics;

  /** Mounts the CTI in {@code container}. */
  @JsConstructor
  FrameLink(Element container, MountConfig config, CtiUrl url, Listeners listeners, History history,
      Warnings.Sink warn) {
    this.config = config;
    this.url = url;
    this.listeners = listeners;
    this.history = history;
    session = new Session(JsDate.now(), config.readyTimeoutMs, config.authGraceMs, config.loginTimeoutMs,
        !config.hidden);
    states = new StateEvents(session, listeners);
    frame = new CtiFrame(container, config, url, history, this::loaded, this::message);
    queue = new CommandQueue(session, frame, history, config, url.url, this::update);
    tabs = new TabClaim(config.autoEnableTab, queue, session);
    diagnostics = new Diagnostics(frame.iframe, url, config.ctiSilentMs, warn);
  }

  @Override
  public void issue(String method, Object payload, ResolveCallbackFn<Void> resolve, RejectCallbackFn reject) {
    queue.add(Envelope.of(method, payload), resolve, reject);
  }

  @Override
  public CtiState state() {
    return states.state();
  }

  @Override
  public void show(boolean on) {
    if (!session.destroyed && session.show(on)) {
      frame.iframe.hidden = !on;
      update();
    }
  }

  @Override
  public HTMLIFrameElement iframe() {
    return frame.iframe;
  }

  /** Not a connected instance: its CTI is in this page. */
  @Override
  public Promise<Void> openPhone() {
    return Promise.reject(JsErrors.toJs(Messages.notConnected()));
  }

  @Override
  public void closePhone() {}

  @Override
  public void destroy() {
    if (session.destroyed) {
      return;
    }
    session.destroy();
    frame.remove();
    tabs.stop();
    diagnostics.stop();
    update();
  }

  /** The session may have changed: a moved frame is loading a new page; post what may be posted; raise state. */
  private void update() {
    if (frame.replaced()) {
      session.unloaded(JsDate.now());
    }
    queue.flush();
    states.emit();
  }

  private void loaded() {
    if (session.destroyed) {
      return;
    }
    boolean reload = session.loaded(JsDate.now());
    history.log(reload ? Messages.RELOADED : Messages.LOADED, url.url, null);
    diagnostics.loaded();
    update();
    // 'ready' each time the page has loaded (so once('ready') during a reload settles), and
    // 'reload' too for every load after the first.
    listeners.emit(Protocol.EVENT_READY, null);
    if (reload) {
      listeners.emit(Protocol.EVENT_RELOAD, null);
    }
  }

  /** A message from the CTI's window and origin: recorded, the session, the reactions, state, then the listeners. */
  private void message(Object data) {
    int heard = InboundDispatch.accept(session, history, data);
    if (heard == InboundDispatch.DROPPED) {
      return;
    }
    diagnostics.heard();
    if (heard == InboundDispatch.LOGGED_IN) {
      tabs.login();
    } else if (heard == InboundDispatch.RING_STARTED && config.autoShowOnRing) {
      show(true);
      frame.iframe.scrollIntoView();
    }
    update();
    InboundDispatch.deliver(listeners, data);
  }
}
