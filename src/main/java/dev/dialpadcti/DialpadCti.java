package dev.dialpadcti;

import elemental2.core.Global;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import jsinterop.annotations.JsType;

/** The library's entry point: {@code DialpadCti.mount(container, options)}. */
@JsType
public final class DialpadCti {
  private DialpadCti() {}

  /** This library's version. */
  public static final String VERSION = "0.1.0";

  /**
   * Embeds the CTI in {@code container} (an Element or a CSS selector) and returns its handle.
   * Throws a {@link CtiException} (a {@code DialpadCtiError} in JS) on a bad argument, having
   * changed nothing.
   */
  public static Cti mount(Object container, Object options) {
    try {
      Element element = container instanceof Element ? (Element) container : find(container);
      ObjectView view = JsObjectView.of(options);
      if (view == null && options != null) {
        throw new CtiException(ErrorCode.INVALID_ARGUMENT,
            "options must be an object, not " + Texts.typeOf(options));
      }
      return new Cti(element, new MountConfig(view, Global::encodeURIComponent));
    } catch (CtiException e) {
      throw JsErrors.decorate(e);
    }
  }

  private static Element find(Object selector) {
    Element found = null;
    if (selector instanceof String) {
      try {
        found = DomGlobal.document.querySelector((String) selector);
      } catch (Throwable invalidSelector) {
        // Reported below like a selector that matches nothing.
      }
    }
    if (found == null) {
      throw new CtiException(ErrorCode.CONTAINER_NOT_FOUND,
          "no element for " + Texts.quote(selector) + "; pass an Element or a CSS selector");
    }
    return found;
  }
}
