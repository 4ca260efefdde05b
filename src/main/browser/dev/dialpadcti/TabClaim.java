package dev.dialpadcti;

import elemental2.core.JsObject;
import elemental2.dom.Event;
import elemental2.dom.EventListener;
import jsinterop.annotations.JsConstructor;

/**
 * {@code autoEnableTab} (SPEC §8): claims calling for this tab once after each login
 * ({@code 'login'}), and also each time the page comes back, focused and visible, while logged in
 * ({@code 'focus'}).
 */
final class TabClaim extends JsObject {
  /** "login", "focus", or null: never. */
  private final String mode;
  /** Where enable_current_tab goes, like any command; nobody awaits it. */
  private final CommandQueue queue;
  private final Session session;
  private final EventListener onFocus;
  /** 'focus': this tab was claimed since the page last lost focus or visibility. */
  private boolean claimed;

  @JsConstructor
  TabClaim(String mode, CommandQueue queue, Session session) {
    onFocus = Handler.of(this::focusChanged);
    this.mode = mode;
    this.queue = queue;
    this.session = session;
    listen(true);
  }

  /** The user logged in. */
  void login() {
    if (mode != null) {
      claim();
    }
  }

  void stop() {
    listen(false);
  }

  private void listen(boolean add) {
    if ("focus".equals(mode)) {
      if (add) {
        Page.addEventListener("focus", onFocus);
        Page.addEventListener("blur", onFocus);
        Page.document.addEventListener("visibilitychange", onFocus);
      } else {
        Page.removeEventListener("focus", onFocus);
        Page.removeEventListener("blur", onFocus);
        Page.document.removeEventListener("visibilitychange", onFocus);
      }
    }
  }

  private void claim() {
    // Claimed while the page is hidden, the tab must claim again when it is shown.
    claimed = !Page.document.hidden;
    queue.add(Envelope.of(Protocol.ENABLE_CURRENT_TAB, null), ignored -> {}, ignored -> {});
  }

  private void focusChanged(Event event) {
    boolean back = !"blur".equals(event.type) && !Page.document.hidden;
    if (!back) {
      claimed = false;
    } else if (!claimed && Boolean.TRUE.equals(session.authenticated)) {
      claim();
    }
  }
}
