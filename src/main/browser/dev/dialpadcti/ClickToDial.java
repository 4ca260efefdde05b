package dev.dialpadcti;

import elemental2.dom.Element;
import elemental2.dom.Event;
import elemental2.dom.EventListener;
import elemental2.dom.EventTarget;
import elemental2.dom.MouseEvent;
import elemental2.dom.Node;
import elemental2.promise.Promise;
import jsinterop.annotations.JsFunction;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * {@code cti.clickToDial(options)} (SPEC §10): one delegated click listener that dials {@code tel:}
 * links and {@code [data-dialpad-call]} elements inside {@code root}, including ones added later.
 * The innermost root handles a click first and marks it handled (default-prevented), so a
 * subscription on an outer root, or a newer one on the same root, leaves it alone.
 */
final class ClickToDial {
  static final String FIELDS = "|root|selector|customData|onDial|";
  static final String DEFAULT_SELECTOR = "a[href^=\"tel:\" i], [data-dialpad-call]";
  static final String NUMBER_ATTRIBUTE = "data-dialpad-call";
  static final String CUSTOM_DATA_ATTRIBUTE = "data-dialpad-custom-data";

  /** {@code customData(element)}: the call's custom data for this element. */
  @JsFunction
  interface CustomData {
    Object get(Element element);
  }

  /** {@code onDial(call, element)}: may change the call; {@code false} cancels it. */
  @JsFunction
  interface OnDial {
    Object dial(JsPropertyMap<Object> call, Element element);
  }


  /** Places the call (shows the CTI, initiateCall): the facade's own command, with its checks. */
  @JsFunction
  interface Dialer {
    Promise<Void> dial(Object call);
  }

  private ClickToDial() {}

  /**
   * Checks {@code options} (null: all defaults) and subscribes: a click dials through
   * {@code dialer}, normalising with {@code countryCode} (mount's defaultCountryCode, or null); a
   * number it cannot normalise goes to {@code warn}. Returns the way to unsubscribe.
   */
  static Subscription start(Object options, String countryCode, Dialer dialer, Warnings.Sink warn) {
    ObjectView view = JsObjectView.read("options", Messages.AN_OBJECT, options);
    Object root = Page.document;
    String selector = DEFAULT_SELECTOR;
    CustomData customData = null;
    OnDial onDial = null;
    if (view != null) {
      FieldNames.requireKnown(view, FIELDS, Messages.CLICK_TO_DIAL_OPTIONS);
      Object r = view.get("root");
      if (r != null) {
        if (!Boolean.TRUE.equals(Attempt.get(() -> r instanceof Node))) {
          throw Messages.wrongType("root", Messages.AN_ELEMENT, r);
        }
        root = r;
      }
      String s = (String) Values.typed(view, "selector", Values.STRING);
      if (s != null) {
        // An invalid selector is refused now rather than on every click.
        if (s.length() > Protocol.MAX_SELECTOR_LENGTH
            || Attempt.get(() -> Page.document.createElement("a").matches(s)) == null) {
          throw Messages.wrongType("selector", Messages.A_SELECTOR, s);
        }
        selector = s;
      }
      customData = Js.uncheckedCast(function(view, "customData"));
      onDial = Js.uncheckedCast(function(view, "onDial"));
    }
    EventTarget target = Js.uncheckedCast(root);
    String matching = selector;
    CustomData dataOf = customData;
    OnDial before = onDial;
    EventListener listener = Handler.of(event -> click(event, matching, dataOf, before, countryCode, dialer, warn));
    target.addEventListener("click", listener);
    return () -> target.removeEventListener("click", listener);
  }

  private static Object function(ObjectView options, String key) {
    Object value = options.get(key);
    if (value != null && !"function".equals(Js.typeof(value))) {
      throw Messages.wrongType(key, Messages.A_FUNCTION, value);
    }
    return value;
  }

  private static void click(Event event, String selector, CustomData customData, OnDial onDial,
      String countryCode, Dialer dialer, Warnings.Sink warn) {
    MouseEvent mouse = Js.uncheckedCast(event);
    // A click someone handled already, another button, or a modifier (open in a new tab, say) is
    // not a dial.
    if (event.defaultPrevented || mouse.button != 0 || mouse.ctrlKey || mouse.metaKey || mouse.shiftKey
        || mouse.altKey || !(event.target instanceof Element)) {
      return;
    }
    Element element = ((Element) event.target).closest(selector);
    if (element == null || !Js.<Node>uncheckedCast(event.currentTarget).contains(element)) {
      return;
    }
    event.preventDefault();
    // The page's own functions (customData, onDial) may throw: reported like a listener's error.
    Attempt.run(() -> dial(element, customData, onDial, countryCode, dialer, warn),
        error -> Page.console.error(Messages.LOG_PREFIX, Messages.CLICK_TO_DIAL_FAILED, error));
  }

  private static void dial(Element element, CustomData customData, OnDial onDial, String countryCode,
      Dialer dialer, Warnings.Sink warn) {
    String raw = element.hasAttribute(NUMBER_ATTRIBUTE) ? element.getAttribute(NUMBER_ATTRIBUTE)
        : element.getAttribute("href");
    String number = raw == null ? null : PhoneNumbers.toE164(raw, countryCode);
    if (number == null) {
      warn.warn(Protocol.BAD_NUMBER, Messages.badNumber(raw));
      return;
    }
    JsPropertyMap<Object> call = JsPropertyMap.of();
    call.set("phoneNumber", number);
    Object data = element.hasAttribute(CUSTOM_DATA_ATTRIBUTE) ? element.getAttribute(CUSTOM_DATA_ATTRIBUTE)
        : customData != null ? customData.get(element) : null;
    if (data != null) {
      call.set("customData", data);
    }
    if (onDial != null && Boolean.FALSE.equals(onDial.dial(call, element))) {
      return;
    }
    dialer.dial(call).catch_(error -> {
      Page.console.error(Messages.LOG_PREFIX, Messages.CLICK_TO_DIAL_FAILED, error);
      return null;
    });
  }
}
