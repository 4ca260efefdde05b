package dev.dialpadcti;

import jsinterop.annotations.JsFunction;

/**
 * The state of one CTI session (SPEC §8): whether the current page has loaded, who is logged in,
 * the calls ringing now, whether the frame is shown, and so whether a command may be posted now.
 * Pure Java, with time passed in: the browser layer feeds it what happened and reads what changed
 * ({@link #version}) and what each waiting command should do ({@link #gate}).
 */
final class Session {
  /** What a waiting command should do now ({@link #gate}). */
  static final int POST = 0;
  static final int WAIT = 1;
  static final int READY_TIMEOUT = 2;
  static final int NOT_LOGGED_IN = 3;
  static final int DESTROYED = 4;
  static final int NOT_ATTACHED = 5;

  /** Receives a ringing call's payload (a plain function once compiled). */
  @JsFunction
  interface CallSink {
    void accept(Object payload);
  }

  /** A call ringing now: its key (the id as text, "" for a call without one) and latest payload. */
  private static final class Call {
    final String key;
    Object payload;
    Call next;

    Call(String key, Object payload) {
      this.key = key;
      this.payload = payload;
    }
  }

  private final double readyTimeoutMs;
  private final double authGraceMs;
  private final double loginTimeoutMs;
  boolean ready;
  boolean destroyed;
  boolean visible;
  /** Null until the CTI says, since its page last loaded. */
  Boolean authenticated;
  /** Null until a login names one. */
  Object userId;
  /** Bumped on every change, so the browser layer knows when its snapshot is stale. */
  int version;
  private boolean loadedBefore;
  /** While not ready: when commands waiting for a load give up. */
  private double loadDeadline;
  private double loadedAt;
  private Call calls;
  private int count;

  /** A session mounted at {@code now}, its frame loading. */
  Session(double now, double readyTimeoutMs, double authGraceMs, double loginTimeoutMs, boolean visible) {
    this.readyTimeoutMs = readyTimeoutMs;
    this.authGraceMs = authGraceMs;
    this.loginTimeoutMs = loginTimeoutMs;
    this.visible = visible;
    loadDeadline = now + readyTimeoutMs;
    // Null, not undefined, once compiled: J2CL leaves a field it does not assign undefined.
    authenticated = null;
    userId = null;
  }

  /**
   * The frame fired load. Every load after the first is a reload: the login is unknown again and
   * the calls are forgotten. (What the CTI says before its first load is kept.) Returns whether it
   * was a reload.
   */
  boolean loaded(double now) {
    boolean reload = loadedBefore;
    loadedBefore = true;
    ready = true;
    loadedAt = now;
    if (reload) {
      forget();
    }
    version++;
    return reload;
  }

  /**
   * The frame's window is not the one that loaded (the page moved or re-attached the iframe): a
   * new page is loading, and commands wait for its load, at most {@code readyTimeoutMs} from now.
   */
  void unloaded(double now) {
    if (ready) {
      ready = false;
      loadDeadline = now + readyTimeoutMs;
      // The old page, its login and its calls are gone already.
      forget();
      version++;
    }
  }

  /**
   * What a command issued at {@code issued} should do at {@code now}: be posted (the page has
   * loaded and its user is logged in, or the CTI said nothing within {@code authGraceMs}), wait, or
   * be rejected (no load by the deadline, logged out {@code loginTimeoutMs} after it was issued,
   * destroyed, or the frame is not {@code attached}: the page took it out of the document, so
   * nothing can reach the CTI).
   */
  int gate(double now, double issued, boolean attached) {
    if (destroyed) {
      return DESTROYED;
    }
    if (!attached) {
      return NOT_ATTACHED;
    }
    if (!ready) {
      return now < loadDeadline ? WAIT : READY_TIMEOUT;
    }
    if (authenticated == null) {
      return now < loadedAt + authGraceMs ? WAIT : POST;
    }
    return authenticated ? POST : now < issued + loginTimeoutMs ? WAIT : NOT_LOGGED_IN;
  }

  /** When {@link #gate} may next change its answer for a command issued at {@code issued} if nothing happens. */
  double wake(double issued) {
    return !ready ? loadDeadline : authenticated == null ? loadedAt + authGraceMs : issued + loginTimeoutMs;
  }

  /** {@code user_authentication}; returns whether it was a login (the user was not logged in before). */
  boolean auth(boolean on, Object user) {
    boolean login = on && !Boolean.TRUE.equals(authenticated);
    // Null, not undefined, when the message names nobody; and nobody is logged in after a logout.
    Object id = on && user != null ? user : null;
    // Ids compared as text: Object.equals would cost the bundle Java's equals runtime.
    if (!Boolean.valueOf(on).equals(authenticated) || !String.valueOf(id).equals(String.valueOf(userId))) {
      authenticated = on;
      userId = id;
      version++;
    }
    return login;
  }

  /**
   * {@code call_ringing} with {@code id} (null for a call without one): "on" adds the call or
   * updates its payload, "off" removes it. Returns whether a new call started ringing.
   */
  boolean ringing(boolean on, Object id, Object payload) {
    String key = id == null ? "" : String.valueOf(id);
    Call previous = null;
    Call call = calls;
    while (call != null && !call.key.equals(key)) {
      previous = call;
      call = call.next;
    }
    version++;
    if (call != null) {
      if (on) {
        call.payload = payload;
      } else if (previous == null) {
        calls = call.next;
        count--;
      } else {
        previous.next = call.next;
        count--;
      }
      return false;
    }
    if (!on) {
      version--;
      return false;
    }
    Call added = new Call(key, payload);
    if (previous == null) {
      calls = added;
    } else {
      previous.next = added;
    }
    // A CTI that never says "off" must not grow memory without bound: past the cap the oldest goes.
    if (++count > Protocol.MAX_CALLS) {
      calls = calls.next;
      count--;
    }
    return true;
  }

  /** Shown or hidden; returns whether that changed. */
  boolean show(boolean on) {
    if (visible == on) {
      return false;
    }
    visible = on;
    version++;
    return true;
  }

  private void forget() {
    calls = null;
    count = 0;
    authenticated = null;
    userId = null;
  }

  void destroy() {
    destroyed = true;
    ready = false;
    calls = null;
    count = 0;
    version++;
  }

  /** How many calls ring now. */
  int callCount() {
    return count;
  }

  /** Each ringing call's latest payload, in the order they started ringing. */
  void eachCall(CallSink sink) {
    for (Call call = calls; call != null; call = call.next) {
      sink.accept(call.payload);
    }
  }
}
