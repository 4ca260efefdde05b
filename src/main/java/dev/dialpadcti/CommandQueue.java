package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.dom.DomGlobal;
import elemental2.dom.Window;
import elemental2.promise.Promise.PromiseExecutorCallbackFn.RejectCallbackFn;
import elemental2.promise.Promise.PromiseExecutorCallbackFn.ResolveCallbackFn;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * One instance's commands waiting to be posted, in the order they were issued, and the one timer
 * that wakes them: each is posted, kept or rejected as its {@link Session#gate} says (SPEC §8).
 */
final class CommandQueue {
  /** A command waiting to be posted, with its Promise's settle functions. */
  private static final class Command {
    final JsPropertyMap<Object> message;
    final ResolveCallbackFn<Void> resolve;
    final RejectCallbackFn reject;
    final double issued;

    Command(JsPropertyMap<Object> message, ResolveCallbackFn<Void> resolve, RejectCallbackFn reject, double issued) {
      this.message = message;
      this.resolve = resolve;
      this.reject = reject;
      this.issued = issued;
    }
  }

  private final Cti cti;
  private JsArray<Command> waiting = new JsArray<>();
  private double timer;
  /** A flush is running; one asked for meanwhile (from a payload's getter) runs after it, so order holds. */
  private boolean flushing;
  private boolean again;
  /**
   * The frame's window when its page last loaded. Another one means the page moved or re-attached
   * the iframe: the browser made a new window, which drops what is posted before its page loads.
   */
  Window loaded;

  CommandQueue(Cti cti) {
    this.cti = cti;
    loaded = null;
  }

  /** Issues {@code message}: posted now if the session allows, else when it does, or rejected. */
  void add(JsPropertyMap<Object> message, ResolveCallbackFn<Void> resolve, RejectCallbackFn reject) {
    Command command = new Command(message, resolve, reject, JsDate.now());
    waiting.push(command);
    cti.update();
    if (waiting.indexOf(command) >= 0) {
      Boolean login = cti.session.authenticated;
      Object method = message.get("method");
      cti.history.log(Boolean.FALSE.equals(login) ? Messages.WAITING_FOR_LOGIN : Messages.QUEUED, method, null);
      if (Messages.DEV && Boolean.FALSE.equals(login)) {
        DomGlobal.console.warn(Messages.LOG_PREFIX, Messages.waitingForLogin(method, cti.config.loginTimeoutMs));
      }
    }
  }

  /**
   * Posts, rejects or keeps the waiting commands, oldest first, as the session allows now, and
   * sets the timer for when that may change. The gate is the same for every command except the
   * login deadline, which comes later for a later command: while the oldest waits, all do.
   */
  void flush() {
    if (flushing) {
      again = true;
      return;
    }
    flushing = true;
    do {
      again = false;
      pass();
    } while (again);
    flushing = false;
  }

  private void pass() {
    Session session = cti.session;
    Window target = cti.iframe.contentWindow;
    if (target != loaded) {
      session.unloaded(JsDate.now());
    }
    // Called for every inbound message: with nothing waiting there is no timer and nothing to do.
    if (waiting.length == 0) {
      return;
    }
    DomGlobal.clearTimeout(timer);
    double now = JsDate.now();
    while (waiting.length > 0 && !again) {
      Command command = waiting.getAt(0);
      // -1: the page took the iframe out of the document, so nothing can reach the CTI.
      int gate = target != null || session.destroyed ? session.gate(now, command.issued) : -1;
      if (gate == Session.WAIT) {
        timer = DomGlobal.setTimeout(ignored -> cti.update(), session.wake(command.issued) - now);
        return;
      }
      // Off the queue before anything runs: posting may run the payload's getters, which may
      // issue commands of their own.
      waiting.shift();
      if (gate == Session.POST) {
        deliver(command, target);
      } else {
        reject(command.message.get("method"), command.reject, JsErrors.toJs(
            gate == Session.DESTROYED ? Messages.destroyed()
            : gate == Session.READY_TIMEOUT ? Messages.readyTimeout(cti.url.url, cti.config.readyTimeoutMs)
            : gate == Session.NOT_LOGGED_IN ? Messages.notLoggedIn(cti.config.loginTimeoutMs)
            : Messages.notAttached()));
      }
    }
  }

  /** Rejects a command's Promise with {@code error}, a DialpadCtiError, and says so in debug mode. */
  void reject(Object method, RejectCallbackFn reject, Object error) {
    JsPropertyMap<Object> fields = Js.asPropertyMap(error);
    cti.history.log(Messages.REJECTED, method instanceof String ? method : null,
        fields.get("code") + " " + fields.get("message"));
    reject.onInvoke(error);
  }

  private void deliver(Command command, Window target) {
    JsPropertyMap<Object> message = command.message;
    Object method = message.get("method");
    Attempt.run(() -> {
      // Never '*': if the frame has navigated elsewhere, the browser drops the message.
      target.postMessage(message, cti.url.origin);
      cti.history.add(Messages.OUT, method, message.get("payload"), null);
      command.resolve.onInvoke((Void) null);
    }, error -> reject(method, command.reject, JsErrors.toJs(
        // What was thrown may have no usable toString (a null-prototype object): then no text.
        Messages.cannotPost(Attempt.get(() -> String.valueOf(error))))));
  }
}
