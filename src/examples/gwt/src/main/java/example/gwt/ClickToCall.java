package example.gwt;

import com.google.gwt.core.client.EntryPoint;
import dev.dialpadcti.Call;
import dev.dialpadcti.Cti;
import dev.dialpadcti.CtiException;
import dev.dialpadcti.DialpadCti;
import dev.dialpadcti.MountOptions;
import elemental2.dom.CustomEvent;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLInputElement;
import elemental2.dom.URLSearchParams;
import jsinterop.base.Js;

/**
 * A click-to-call page: a number field and a Call button drive the dialer, and a status line
 * follows the user's login and inbound calls. {@code ?url=} points it at a CTI such as the
 * local mock; {@code ?clientId=} at Dialpad itself. With {@code ?element} the dialer is a
 * {@code <dialpad-cti>} element rather than a mount.
 */
public final class ClickToCall implements EntryPoint {
  private Cti cti;

  @Override
  public void onModuleLoad() {
    URLSearchParams query = new URLSearchParams(DomGlobal.location.search);
    if (query.has("element")) {
      // The same dialer as a <dialpad-cti> element: its attributes are mount's options.
      DialpadCti.defineElement();
      Element dialer = DomGlobal.document.createElement("dialpad-cti");
      dialer.setAttribute("width", "360");
      dialer.setAttribute("height", "540");
      dialer.setAttribute("title", "Dialpad (GWT example)");
      dialer.setAttribute(query.has("url") ? "url" : "client-id", query.has("url") ? query.get("url") : query.get("clientId"));
      dialer.addEventListener("error", event -> show("mount failed: "
          + CtiException.from(Js.<CustomEvent<Object>>uncheckedCast(event).detail).getCode()));
      DomGlobal.document.getElementById("dialer").appendChild(dialer);
      cti = Js.uncheckedCast(Js.asPropertyMap(dialer).get("cti"));
      if (cti == null) {
        return;
      }
    } else {
      MountOptions options = new MountOptions().width(360).height(540).title("Dialpad (GWT example)");
      if (query.has("url")) {
        options.url(query.get("url"));
      } else {
        options.clientId(query.get("clientId"));
      }
      try {
        cti = DialpadCti.mount("#dialer", options);
      } catch (CtiException e) {
        show("mount failed: " + e.getCode());
        return;
      }
    }
    show("loading");
    cti.onReady(ignored -> show("ready; log in to the dialer"));
    cti.onUserAuthentication(auth -> show(auth.isAuthenticated()
        ? "logged in as " + auth.getUserId() : "ready; log in to the dialer"));
    cti.onCallRinging(call -> show(call.isRinging()
        ? "ringing: " + call.getContact().getName() + " " + call.getContact().getPhone()
        : "call " + call.getCallId() + " stopped ringing"));
    DomGlobal.document.getElementById("call").addEventListener("click", event -> call());
  }

  private void call() {
    HTMLInputElement number = Js.uncheckedCast(DomGlobal.document.getElementById("number"));
    cti.initiateCall(Call.to(number.value).enableCurrentTab(true).customData("gwt-example"))
        .then(posted -> {
          log("calling " + number.value);
          return null;
        })
        .catch_(reason -> {
          CtiException error = CtiException.from(reason);
          log("not called: " + error.getCode() + " (" + error.getMessage() + ")");
          return null;
        });
  }

  private static void show(String status) {
    DomGlobal.document.getElementById("status").textContent = status;
  }

  private static void log(String line) {
    DomGlobal.document.getElementById("log").textContent = line;
  }
}
