package dev.dialpadcti;

import elemental2.core.Global;
import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.core.JsObject;
import elemental2.dom.HTMLIFrameElement;
import elemental2.dom.Window;
import elemental2.promise.Promise;
import elemental2.promise.Promise.PromiseExecutorCallbackFn.RejectCallbackFn;
import elemental2.promise.Promise.PromiseExecutorCallbackFn.ResolveCallbackFn;
import jsinterop.annotations.JsConstructor;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * A connected page's CTI (SPEC §12): the one in the app's phone window, reached over the CTI's
 * {@link PhoneChannel}. Commands wait here while no window is open (and fail with phone_closed
 * {@code readyTimeoutMs} after they were issued), then go to the window in order and settle with
 * its verdict; the window's state is mirrored, with {@code phone}, and its events raised here.
 */
final class PhoneLink extends JsObject implements CtiLink {
  /** A command issued on this page, until the window has said what became of it. */
  private static final class Command extends JsObject {
    final double id;
    final String method;
    final Object payload;
    final ResolveCallbackFn<Void> resolve;
    final RejectCallbackFn reject;
    final double issued;
    /** When it gives up: readyTimeoutMs after it was issued while no window takes it, later once sent. */
    double deadline;

    @JsConstructor
    Command(double id, String method, Object payload, ResolveCallbackFn<Void> resolve, RejectCallbackFn reject) {
      this.id = id;
      this.method = method;
      this.payload = payload;
      this.resolve = resolve;
      this.reject = reject;
      this.issued = JsDate.now();
    }
  }

  private final MountConfig config;
  private final CtiUrl url;
  private final String phonePage;
  private final Listeners listeners;
  private final History history;
  private final PhoneChannel channel;
  /** This page on the channel: results carry it, so a page settles only its own commands. */
  private final String page;
  /** Not yet sent, for want of a window, oldest first. */
  private final JsArray<Command> waiting;
  /** Sent, waiting for the window's result. */
  private final JsArray<Command> sent;
  /** openPhone() Promises waiting for the window's CTI to load: resolve, reject pairs. */
  private final JsArray<Object> opening;
  private CtiState snapshot;
  private boolean open;
  private boolean destroyed;
  private double nextId;
  private double timer;
  /** The window this page opened, if it did: closePhone and show reach it directly too. */
  private Window opened;

  @JsConstructor
  PhoneLink(MountConfig config, CtiUrl url, String phonePage, Listeners listeners, History history) {
    this.config = config;
    this.url = url;
    this.phonePage = phonePage;
    this.listeners = listeners;
    this.history = history;
    waiting = new JsArray<>();
    sent = new JsArray<>();
    opening = new JsArray<>();
    page = String.valueOf(Math.random()).substring(2) + JsDate.now();
    opened = null;
    mirror(null);
    channel = new PhoneChannel(url.url, this::receive);
    JsPropertyMap<Object> hello = PhoneChannel.message(Protocol.PHONE_HELLO);
    hello.set("page", page);
    channel.send(hello);
  }

  @Override
  public void issue(String method, Object payload, ResolveCallbackFn<Void> resolve, RejectCallbackFn reject) {
    if (destroyed) {
      history.reject(method, reject, JsErrors.toJs(Messages.destroyed()));
      return;
    }
    Command command = new Command(nextId++, method, payload, resolve, reject);
    command.deadline = command.issued + config.readyTimeoutMs;
    if (open) {
      send(command);
    } else {
      waiting.push(command);
      history.log(Messages.QUEUED, method, null);
    }
    schedule();
  }

  @Override
  public CtiState state() {
    return snapshot;
  }

  /** Asks the window to come to the front (where the browser lets a window raise another); nothing else to show here. */
  @Override
  public void show(boolean on) {
    if (on && !destroyed) {
      channel.send(PhoneChannel.message(Protocol.PHONE_FOCUS));
      if (opened != null) {
        Attempt.run(() -> opened.focus(), ignored -> {});
      }
    }
  }

  @Override
  public HTMLIFrameElement iframe() {
    return null;
  }

