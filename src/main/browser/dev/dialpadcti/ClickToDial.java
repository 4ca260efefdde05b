package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.core.Function;
import elemental2.core.JsObject;
import elemental2.core.ObjectPropertyDescriptor;
import elemental2.dom.Element;
import elemental2.dom.Event;
import elemental2.dom.EventListener;
import elemental2.dom.EventTarget;
import elemental2.dom.MouseEvent;
import elemental2.dom.ShadowRoot;
import elemental2.promise.Promise;
import jsinterop.annotations.JsConstructor;
import jsinterop.annotations.JsFunction;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * {@code cti.clickToDial(options)} (SPEC §10): one delegated click listener that dials {@code tel:}
 * links and {@code [data-dialpad-call]} elements inside {@code root}, including ones added later.
 * The innermost root handles a click first and marks it handled (default-prevented), so a
 * subscription on an outer root, or a newer one on the same root, leaves it alone.
 */
final class ClickToDial extends JsObject {
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

  private final String selector;
  private final CustomData customData;
  private final OnDial onDial;
  private final String countryCode;
  private final Dialer dialer;
  private final Warnings.Sink warn;
  /** The element that dialled last and when: a double click places one call. */
  private Element lastElement;
  private double lastTime;

  @JsConstructor
  private ClickToDial(String selector, CustomData customData, OnDial onDial, String countryCode, Dialer dialer,
      Warnings.Sink warn) {
    this.selector = selector;
    this.customData = customData;
    this.onDial = onDial;
    this.countryCode = countryCode;
    this.dialer = dialer;
    this.warn = warn;
    lastElement = null;
  }

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
        root = root(r);
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
    ClickToDial dialing = new ClickToDial(selector, customData, onDial, countryCode, dialer, warn);
    EventListener listener = Handler.of(dialing::click);
    // EventTarget.prototype's own methods, not the object's: a look-alike's methods never run.
    Object target = root;
    if (Attempt.get(() -> {
      builtIn("EventTarget", "addEventListener").call(target, "click", listener);
      return true;
    }) == null) {
      throw Messages.wrongType("root", Messages.AN_ELEMENT, root);
    }
    return () -> builtIn("EventTarget", "removeEventListener").call(target, "click", listener);
  }

  /** The browser's own {@code type.prototype[name]}, to call on an object that may only look like a node. */
  private static Function builtIn(String type, String name) {
    return Js.uncheckedCast(Js.asPropertyMap(Js.asPropertyMap(Js.global().get(type)).get("prototype")).get(name));
  }

  /**
   * {@code root} when it is a real Element, Document or ShadowRoot (SPEC §14). Its nodeType is read
   * through the browser's own getter (Node.prototype's), which refuses a Proxy of a node, an object
   * made from a node's prototype and one that answers nodeType itself; a Text or Comment node,
   * which no click can reach, is refused too.
   */
  private static Object root(Object root) {
    Object type = Attempt.get(() -> {
      ObjectPropertyDescriptor<?> field = JsObject.getOwnPropertyDescriptor(
          Js.asPropertyMap(Js.global().get("Node")).get("prototype"), "nodeType");
      return Js.<Function>uncheckedCast(field.getGet()).call(root);
    });
    boolean shadow = Boolean.TRUE.equals(Attempt.get(() -> root instanceof ShadowRoot));
    if (!(type instanceof Double && ((Double) type == 1 || (Double) type == 9 || (Double) type == 11 && shadow))) {
      throw Messages.wrongType("root", Messages.AN_ELEMENT, root);
    }
    return root;
  }

  private static Object function(ObjectView options, String key) {
    Object value = options.get(key);
    if (value != null && !"function".equals(Js.typeof(value))) {
      throw Messages.wrongType(key, Messages.A_FUNCTION, value);
    }
    return value;
  }

  private void click(Event event) {
    MouseEvent mouse = Js.uncheckedCast(event);
    // A click someone handled already, another button, or a modifier (open in a new tab, say) is
    // not a dial.
    if (event.defaultPrevented || mouse.button != 0 || mouse.ctrlKey || mouse.metaKey || mouse.shiftKey
        || mouse.altKey) {
      return;
    }
    // The composed path, so that links inside open shadow roots under the root dial too; only the
    // part of it inside this root.
    JsArray<EventTarget> path = event.composedPath();
    Element element = null;
    for (int i = 0; i < path.length && path.getAt(i) != event.currentTarget && element == null; i++) {
      Object node = path.getAt(i);
      if (node instanceof Element && ((Element) node).matches(selector)) {
        element = (Element) node;
      }
    }
    if (element == null) {
      return;
    }
    event.preventDefault();
    double now = JsDate.now();
    if (element == lastElement && now - lastTime < Protocol.DOUBLE_CLICK_MS) {
      return;
    }
    lastElement = element;
    lastTime = now;
    Element dialled = element;
    // The page's own functions (customData, onDial) may throw: reported like a listener's error.
    Attempt.run(() -> dial(dialled), error -> Page.console.error(Messages.LOG_PREFIX, Messages.CLICK_TO_DIAL_FAILED, error));
  }

  private void dial(Element element) {
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
    Object verdict = onDial == null ? null : onDial.dial(call, element);
    if (verdict != null && "function".equals(Js.typeof(Js.asPropertyMap(verdict).get("then")))) {
      // onDial answered with a Promise: its value decides, once it settles.
      Promise.resolve(verdict).then(answer -> place(call, answer)).catch_(this::failed);
    } else {
      place(call, verdict);
    }
  }

  /** Places {@code call} unless onDial answered false. */
  private Promise<Object> place(JsPropertyMap<Object> call, Object answer) {
    if (!Boolean.FALSE.equals(answer)) {
      dialer.dial(call).catch_(this::failed);
    }
    return null;
  }

  private Promise<Object> failed(Object error) {
    Page.console.error(Messages.LOG_PREFIX, Messages.CLICK_TO_DIAL_FAILED, error);
    return null;
  }
}
