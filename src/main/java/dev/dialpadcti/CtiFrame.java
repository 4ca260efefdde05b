package dev.dialpadcti;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLIFrameElement;
import jsinterop.base.Js;

/** Builds the CTI iframe with exactly the attributes Dialpad requires, and no style attribute. */
final class CtiFrame {
  private CtiFrame() {}

  static HTMLIFrameElement create(MountConfig config, String src) {
    HTMLIFrameElement iframe = Js.uncheckedCast(DomGlobal.document.createElement("iframe"));
    iframe.setAttribute("src", src);
    iframe.setAttribute("allow", Protocol.IFRAME_ALLOW);
    iframe.setAttribute("sandbox", Protocol.IFRAME_SANDBOX);
    iframe.setAttribute("title", config.title);
    iframe.setAttribute("width", String.valueOf(config.width));
    iframe.setAttribute("height", String.valueOf(config.height));
    // No border without a style attribute, which a strict style-src CSP would block.
    iframe.setAttribute("frameborder", "0");
    return iframe;
  }
}
