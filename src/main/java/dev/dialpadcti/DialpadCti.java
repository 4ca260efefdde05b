package dev.dialpadcti;

import elemental2.core.Global;
import elemental2.core.JsArray;
import elemental2.dom.CustomElementRegistry;
import elemental2.dom.Element;
import elemental2.dom.HTMLIFrameElement;
import elemental2.dom.URL;
import jsinterop.annotations.JsIgnore;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/** The library's entry point: {@code DialpadCti.mount(container, options)}. */
@JsType
public final class DialpadCti {
  private DialpadCti() {}

  /** This library's version. */
  public static final String VERSION = "0.1.0";

  /**
   * The live instances, for the console: mounted or connected and not destroyed, oldest first. A
   * copy the library rewrites on every change: what the page does to it changes nothing.
   */
  public static final JsArray<Cti> INSTANCES = new JsArray<>();

  /** The library's own list, which the rules (already_mounted, debug) read; INSTANCES shows it. */
  private static final JsArray<Cti> LIVE = new JsArray<>();

  /** Debug mode for instances mounted from now on; see {@link #debug}. */
  static boolean debugAll;

  /** Adds {@code cti} to the live instances, or removes it, and shows the list again in {@link #INSTANCES}. */
  static void listed(Cti cti, boolean live) {
    int index = LIVE.indexOf(cti);
    if (live && index < 0) {
      LIVE.push(cti);
    } else if (!live && index >= 0) {
      LIVE.splice(index, 1);
    }
    // The page may have frozen or rigged the copy: then it stays as the page left it.
    Attempt.run(() -> {
      INSTANCES.length = 0;
      for (int i = 0; i < LIVE.length; i++) {
        INSTANCES.setAt(i, LIVE.getAt(i));
      }
    }, ignored -> {});
  }

  /** Turns debug logging on or off for every live instance and every one mounted later. */
  public static void debug(Object on) {
    JsErrors.install();
    if (!(on instanceof Boolean)) {
      throw Messages.wrongType("debug", Values.BOOLEAN, on);
    }
    debugAll = (Boolean) on;
    for (int i = 0; i < LIVE.length; i++) {
      LIVE.getAt(i).setDebug(on);
    }
  }

  /** Turns debug logging on or off for every live instance and every one mounted later. */
  @JsIgnore
  public static void debug(boolean on) {
    debug((Object) on);
  }

  /** The live instances, oldest first (a copy). */
  @JsIgnore
  public static Cti[] instances() {
    return Js.uncheckedCast(LIVE.slice());
  }

  /**
   * {@code text} (a phone number as people write it: separators, a tel: URI, 00 or 011) in E.164,
   * using {@code defaultCountryCode} (1, "44", "+49"; may be null) for a national number. Throws
   * invalid_phone_number when it has no E.164 form.
   */
  public static String toE164(Object text, Object defaultCountryCode) {
    JsErrors.install();
    String country = MountConfig.countryCode("defaultCountryCode", defaultCountryCode);
    String e164 = text instanceof String ? PhoneNumbers.toE164((String) text, country) : null;
    if (e164 == null) {
      throw Messages.noE164(text, country);
    }
    return e164;
  }

  /** {@code text} in E.164; throws a {@link CtiException} (invalid_phone_number) when it has no E.164 form. */
  @JsIgnore
  public static String toE164(String text) {
    return toE164(text, null);
  }

  /** Whether {@code value} is a DialpadCtiError (from this copy of the library or another). */
  public static boolean isError(Object value) {
    // Never throws, whatever the value: reading a hostile object's fields might.
    return Boolean.TRUE.equals(Attempt.get(() -> JsErrors.isDialpadCtiError(value)));
  }

  /**
   * Embeds the CTI in {@code container} (an Element or a CSS selector) and returns its handle.
   * Throws a {@link CtiException} (a {@code DialpadCtiError} in JS) on a bad argument, having
   * changed nothing.
   */
  public static Cti mount(Object container, Object options) {
    return mount(container, options, false);
  }

  private static Cti mount(Object container, Object options, boolean host) {
    JsErrors.install();
    requireDocument();
    // instanceof runs a Proxy's getPrototypeOf trap, which may throw.
    Element element = Boolean.TRUE.equals(Attempt.get(() -> container instanceof Element))
        ? (Element) container : find(container);
    return mount(element, options, host, null);
  }

  /**
   * Mounts the CTI {@code options} describe in {@code element} ({@code host}: and serves it to
   * connected pages). {@code replacing} (may be null), the element's current instance, is destroyed
   * once the options have passed their checks, so a bad option leaves it as it was.
   */
  static Cti mount(Element element, Object options, boolean host, Cti replacing) {
    MountConfig config = new MountConfig(JsObjectView.read("options", Messages.AN_OBJECT, options));
    CtiUrl url = ctiUrl(config);
    if (replacing != null) {
      replacing.destroy();
    }
    for (int i = 0; i < LIVE.length; i++) {
      // A connected instance has no iframe in this page.
      HTMLIFrameElement iframe = LIVE.getAt(i).getIframe();
      if (iframe != null && iframe.parentNode == element) {
        throw Messages.alreadyMounted();
      }
    }
    return new Cti(config, url, (listeners, history, warn) -> {
      FrameLink link = new FrameLink(element, config, url, listeners, history, warn);
      if (host) {
        PhoneHost.serve(link, listeners, url);
      }
      return link;
    });
  }

