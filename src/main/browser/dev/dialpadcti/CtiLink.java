package dev.dialpadcti;

import elemental2.dom.HTMLIFrameElement;
import elemental2.promise.Promise;
import elemental2.promise.Promise.PromiseExecutorCallbackFn.RejectCallbackFn;
import elemental2.promise.Promise.PromiseExecutorCallbackFn.ResolveCallbackFn;
import jsinterop.annotations.JsFunction;

/**
 * The facade's one way to reach a CTI: commands go in with their Promise's settle functions;
 * state comes out through {@link #state} and events through the {@link Listeners} the link was
 * made with. {@link FrameLink} is the CTI in an iframe of this page; {@link PhoneLink} the one in
 * the app's phone window (SPEC §12).
 */
interface CtiLink {
  /** Makes a link that raises its events on {@code listeners}, records in {@code history} and warns through {@code warn}. */
  @JsFunction
  interface Factory {
    CtiLink create(Listeners listeners, History history, Warnings.Sink warn);
  }

  /**
   * Issues {@code method} with {@code payload}, both already checked: {@code resolve} once the CTI
   * has been posted it, {@code reject} with a DialpadCtiError otherwise. Exactly one of them runs.
   */
  void issue(String method, Object payload, ResolveCallbackFn<Void> resolve, RejectCallbackFn reject);

  /** The frozen snapshot {@code {ready, authenticated, userId, ringing, calls, visible, destroyed}}. */
  CtiState state();

  /** Shows or hides the CTI. */
  void show(boolean on);

  /** The CTI's iframe in this page, or null when it lives elsewhere. */
  HTMLIFrameElement iframe();

  /** Opens the phone window (connected instances); resolves once its CTI has loaded. */
  Promise<Void> openPhone();

  /** Closes the phone window (connected instances). */
  void closePhone();

  /** Disconnects: rejects the waiting commands with destroyed and raises the last state; once. */
  void destroy();
}
