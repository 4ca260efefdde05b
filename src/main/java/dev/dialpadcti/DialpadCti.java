package dev.dialpadcti;

import elemental2.core.Global;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.URL;
import jsinterop.annotations.JsIgnore;
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
    JsErrors.install();
    Element element = container instanceof Element ? (Element) container : find(container);
    ObjectView view = JsObjectView.of(options);
    if (view == null && options != null) {
      throw CtiException.of(ErrorCode.INVALID_ARGUMENT,
          "options must be an object, not " + Texts.typeOf(options));
    }
    MountConfig config = new MountConfig(view);
    return new Cti(element, config, config.url != null ? parse(config.url)
        : CtiUrl.forClientId(Global.encodeURIComponent(config.clientId)));
  }

  /** Embeds the CTI in {@code container}; throws a {@link CtiException} on a bad option, having changed nothing. */
  @JsIgnore
  public static Cti mount(Element container, MountOptions options) {
    return mount((Object) container, options);
  }

  /** Embeds the CTI in the element {@code selector} finds; throws a {@link CtiException} as above. */
  @JsIgnore
  public static Cti mount(String selector, MountOptions options) {
    return mount((Object) selector, options);
  }

  /** The browser's own parse of the URL, so the origin checked later is exactly the browser's. */
  private static CtiUrl parse(String url) {
    // Null when relative or malformed: CtiUrl refuses it like any other bad URL.
    URL parsed = Attempt.get(() -> new URL(URL.ConstructorUrlUnionType.of(url)));
    return parsed == null ? CtiUrl.of(url, null, null, null, null, null, null)
        : CtiUrl.of(url, parsed.href, parsed.protocol, parsed.username, parsed.password,
            parsed.hostname, parsed.origin);
  }

  private static Element find(Object selector) {
    // An invalid selector is reported like one that matches nothing.
    Element found = selector instanceof String
        ? Attempt.get(() -> DomGlobal.document.querySelector((String) selector)) : null;
    if (found == null) {
      throw CtiException.of(ErrorCode.CONTAINER_NOT_FOUND,
          "no element for " + Texts.quote(selector) + "; pass an Element or a CSS selector");
    }
    return found;
  }
}
