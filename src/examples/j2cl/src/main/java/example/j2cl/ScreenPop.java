package example.j2cl;

import dev.dialpadcti.Call;
import dev.dialpadcti.CallRinging;
import dev.dialpadcti.Contact;
import dev.dialpadcti.Cti;
import dev.dialpadcti.CtiException;
import dev.dialpadcti.DialpadCti;
import dev.dialpadcti.MountOptions;
import elemental2.dom.CustomEvent;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLInputElement;
import elemental2.dom.URLSearchParams;
import jsinterop.annotations.JsMethod;
import jsinterop.base.Js;

/**
 * A screen pop: when a call rings in the dialer, a card shows who is calling, and "Call back"
 * returns the call later as a call center. {@code ?url=} points it at a CTI such as the local
 * mock, {@code ?clientId=} at Dialpad itself; {@code ?callCenter=} is the call center's id. With
 * {@code ?element} the dialer is a {@code <dialpad-cti>} element rather than a mount.
 */
public final class ScreenPop {
  private final Cti cti;
  private final long callCenter;

  private ScreenPop(Cti cti, long callCenter) {
    this.cti = cti;
    this.callCenter = callCenter;
  }

  /** Mounts the dialer and wires the page; called by app.js. */
  @JsMethod
  public static void start() {
    URLSearchParams query = new URLSearchParams(DomGlobal.location.search);
    Cti cti;
    if (query.has("element")) {
      // The same dialer as a <dialpad-cti> element: its attributes are mount's options.
      DialpadCti.defineElement();
      Element dialer = DomGlobal.document.createElement("dialpad-cti");
      dialer.setAttribute("width", "100%");
      dialer.setAttribute("height", "520");
      dialer.setAttribute(query.has("url") ? "url" : "client-id", query.has("url") ? query.get("url") : query.get("clientId"));
      dialer.addEventListener("error", event -> {
        CtiException e = CtiException.from(Js.<CustomEvent<Object>>uncheckedCast(event).detail);
        text("status", "mount failed: " + e.getCode());
        text("result", e.getMessage());
      });
      element("dialer").appendChild(dialer);
      cti = Js.uncheckedCast(Js.asPropertyMap(dialer).get("cti"));
      if (cti == null) {
        return;
      }
    } else {
      MountOptions options = new MountOptions().width("100%").height(520);
      if (query.has("url")) {
        options.url(query.get("url"));
      } else {
        options.clientId(query.get("clientId"));
      }
      try {
        cti = DialpadCti.mount(element("dialer"), options);
      } catch (CtiException e) {
        text("status", "mount failed: " + e.getCode());
        text("result", e.getMessage());
        return;
      }
    }
    long callCenter = Long.parseLong(query.has("callCenter") ? query.get("callCenter") : "5066085911502848");
    new ScreenPop(cti, callCenter).wire();
  }

  private void wire() {
    text("status", "waiting for the dialer");
    cti.onUserAuthentication(auth -> text("status", auth.isAuthenticated() ? "agent " + auth.getUserId() : "logged out"));
    cti.onCallRinging(this::pop);
    element("callback").addEventListener("click", event -> callBack());
    element("hangup").addEventListener("click", event -> cti.hangUpAllCalls());
  }

  private void pop(CallRinging call) {
    Contact caller = call.getContact();
    if (call.isRinging() && caller != null) {
      text("caller", caller.getName() + " · " + caller.getEmail());
      number().value = caller.getPhone();
      element("card").removeAttribute("hidden");
    }
    text("ringing", call.isRinging() ? "ringing" : "");
  }

  private void callBack() {
    cti.initiateCall(Call.to(number().value).identityType(Call.CALL_CENTER).identityId(callCenter))
        .then(posted -> {
          text("result", "calling back " + number().value);
          return null;
        }, reason -> {
          CtiException error = CtiException.from(reason);
          text("result", "not called: " + error.getCode());
          return null;
        });
  }

  private static HTMLInputElement number() {
    return Js.uncheckedCast(element("number"));
  }

  private static Element element(String id) {
    return DomGlobal.document.getElementById(id);
  }

  private static void text(String id, String text) {
    element(id).textContent = text;
  }
}
