package dev.dialpadcti;

import elemental2.core.JsObject;
import elemental2.dom.Element;
import elemental2.dom.Event;
import elemental2.dom.EventListener;
import elemental2.dom.HTMLIFrameElement;
import elemental2.dom.MessageEvent;
import elemental2.dom.Window;
import jsinterop.annotations.JsConstructor;
import jsinterop.annotations.JsFunction;
import jsinterop.base.Js;

/**
 * The CTI's iframe: built with exactly the attributes Dialpad requires (and no style attribute),
 * it knows the CTI's window, posts only to the CTI's exact origin, and lets in only messages from
 * that window and origin (SPEC §3.1, in that order, before anything of {@code event.data} is read).
 */
final class CtiFrame extends JsObject {
  /** Receives what a message from the CTI's window and origin holds. */
  @JsFunction
  interface Inbound {
    void receive(Object data);
  }

  final HTMLIFrameElement iframe;
  private final CtiUrl url;
  private final History history;
  private final Attempt.Action onLoaded;
  private final Inbound inbound;
  // Plain functions: the browser takes them as listeners, and they need no adapter class.
  private final EventListener onLoad;
  private final EventListener onMessage;
  /**
   * The frame's window when its page last loaded. Another one means the page moved or re-attached
   * the iframe: the browser made a new window, which drops what is posted before its page loads.
   */
  private Window loadedWindow;

  /**
   * Builds the iframe and puts it in {@code container}; from then on each load of its page goes
   * to {@code onLoaded}, and each message from its own window and origin to {@code inbound}.
   * Messages from its window but another origin are recorded in {@code history} as dropped.
   */
  @JsConstructor
  CtiFrame(Element container, MountConfig config, CtiUrl url, History history, Attempt.Action onLoaded,
      Inbound inbound) {
    onLoad = Handler.of(event -> loaded());
    onMessage = Handler.of(this::receive);
    this.url = url;
    this.history = history;
    this.onLoaded = onLoaded;
    this.inbound = inbound;
    loadedWindow = null;
    iframe = Js.uncheckedCast(Page.document.createElement("iframe"));
    iframe.setAttribute("src", url.url);
    iframe.setAttribute("allow", Protocol.IFRAME_ALLOW);
    iframe.setAttribute("sandbox", Protocol.IFRAME_SANDBOX);
    iframe.setAttribute("title", config.title);
    iframe.setAttribute("width", String.valueOf(config.width));
    iframe.setAttribute("height", String.valueOf(config.height));
    // No border without a style attribute, which a strict style-src CSP would block.
    iframe.setAttribute("frameborder", "0");
    iframe.hidden = config.hidden;
    iframe.addEventListener("load", onLoad);
    // First, so that if the page refuses the iframe nothing global is left behind.
    container.appendChild(iframe);
    Page.addEventListener("message", onMessage);
  }

  /** Whether the iframe is in a document, so that it has a window to post to. */
  boolean attached() {
    return iframe.contentWindow != null;
  }

  /** Whether the iframe's window is not the one whose page last loaded: the page moved or re-attached it. */
  boolean replaced() {
    return iframe.contentWindow != loadedWindow;
  }

  /** Posts {@code message} to the CTI; may throw what postMessage throws (a payload it cannot clone). */
  void post(Object message) {
    // Never '*': if the frame has navigated elsewhere, the browser drops the message.
    iframe.contentWindow.postMessage(message, url.origin);
  }

  /** Stops listening and takes the iframe out of the page. */
  void remove() {
    Page.removeEventListener("message", onMessage);
    iframe.removeEventListener("load", onLoad);
    iframe.remove();
  }

  private void loaded() {
    loadedWindow = iframe.contentWindow;
    onLoaded.run();
  }

  private void receive(Event event) {
    MessageEvent<Object> message = Js.uncheckedCast(event);
    Window frame = iframe.contentWindow;
    // The sender first, before anything reads event.data: another window's message is not read,
    // logged or kept, so a stranger posting a huge value costs this page nothing.
    if (frame == null || !Js.isTripleEqual(message.source, frame)) {
      return;
    }
    if (!url.isOrigin(message.origin)) {
      // The frame navigated elsewhere: its data is not read.
      history.dropped(Messages.WRONG_ORIGIN, message.origin, null, null);
      return;
    }
    inbound.receive(message.data);
  }
}