  @Override
  public Promise<Void> openPhone() {
    return new Promise<>((resolve, reject) -> {
      if (destroyed) {
        throw Messages.destroyed();
      }
      if (!open) {
        // Synchronously, in the caller's click: a window opened later is a popup the browser blocks.
        // By name and blank first: a phone window this page has not heard from yet keeps its page
        // (and its call); only a new, blank window is sent to the phone page.
        // Named for the CTI: the phone window of another CTI, open from this tab, is never reused.
        Window window = Page.open("", Protocol.PHONE_WINDOW + url.url, config.windowFeatures);
        if (window == null) {
          throw Messages.popupBlocked();
        }
        String phoneUrl = phoneUrl();
        Attempt.run(() -> {
          if ("about:blank".equals(window.location.href)) {
            window.location.href = phoneUrl;
          }
        }, ignored -> {});
        opened = window;
      }
      opening.push(resolve, reject);
      settleOpening();
      // A window that never gets its CTI loaded must not leave the Promise pending.
      Page.setTimeout(() -> {
        int index = opening.indexOf(resolve);
        if (index >= 0) {
          opening.splice(index, 2);
          reject.onInvoke(JsErrors.toJs(Messages.readyTimeout(url.url, config.readyTimeoutMs)));
        }
      }, config.readyTimeoutMs);
    });
  }

  @Override
  public void closePhone() {
    if (!destroyed) {
      channel.send(PhoneChannel.message(Protocol.PHONE_CLOSE));
      if (opened != null) {
        Attempt.run(() -> opened.close(), ignored -> {});
      }
    }
  }

  /** Disconnects this page only: the window and its calls stay. */
  @Override
  public void destroy() {
    if (destroyed) {
      return;
    }
    destroyed = true;
    Page.clearTimeout(timer);
    JsPropertyMap<Object> bye = PhoneChannel.message(Protocol.PHONE_BYE);
    bye.set("page", page);
    channel.send(bye);
    channel.close();
    rejectAll(Messages.destroyed());
    mirror(null);
  }

  private void receive(String type, ObjectView message) {
    if (destroyed) {
      return;
    }
    String to = ChannelFilter.page(message, "to");
    if (to != null && !to.equals(page)) {
      return;
    }
    if (Protocol.PHONE_STATE.equals(type)) {
      boolean opening = !open;
      open = true;
      mirror(message.object("state"));
      if (opening) {
        while (waiting.length > 0) {
          send(waiting.shift());
        }
        schedule();
      }
      settleOpening();
    } else if (Protocol.PHONE_EVENT.equals(type)) {
      event(message);
    } else if (Protocol.PHONE_RESULT.equals(type) && to != null) {
      result(message);
    } else if (Protocol.PHONE_CLOSED.equals(type) && open) {
      open = false;
      opened = null;
      rejectAll(Messages.phoneClosed(config.readyTimeoutMs));
      mirror(null);
    }
  }

  /** An event of the window's CTI, raised here as a mounted instance would raise it. */
  private void event(ObjectView message) {
    Object name = message.get("name");
    ObjectView payload = message.object("payload");
    if (Protocol.EVENT_MESSAGE.equals(name) && payload != null) {
      // Every accepted message of the CTI: its own event, then 'message'.
      Object method = payload.get("method");
      if (method instanceof String && MethodName.isValid((String) method) && !MethodName.isReserved((String) method)) {
        Object inner = Js.asPropertyMap(message.get("payload")).get("payload");
        history.add(Protocol.IN, method, inner, null);
        listeners.emit((String) method, inner);
        listeners.emit(Protocol.EVENT_MESSAGE, message.get("payload"));
      }
    } else if (Protocol.EVENT_READY.equals(name) || Protocol.EVENT_RELOAD.equals(name)) {
      listeners.emit((String) name, null);
    } else if (Protocol.EVENT_WARNING.equals(name) && payload != null) {
      listeners.emit(Protocol.EVENT_WARNING, message.get("payload"));
    }
  }

  /** The window's verdict on one of this page's commands. */
  private void result(ObjectView message) {
    double id = ChannelFilter.id(message);
    for (int i = 0; i < sent.length; i++) {
      Command command = sent.getAt(i);
      if (command.id == id) {
        sent.splice(i, 1);
        ObjectView error = message.object("error");
        if (error == null) {
          history.add(Protocol.OUT, command.method, command.payload, null);
          command.resolve.onInvoke((Void) null);
        } else {
          history.reject(command.method, command.reject, JsErrors.toJs(remoteError(error)));
        }
        return;
      }
    }
  }

