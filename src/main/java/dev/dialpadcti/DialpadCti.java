package dev.dialpadcti;

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
      Element element = resolve(container);
      ObjectView view = JsObjectView.of(options);
      if (view == null && options != null) {
        throw new CtiException(ErrorCode.INVALID_ARGUMENT,
            "mount's options must be an object such as {clientId: 'abc123'}, not "
                + Texts.typeOf(options) + ".");
      }
      return new Cti(element, MountConfig.parse(view));
    } catch (CtiException e) {
      throw JsErrors.decorate(e);
    }
  }

  private static Element resolve(Object container) {
    if (container instanceof String) {
      Element found;
      try {
        found = DomGlobal.document.querySelector((String) container);
      } catch (Throwable t) {
        throw new CtiException(ErrorCode.INVALID_ARGUMENT,
            Texts.quote(container) + " is not a valid CSS selector.");
      }
      if (found == null) {
        throw new CtiException(ErrorCode.CONTAINER_NOT_FOUND,
            "No element matches " + Texts.quote(container)
                + "; call mount after the container exists (e.g. on DOMContentLoaded).");
      }
      return found;
    }
    if (container instanceof Element) {
      return (Element) container;
    }
    throw new CtiException(ErrorCode.CONTAINER_NOT_FOUND,
        "mount's first argument must be an Element or a CSS selector, not "
            + Texts.typeOf(container) + ".");
  }
}
