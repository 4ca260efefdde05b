package dev.dialpadcti;

import elemental2.dom.Element;
import elemental2.dom.Node;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/**
 * {@link Cti#clickToDial}'s options for Java callers, e.g.
 * {@code new ClickToDialOptions().root(list).onDial((call, element) -> true)}: the same plain object
 * JavaScript passes.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class ClickToDialOptions {
  /** The call's custom data for a clicked element. */
  @JsFunction
  public interface CustomData {
    String get(Element element);
  }

  /** Called before dialling with the call ({@code phoneNumber}, {@code customData}), which it may change; false cancels. */
  @JsFunction
  public interface OnDial {
    boolean dial(Call call, Element element);
  }

  /** Where clicks are listened for (default: the document). */
  @JsOverlay
  public ClickToDialOptions root(Node root) {
    return with("root", root);
  }

  /** Which clicked elements dial (default {@code a[href^="tel:" i], [data-dialpad-call]}). */
  @JsOverlay
  public ClickToDialOptions selector(String selector) {
    return with("selector", selector);
  }

  /** The custom data of each call, for elements without a data-dialpad-custom-data attribute. */
  @JsOverlay
  public ClickToDialOptions customData(CustomData customData) {
    return with("customData", customData);
  }

  /** Called before each dial; return false to cancel it. */
  @JsOverlay
  public ClickToDialOptions onDial(OnDial onDial) {
    return with("onDial", onDial);
  }

  @JsOverlay
  private ClickToDialOptions with(String key, Object value) {
    Js.asPropertyMap(this).set(key, value);
    return this;
  }
}
