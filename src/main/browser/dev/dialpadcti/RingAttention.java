package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsObject;
import elemental2.dom.EventListener;
import elemental2.dom.Notification;
import elemental2.dom.NotificationOptions;
import jsinterop.annotations.JsConstructor;
import jsinterop.annotations.JsFunction;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * {@code ringAttention} (SPEC §10): while a call rings and the page is hidden, the title alternates
 * with "Incoming call: …" and is restored when the page is shown or the ringing stops; with
 * notification permission already granted, one notification per call, closed when it stops
 * ringing. The library never asks for permission.
 */
final class RingAttention extends JsObject {
  /** The CTI's state now. */
  @JsFunction
  interface StateSource {
    CtiState get();
  }

  private final StateSource state;
  /** Shows the CTI (a notification was clicked). */
  private final Attempt.Action show;
  private final EventListener onVisibility;
  /** Whether this page shows notifications: not a connected page, whose phone window shows them for all. */
  private final boolean notifies;
  /** The page's own title while ours alternates with it; null otherwise. */
  private String savedTitle;
  private String callTitle;
  private double timer;
  /** Whether the call's title is showing; a flag, since browsers return document.title with spaces collapsed. */
  private boolean showingCall;
  /** Each notified call still ringing: its key ("c" + id, so none is an Object.prototype name) and notification. */
  private JsPropertyMap<Notification> notified;

  @JsConstructor
  private RingAttention(StateSource state, Attempt.Action show, boolean notifies) {
    this.notifies = notifies;
    notified = JsPropertyMap.of();
    onVisibility = Handler.of(event -> update());
    this.state = state;
    this.show = show;
    savedTitle = null;
  }

  /**
   * Follows the calls in {@code state} (through its {@code state} event on {@code listeners}) and
   * the page's visibility, with notifications if {@code notifies}; returns the way to stop, which
   * leaves the page's title as it was.
   */
  static Subscription start(Listeners listeners, StateSource state, Attempt.Action show, boolean notifies) {
    RingAttention attention = new RingAttention(state, show, notifies);
    Subscription changes = listeners.add(Protocol.EVENT_STATE, ignored -> attention.update());
    Page.document.addEventListener("visibilitychange", attention.onVisibility);
    return () -> {
      changes.remove();
      Page.document.removeEventListener("visibilitychange", attention.onVisibility);
    };
  }

  /** Follows the calls and the page's visibility; called after every change of either, and on destroy. */
  private void update() {
    CtiState now = state.get();
    boolean hidden = Page.document.hidden && !now.isDestroyed();
    JsArray<JsPropertyMap<Object>> calls = Js.uncheckedCast(now.getCalls());
    JsPropertyMap<Notification> still = JsPropertyMap.of();
    int open = 0;
    for (int i = 0; i < calls.length; i++) {
      String key = key(calls.getAt(i));
      Notification shown = notified.get(key);
      if (shown != null) {
        still.set(key, shown);
        notified.delete(key);
        open++;
      }
    }
    // What is left stopped ringing (or the instance was destroyed): close it.
    notified.forEach(key -> notified.get(key).close());
    notified = still;
    // New calls get one each, but never more than three open at once: 500 calls ringing must not
    // bury the screen.
    for (int i = 0; i < calls.length && open < Protocol.MAX_NOTIFICATIONS && hidden && notifies && granted(); i++) {
      String key = key(calls.getAt(i));
      if (notified.get(key) == null) {
        Notification shown = notify(calls.getAt(i));
        if (shown != null) {
          notified.set(key, shown);
          open++;
        }
      }
    }

    if (hidden && calls.length > 0) {
      callTitle = Messages.incomingCall(caller(calls.getAt(0)));
      if (savedTitle == null) {
        savedTitle = Page.document.title;
        showingCall = false;
        timer = Page.setInterval(() -> flip(), Protocol.RING_TITLE_MS);
        flip();
      }
    } else if (savedTitle != null) {
      Page.clearInterval(timer);
      Page.document.title = savedTitle;
      savedTitle = null;
    }
  }

  private void flip() {
    showingCall = !showingCall;
    Page.document.title = showingCall ? callTitle : savedTitle;
  }

  /** Whether the page may show notifications: the API exists and permission was already granted. */
  private static boolean granted() {
    return Js.asPropertyMap(Page.window).get("Notification") != null
        && "granted".equals(Notification.permission);
  }

  /** A notification for {@code call}, or null where the constructor throws (Chrome on Android wants a service worker). */
  private Notification notify(JsPropertyMap<Object> call) {
    NotificationOptions options = NotificationOptions.create();
    options.setBody(caller(call));
    Notification notification = Attempt.get(() -> new Notification(Messages.incomingCall(caller(call)), options));
    if (notification == null) {
      return null;
    }
    notification.onclick = event -> {
      Page.focus();
      show.run();
      notification.close();
      return null;
    };
    return notification;
  }

  /** A call's key: "c" and its id, so that none is an Object.prototype name. */
  private static String key(JsPropertyMap<Object> call) {
    Object id = call.get("id");
    return "c" + (id == null ? "" : String.valueOf(id));
  }

  /** The caller's name, else the number that calls, else nothing; cleaned and cut as SPEC §14 says. */
  private static String caller(JsPropertyMap<Object> call) {
    Object contact = call.get("contact");
    Object name = contact == null ? null : Js.asPropertyMap(contact).get("name");
    Object number = call.get("external_number");
    if (number == null && contact != null) {
      number = Js.asPropertyMap(contact).get("phone");
    }
    return Values.displayText(name instanceof String && !((String) name).isEmpty() ? (String) name
        : number instanceof String ? (String) number : "");
  }
}