  private static CtiUrl ctiUrl(MountConfig config) {
    return config.url != null ? parse(config.url) : forClientId(config.clientId);
  }

  private static CtiUrl forClientId(String clientId) {
    // encodeURIComponent throws a URIError on a lone surrogate.
    String encoded = Attempt.get(() -> Global.encodeURIComponent(clientId));
    if (encoded == null) {
      throw Messages.clientIdNotEncodable(clientId);
    }
    return CtiUrl.forClientId(encoded);
  }

  /**
   * A {@link Cti} whose CTI is the app's phone window (SPEC §12): the one open for this CTI in any
   * tab of this origin, or the one {@link Cti#openPhone()} opens. {@code options}: mount's options
   * that concern the CTI, {@code phonePage} (required, a page of this origin) and
   * {@code windowFeatures}. Throws a {@link CtiException} on a bad option, having changed nothing.
   */
  public static Cti connect(Object options) {
    JsErrors.install();
    requireDocument();
    MountConfig config = new MountConfig(JsObjectView.read("options", Messages.AN_OBJECT, options), true);
    String page = phonePage(config.phonePage);
    CtiUrl url = ctiUrl(config);
    return new Cti(config, url, (listeners, history, warn) -> new PhoneLink(config, url, page, listeners, history));
  }

  /**
   * Mounts the CTI in {@code container}, as {@link #mount} does, and serves it to the pages of this
   * origin connected to it: what the shipped phone page (phone/phone.html) runs.
   */
  public static Cti hostPhone(Object container, Object options) {
    return mount(container, options, true);
  }

  /**
   * Registers the {@code <dialpad-cti>} element (SPEC §13) under {@code name} (null: "dialpad-cti"):
   * in the document, it mounts the CTI its attributes describe in itself. Does nothing when the name
   * is taken, or where there is no custom element registry (server rendering); throws
   * invalid_argument for a name the browser refuses.
   */
  public static void defineElement(Object name) {
    JsErrors.install();
    if (name != null && !(name instanceof String)) {
      throw Messages.wrongType("name", Messages.AN_ELEMENT_NAME, name);
    }
    String tag = name == null ? Protocol.ELEMENT_NAME : (String) name;
    CustomElementRegistry registry = Js.uncheckedCast(Js.global().get("customElements"));
    if (registry == null || registry.get(tag) != null) {
      return;
    }
    // The browser's own rule decides which names are valid: its DOMException becomes ours.
    if (Attempt.get(() -> {
      ElementClass.define(tag, ElementAttributes.names(), new CtiElement());
      return tag;
    }) == null) {
      throw Messages.wrongType("name", Messages.AN_ELEMENT_NAME, tag);
    }
  }

  /** Registers the {@code <dialpad-cti>} element (SPEC §13); does nothing when it is registered already. */
  @JsIgnore
  public static void defineElement() {
    defineElement(null);
  }

  /** Registers the element under {@code name} (with a hyphen); throws a {@link CtiException} for a name the browser refuses. */
  @JsIgnore
  public static void defineElement(String name) {
    defineElement((Object) name);
  }

  /** Server rendering has no document: no_document, rather than a container that was not found. */
  private static void requireDocument() {
    if ("undefined".equals(Js.typeof(Js.global().get("document")))) {
      throw Messages.noDocument();
    }
  }

  /** connect's phonePage, resolved against this page: it must be of this page's origin. */
  private static String phonePage(String page) {
    URL parsed = page.length() > Protocol.MAX_URL_LENGTH ? null
        : Attempt.get(() -> new URL(page, Page.location.href));
    if (parsed == null || !parsed.origin.equals(Page.location.origin)) {
      throw Messages.phonePageOrigin(page, Page.location.origin);
    }
    return parsed.href;
  }

  /** A {@link Cti} whose CTI is the app's phone window; throws a {@link CtiException} on a bad option. */
  @JsIgnore
  public static Cti connect(ConnectOptions options) {
    return connect((Object) options);
  }

  /** Mounts the CTI in {@code container} and serves it to this origin's connected pages; throws as mount does. */
  @JsIgnore
  public static Cti hostPhone(Element container, MountOptions options) {
    return hostPhone((Object) container, options);
  }

  /** Mounts the CTI in the element {@code selector} finds and serves it to this origin's connected pages. */
  @JsIgnore
  public static Cti hostPhone(String selector, MountOptions options) {
    return hostPhone((Object) selector, options);
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
    if (url.length() > Protocol.MAX_URL_LENGTH) {
      throw Messages.urlTooLong(url.length(), Protocol.MAX_URL_LENGTH);
    }
    // Null when relative or malformed: CtiUrl refuses it like any other bad URL.
    URL parsed = Attempt.get(() -> new URL(URL.ConstructorUrlUnionType.of(url)));
    return parsed == null ? CtiUrl.of(url, null, null, null, null, null, null)
        : CtiUrl.of(url, parsed.href, parsed.protocol, parsed.username, parsed.password,
            parsed.hostname, parsed.origin);
  }

  private static Element find(Object selector) {
    // An invalid selector is reported like one that matches nothing.
    Element found = selector instanceof String && ((String) selector).length() <= Protocol.MAX_SELECTOR_LENGTH
        ? Attempt.get(() -> Page.document.querySelector((String) selector)) : null;
    if (found == null) {
      throw Messages.containerNotFound(selector);
    }
    return found;
  }
}
