package dev.dialpadcti;

import elemental2.dom.Element;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsType;

/**
 * The custom element's class (SPEC §13), which only native code can make: a class the browser
 * constructs must call HTMLElement's constructor as {@code super()}. J2CL takes the body from
 * {@code ElementClass.native.js} (an ES2015 class); GWT 2, whose output is ES5, from the JSNI
 * comment below ({@code Reflect.construct}). Each forwards the element's callbacks to {@link Hooks}.
 */
final class ElementClass {
  private ElementClass() {}

  /** What an element of the class calls; a throw from {@code connected} or {@code changed} goes to {@code failed}. */
  @JsType
  interface Hooks {
    /** The element was put in a document. */
    void connected(Element element);

    /** The element was taken out of its document; never throws. */
    void disconnected(Element element);

    /** An observed attribute took another value. */
    void changed(Element element, String attribute);

    /** What {@code connected} or {@code changed} threw for the element. */
    void failed(Element element, Object error);

    /** The element's {@code cti} property. */
    Object cti(Element element);

    /** The element's {@code state} property. */
    Object state(Element element);
  }

  /**
   * Registers a new class under {@code name} with the page's custom element registry, watching the
   * attributes {@code observed} lists ("|a|b|"). Throws the browser's DOMException for a name it refuses.
   */
  @JsMethod
  static native void define(String name, String observed, Hooks hooks) /*-{
    var HTMLElement = $wnd.HTMLElement;
    function DialpadCtiElement() {
      return $wnd.Reflect.construct(HTMLElement, [], DialpadCtiElement);
    }
    var proto = Object.create(HTMLElement.prototype);
    DialpadCtiElement.prototype = proto;
    proto.constructor = DialpadCtiElement;
    Object.setPrototypeOf(DialpadCtiElement, HTMLElement);
    DialpadCtiElement.observedAttributes = observed.split('|').slice(1, -1);
    proto.connectedCallback = function() {
      try {
        hooks.@dev.dialpadcti.ElementClass.Hooks::connected(*)(this);
      } catch (e) {
        hooks.@dev.dialpadcti.ElementClass.Hooks::failed(*)(this, e);
      }
    };
    proto.disconnectedCallback = function() {
      hooks.@dev.dialpadcti.ElementClass.Hooks::disconnected(*)(this);
    };
    proto.connectedMoveCallback = function() {};
    proto.attributeChangedCallback = function(attribute, before, after) {
      try {
        if (before !== after) hooks.@dev.dialpadcti.ElementClass.Hooks::changed(*)(this, attribute);
      } catch (e) {
        hooks.@dev.dialpadcti.ElementClass.Hooks::failed(*)(this, e);
      }
    };
    Object.defineProperty(proto, 'cti', {get: function() {
      return hooks.@dev.dialpadcti.ElementClass.Hooks::cti(*)(this);
    }});
    Object.defineProperty(proto, 'state', {get: function() {
      return hooks.@dev.dialpadcti.ElementClass.Hooks::state(*)(this);
    }});
    $wnd.customElements.define(name, DialpadCtiElement);
  }-*/;
}