  /** The window's error as this page's own: a snake_case code, a message cut short. */
  private static CtiException remoteError(ObjectView error) {
    Object code = error.get("code");
    Object text = error.get("message");
    String message = text instanceof String ? (String) text : "";
    return CtiException.of(code instanceof String && MethodName.isValid((String) code) ? (String) code
        : ErrorCode.INVALID_ARGUMENT, message.length() > 300 ? message.substring(0, 300) : message);
  }

  private void send(Command command) {
    // The window answers every command within its own gates (load, login grace, login timeout); one
    // that died without a word (a crash, no pagehide) must still not leave the Promise pending.
    command.deadline = JsDate.now() + config.readyTimeoutMs + config.authGraceMs + config.loginTimeoutMs
        + Protocol.PHONE_ANSWER_MS;
    sent.push(command);
    JsPropertyMap<Object> message = PhoneChannel.message(Protocol.PHONE_COMMAND);
    message.set("page", page);
    message.set("id", command.id);
    message.set("method", command.method);
    message.set("payload", command.payload);
    channel.send(message);
  }

  /** Rejects every command still waiting or sent, and every openPhone(), with {@code error}. */
  private void rejectAll(CtiException error) {
    Object js = JsErrors.toJs(error);
    Page.clearTimeout(timer);
    reject(waiting, js);
    reject(sent, js);
    JsArray<Object> openers = opening.splice(0, opening.length);
    for (int i = 1; i < openers.length; i += 2) {
      Js.<RejectCallbackFn>uncheckedCast(openers.getAt(i)).onInvoke(js);
    }
  }

  private void reject(JsArray<Command> commands, Object error) {
    JsArray<Command> all = commands.splice(0, commands.length);
    for (int i = 0; i < all.length; i++) {
      history.reject(all.getAt(i).method, all.getAt(i).reject, error);
    }
  }

  /** Resolves the openPhone() Promises once the window's CTI has loaded. */
  private void settleOpening() {
    if (open && snapshot.isReady()) {
      JsArray<Object> openers = opening.splice(0, opening.length);
      for (int i = 0; i < openers.length; i += 2) {
        Js.<ResolveCallbackFn<Void>>uncheckedCast(openers.getAt(i)).onInvoke((Void) null);
      }
    }
  }

  /** Rejects the commands whose time is up with phone_closed, and wakes again for the next deadline. */
  private void schedule() {
    Page.clearTimeout(timer);
    double next = expire(waiting, expire(sent, Double.POSITIVE_INFINITY));
    if (next < Double.POSITIVE_INFINITY) {
      // setTimeout takes a delay to 2^31 - 1 ms only, and would fire at once past it.
      timer = Page.setTimeout(this::schedule, Math.min(next - JsDate.now(), Protocol.MAX_TIMER_MS));
    }
  }

  /** Rejects the commands of {@code commands} past their deadline; returns the earliest deadline left, or {@code next}. */
  private double expire(JsArray<Command> commands, double next) {
    double now = JsDate.now();
    for (int i = 0; i < commands.length; i++) {
      Command command = commands.getAt(i);
      if (command.deadline <= now) {
        commands.splice(i--, 1);
        history.reject(command.method, command.reject, JsErrors.toJs(Messages.phoneClosed(config.readyTimeoutMs)));
      } else if (command.deadline < next) {
        next = command.deadline;
      }
    }
    return next;
  }

  /** Takes the window's {@code state} (null: no window, its CTI unknown) as this page's, and raises {@code state}. */
  private void mirror(ObjectView state) {
    snapshot = PhoneState.of(state, destroyed, open);
    if (listeners.has(Protocol.EVENT_STATE)) {
      listeners.emit(Protocol.EVENT_STATE, snapshot);
    }
  }

  /** The phone page with the CTI to mount and the options that concern it, in its query. */
  private String phoneUrl() {
    String query = (config.clientId != null ? "clientId=" + Global.encodeURIComponent(config.clientId)
        : "url=" + Global.encodeURIComponent(url.url))
        + "&readyTimeoutMs=" + config.readyTimeoutMs + "&authGraceMs=" + config.authGraceMs
        + "&loginTimeoutMs=" + config.loginTimeoutMs
        + (config.autoEnableTab != null ? "&autoEnableTab=" + config.autoEnableTab : "")
        + (config.ringAttention ? "&ringAttention=1" : "") + (config.debug ? "&debug=1" : "");
    return phonePage + (phonePage.contains("?") ? "&" : "?") + query;
  }
}
