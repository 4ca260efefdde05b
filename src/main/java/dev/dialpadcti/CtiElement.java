package dev.dialpadcti;

import elemental2.core.JsObject;
import elemental2.core.JsWeakMap;
import elemental2.dom.CustomEvent;
import elemental2.dom.CustomEventInit;
import elemental2.dom.Element;
import elemental2.promise.Promise;
import jsinterop.annotations.JsConstructor;
import jsinterop.base.JsPropertyMap;

/**
 * What a {@code <dialpad-cti>} element does (SPEC §13): while it is in the document it holds a CTI
 * mounted in itself, from its attributes, and dispatches the CTI's events as its own.
 */
final class CtiElement implements ElementClass.Hooks {
  /** An element's CTI and what it was mounted from. */
  static final class Slot extends JsObject {
    Cti cti;
    /** Between connectedCallback and disconnectedCallback. */
    boolean connected;
    /**
     * The next connect or attribute change mounts again: the last mount threw (a bad attribute),
     * or the client-id or url changed while the element was out of the document.
     */
    boolean remount;
    /** An attribute change is mounting. */
    boolean changing;
    /** A mount is due at the end of this task's microtasks. */
    boolean due;
    /** The element is setting its own hidden attribute. */
    boolean syncing;

    @JsConstructor
    Slot() {}
  }

  private final JsWeakMap<Element, Slot> slots = new JsWeakMap<>();

  @Override
  public void connected(Element element) {
    Slot slot = slots.get(element);
    if (slot == null) {
      slot = new Slot();
      slots.set(element, slot);
    }
    slot.connected = true;
    // Adopted into another document: the removal's check destroys its CTI, and nothing is mounted there.
    if (!inPage(element)) {
      return;
    }
    // Back within the task that removed it (an appendChild move): the same instance stays, unless
    // it was destroyed or its client-id or url changed meanwhile.
    if (slot.cti == null || slot.cti.getState().isDestroyed() || slot.remount) {
      mount(element, slot);
    } else {
      showOrHide(element, slot.cti);
    }
  }

  @Override
  public void disconnected(Element element) {
    Slot slot = slots.get(element);
    slot.connected = false;
    // A move with appendChild or insertBefore disconnects and connects in one task: only an
    // element out of the document a task later is gone.
    Page.setTimeout(() -> {
      if (!inPage(element) && slot.cti != null) {
        slot.cti.destroy();
        slot.cti = null;
      }
    }, 0);
  }

  @Override
  public void changed(Element element, String attribute) {
    Slot slot = slots.get(element);
    boolean source = Values.inList("|client-id|url|", attribute);
    // Before the first connectedCallback (an upgrade reports every attribute first), while out
    // of the document or in another one, the next mount reads the attributes.
    if (slot == null || !slot.connected || !inPage(element)) {
      if (slot != null && source) {
        slot.remount = true;
      }
    } else if (attribute.equals("hidden") && slot.cti != null && !slot.cti.getState().isDestroyed()) {
      if (!slot.syncing) {
        showOrHide(element, slot.cti);
      }
    } else if (slot.remount || source) {
      // Mounted at once when the attributes make sense; see failed() for a pair that does not.
      slot.changing = true;
      mount(element, slot);
      slot.changing = false;
    }
  }

  @Override
  public void failed(Element element, Object error) {
    Slot slot = slots.get(element);
    if (slot != null && slot.changing) {
      // An attribute change made a bad pair: a framework sets one attribute at a time (url
      // removed, then client-id set), so the attributes are tried again once the task's changes
      // are all made, and only a pair still bad then is reported.
      slot.changing = false;
      if (!slot.due) {
        slot.due = true;
        Promise.resolve((Object) null).then(ignored -> {
          slot.due = false;
          if (slot.connected && slot.remount && inPage(element)) {
            mount(element, slot);
          }
          return null;
        }).catch_(again -> {
          failed(element, again);
          return null;
        });
      }
      return;
    }
    Page.console.error(Messages.LOG_PREFIX, error);
    element.dispatchEvent(event("error", error));
  }

  @Override
  public Object cti(Element element) {
    Slot slot = slots.get(element);
    // Null, not undefined, for a field never set.
    return inPage(element) && slot != null && slot.cti != null ? slot.cti : null;
  }

  @Override
  public Object state(Element element) {
    Cti cti = (Cti) cti(element);
    return cti == null ? null : cti.getState();
  }

  /**
   * Mounts the CTI the attributes describe in {@code element}, replacing its current one; throws
   * (the element dispatches {@code error}) on a bad attribute, leaving the current one as it is
   * and {@code remount} set, so that the next change of any attribute tries again.
   */
  private void mount(Element element, Slot slot) {
    slot.remount = true;
    JsPropertyMap<Object> options = JsPropertyMap.of();
    ElementAttributes.read(element::getAttribute, options::set);
    Cti replaced = slot.cti;
    Cti cti = DialpadCti.mount(element, options, false, replaced);
    slot.remount = false;
    slot.cti = cti;
    String events = Protocol.KNOWN_EVENTS;
    for (int start = 1, end; (end = events.indexOf('|', start)) > 0; start = end + 1) {
      String name = events.substring(start, end);
      cti.on(name, payload -> element.dispatchEvent(event(name, payload)));
    }
    // The element's own hidden attribute would keep a CTI that show() or autoShowOnRing made
    // visible out of sight (display: none): it follows the CTI's visibility.
    cti.onState(state -> {
      if (!state.isDestroyed() && state.isVisible() == element.hasAttribute("hidden")) {
        slot.syncing = true;
        element.toggleAttribute("hidden", !state.isVisible());
        slot.syncing = false;
      }
    });
    if (replaced != null) {
      // element.state is the new instance's from now on: say so, as a state change.
      element.dispatchEvent(event(Protocol.EVENT_STATE, cti.getState()));
    }
  }

  /**
   * In this page's document: where the CTI can live, since it talks to the window the library
   * listens on. Out of it, or adopted into another document, the element holds no CTI.
   */
  private static boolean inPage(Element element) {
    return element.isConnected && element.ownerDocument == Page.document;
  }

  /** The CTI shown or hidden as the element's hidden attribute says. */
  private static void showOrHide(Element element, Cti cti) {
    if (element.hasAttribute("hidden")) {
      cti.hide();
    } else {
      cti.show();
    }
  }

  /** A CustomEvent that bubbles and leaves shadow roots, as the CTI's events should reach the page. */
  private static CustomEvent<Object> event(String name, Object detail) {
    CustomEventInit<Object> init = CustomEventInit.create();
    init.setDetail(detail);
    init.setBubbles(true);
    init.setComposed(true);
    return new CustomEvent<>(name, init);
  }
}
