package dev.dialpadcti;

import jsinterop.annotations.JsFunction;

/**
 * The state of one CTI session (SPEC §8): whether the current page has loaded, who is logged in,
 * the calls ringing now, and whether the frame is shown. Pure Java: the browser layer feeds it
 * what happened and reads what changed ({@link #version}). Not wired into {@link Cti} yet (issue
 * 11): wired, with calls, show/hide and the state event, it measured 6,759 B gzipped, over budget.
 */
final class Session {
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

  boolean ready;
  boolean destroyed;
  boolean visible = true;
  /** Null until the CTI says, since its page last loaded. */
  Boolean authenticated;
  /** Null until a login names one. */
  Object userId;
  /** Bumped on every change, so the browser layer knows when its snapshot is stale. */
  int version;
  private boolean loadedBefore;
  private Call calls;
  private int callCount;

  Session() {
    // Null, not undefined, once compiled: J2CL leaves a field it does not assign undefined.
    authenticated = null;
    userId = null;
  }

  /**
   * The frame fired load. Every load after the first is a reload: the login is unknown again and
   * the calls are forgotten. (What the CTI says before its first load is kept.) Returns whether it
   * was a reload.
   */
  boolean loaded() {
    boolean reload = loadedBefore;
    loadedBefore = true;
    ready = true;
    if (reload) {
      calls = null;
      callCount = 0;
      authenticated = null;
      userId = null;
    }
    version++;
    return reload;
  }

  /** {@code user_authentication}; returns whether it was a login (the user was not logged in before). */
  boolean auth(boolean on, Object user) {
    boolean login = on && !Boolean.TRUE.equals(authenticated);
    authenticated = on;
    userId = user;
    version++;
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
        callCount--;
      } else {
        previous.next = call.next;
        callCount--;
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
    callCount++;
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

  void destroy() {
    destroyed = true;
    ready = false;
    calls = null;
    callCount = 0;
    version++;
  }

  int callCount() {
    return callCount;
  }

  /** Each ringing call's latest payload, in the order they started ringing. */
  void eachCall(CallSink sink) {
    for (Call call = calls; call != null; call = call.next) {
      sink.accept(call.payload);
    }
  }
}
