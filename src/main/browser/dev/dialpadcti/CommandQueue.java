package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.core.JsObject;
import elemental2.promise.Promise.PromiseExecutorCallbackFn.RejectCallbackFn;
import elemental2.promise.Promise.PromiseExecutorCallbackFn.ResolveCallbackFn;
import jsinterop.annotations.JsConstructor;
import jsinterop.base.JsPropertyMap;

/**
 * One instance's commands waiting to be posted, in the order they were issued, and the one timer
 * that wakes them: each is posted by the frame, kept, or rejected as {@link Session#gate} says
 * (SPEC §8).
 */
final class CommandQueue extends JsObject {
  /** A command waiting to be posted, with its Promise's settle functions. */
  private static final class Command extends JsObject {
    final JsPropertyMap<Object> message;
    final ResolveCallbackFn<Void> resolve;
    final RejectCallbackFn reject;
    final double issued;

    @JsConstructor
    Command(JsPropertyMap<Object> message, ResolveCallbackFn<Void> resolve, RejectCallbackFn reject, double issued) {
      this.message = message;
      this.resolve = resolve;
      this.reject = reject;
      this.issued = issued;
    }
  }

  private final Session session;
  private final CtiFrame frame;
  private final History history;
  private final MountConfig config;
  private final String url;
  /** What a change of the session needs besides a flush (state events); the timer calls it too. */
  private final Attempt.Action changed;
  private final JsArray<Command> waiting;
  private double timer;
  /** A flush is running; one asked for meanwhile (from a payload's getter) runs after it, so order holds. */
  private boolean flushing;
  private boolean again;

  @JsConstructor
  CommandQueue(Session session, CtiFrame frame, History history, MountConfig config, String url,
      Attempt.Action changed) {
    waiting = new JsArray<>();
    this.session = session;
    this.frame = frame;
    this.history = history;
    this.config = config;
    this.url = url;
    this.changed = changed;
  }

  /** Issues {@code message}: posted now if the session allows, else when it does, or rejected. */
  void add(JsPropertyMap<Object> message, ResolveCallbackFn<Void> resolve, RejectCallbackFn reject) {
    Command command = new Command(message, resolve, reject, JsDate.now());
    waiting.push(command);
    changed.run();
    if (waiting.indexOf(command) >= 0) {
      Boolean login = session.authenticated;
      Object method = message.get("method");
      history.log(Boolean.FALSE.equals(login) ? Messages.WAITING_FOR_LOGIN : Messages.QUEUED, method, null);
      if (Build.DEV && Boolean.FALSE.equals(login)) {
        Page.console.warn(Messages.LOG_PREFIX, Messages.waitingForLogin(method, config.loginTimeoutMs));
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
    // Called for every inbound message: with nothing waiting there is no timer and nothing to do.
    if (waiting.length == 0) {
      return;
    }
    Page.clearTimeout(timer);
    double now = JsDate.now();
    boolean attached = frame.attached();
    while (waiting.length > 0 && !again) {
      Command command = waiting.getAt(0);
      int gate = session.gate(now, command.issued, attached);
      if (gate == Session.WAIT) {
        timer = Page.setTimeout(() -> changed.run(), session.wake(command.issued) - now);
        return;
      }
      // Off the queue before anything runs: posting may run the payload's getters, which may
      // issue commands of their own.
      waiting.shift();
      if (gate == Session.POST) {
        deliver(command);
      } else {
        history.reject(command.message.get("method"), command.reject, JsErrors.toJs(refusal(gate)));
      }
    }
  }

  /** Why the session refuses a command ({@link Session#gate}'s answer other than POST and WAIT). */
  private CtiException refusal(int gate) {
    switch (gate) {
      case Session.DESTROYED:
        return Messages.destroyed();
      case Session.READY_TIMEOUT:
        return Messages.readyTimeout(url, config.readyTimeoutMs);
      case Session.NOT_LOGGED_IN:
        return Messages.notLoggedIn(config.loginTimeoutMs);
      default:
        return Messages.notAttached();
    }
  }

  private void deliver(Command command) {
    JsPropertyMap<Object> message = command.message;
    Object method = message.get("method");
    Attempt.run(() -> {
      frame.post(message);
      history.add(Protocol.OUT, method, message.get("payload"), null);
      command.resolve.onInvoke((Void) null);
    }, error -> history.reject(method, command.reject, JsErrors.toJs(
        // What was thrown may have no usable toString (a null-prototype object): then no text.
        Messages.cannotPost(Attempt.get(() -> String.valueOf(error))))));
  }
}
