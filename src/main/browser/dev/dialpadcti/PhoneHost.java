package dev.dialpadcti;

import elemental2.core.JsDate;
import elemental2.core.JsObject;
import elemental2.dom.EventListener;
import jsinterop.annotations.JsConstructor;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The phone window's side of SPEC §12: serves the pages of this origin connected to its CTI over
 * the {@link PhoneChannel}. Each page's command is checked again here, with the same validators
 * and errors as a mounted instance's (a same-origin page may still be buggy), then issued on this
 * window's link; its verdict goes back to that page only. The CTI's state and events go to every
 * page. When the window goes (closed, navigated, destroyed) the pages are told.
 */
final class PhoneHost extends JsObject {
  private final CtiLink link;
  private final PhoneChannel channel;
  private final EventListener onHide;
  /** This window on the channel, and when it began to serve: of two windows for one CTI the older stays. */
  private final String id;
  private final double since;
  private boolean closed;

  @JsConstructor
  private PhoneHost(CtiLink link, CtiUrl url) {
    this.link = link;
    id = String.valueOf(Math.random()).substring(2);
    since = JsDate.now();
    channel = new PhoneChannel(url.url, this::receive);
    onHide = Handler.of(event -> closed());
  }

  /** Serves the pages connected to {@code url}'s CTI with {@code link}, whose events {@code listeners} raises. */
  static void serve(CtiLink link, Listeners listeners, CtiUrl url) {
    PhoneHost host = new PhoneHost(link, url);
    listeners.add(Protocol.EVENT_STATE, state -> {
      if (((CtiState) state).isDestroyed()) {
        host.closed();
      } else {
        host.state(null);
      }
    });
    host.forward(listeners, Protocol.EVENT_READY);
    host.forward(listeners, Protocol.EVENT_RELOAD);
    host.forward(listeners, Protocol.EVENT_WARNING);
    // Every accepted message of the CTI; pages raise its own event from it too.
    host.forward(listeners, Protocol.EVENT_MESSAGE);
    Page.addEventListener("pagehide", host.onHide);
    // Pages connected before this window opened learn now that it is there.
    host.state(null);
  }

  private void receive(String type, ObjectView message) {
    String page = ChannelFilter.page(message, "page");
    if (Protocol.PHONE_HELLO.equals(type) && page != null) {
      state(page);
    } else if (Protocol.PHONE_COMMAND.equals(type) && page != null) {
      command(page, message);
    } else if (Protocol.PHONE_CLOSE.equals(type)) {
      end();
    } else if (Protocol.PHONE_STATE.equals(type) && message.get("host") instanceof String
        && !id.equals(message.get("host"))) {
      // Two windows for one CTI (opened at the same moment from two tabs): the newer one goes, so
      // that no command runs twice; the older answers, so that the newer hears of it at once.
      if (older(message)) {
        end();
      } else {
        state(null);
      }
    } else if (Protocol.PHONE_FOCUS.equals(type)) {
      Page.focus();
    }
  }

  /**
   * A page's command: checked as a mounted instance checks it (the method name; initiate_call's
   * payload by the call's rules; any other payload a plain object), then issued here; the page
   * gets the verdict.
   */
  private void command(String page, ObjectView message) {
    double id = ChannelFilter.id(message);
    if (id < 0) {
      return;
    }
    Attempt.run(() -> {
      String method = MethodName.check(message.get("method"));
      Object payload = message.get("payload");
      if (Protocol.INITIATE_CALL.equals(method)) {
        ObjectView call = message.object("payload");
        if (call == null) {
          throw Messages.wrongType("call", Messages.A_CALL, payload);
        }
        CallValidator.requireWireFields(call);
        JsPropertyMap<Object> camel = JsPropertyMap.of();
        for (String key : call.keys()) {
          camel.set(CallValidator.camelCase(key), call.get(key));
        }
        JsPropertyMap<Object> checked = JsPropertyMap.of();
        CallValidator.write(JsObjectView.of(camel), null, checked::set);
        payload = checked;
      } else if (payload != null && message.object("payload") == null) {
        throw Messages.wrongType("payload", Messages.A_PLAIN_OBJECT, payload);
      }
      link.issue(method, payload, ignored -> result(page, id, null), error -> result(page, id, error));
    }, error -> result(page, id, JsErrors.isOwn(error) ? error : JsErrors.toJs(Messages.unreadable())));
  }

  /** Tells {@code page} what became of its command {@code id}: done, or the DialpadCtiError {@code error}. */
  private void result(String page, double id, Object error) {
    JsPropertyMap<Object> message = PhoneChannel.message(Protocol.PHONE_RESULT);
    message.set("to", page);
    message.set("id", id);
    if (error != null) {
      JsPropertyMap<Object> fields = JsPropertyMap.of();
      // Own errors only reach here (a DialpadCtiError's code and message are strings).
      fields.set("code", Js.asPropertyMap(error).get("code"));
      fields.set("message", Js.asPropertyMap(error).get("message"));
      message.set("error", fields);
    }
    channel.send(message);
  }

  /** The CTI's state, to {@code page} (a page that just connected) or, when null, to every page. */
  private void state(String page) {
    if (!closed) {
      JsPropertyMap<Object> message = PhoneChannel.message(Protocol.PHONE_STATE);
      if (page != null) {
        message.set("to", page);
      }
      message.set("state", link.state());
      message.set("host", id);
      message.set("since", since);
      channel.send(message);
    }
  }

  private void forward(Listeners listeners, String name) {
    listeners.add(name, payload -> event(name, payload));
  }

  private void event(String name, Object payload) {
    if (!closed) {
      JsPropertyMap<Object> message = PhoneChannel.message(Protocol.PHONE_EVENT);
      message.set("name", name);
      message.set("payload", payload);
      channel.send(message);
    }
  }

  /** Whether {@code message} is another window's state, and that window began to serve before this one. */
  private boolean older(ObjectView message) {
    Object other = message.get("host");
    Object began = message.get("since");
    return other instanceof String && !other.equals(id) && began instanceof Double
        && ((Double) began < since || (Double) began == since && ((String) other).compareTo(id) < 0);
  }

  /**
   * Ends this window's CTI (its calls end) and closes the window: a tab the user opened, which a
   * script may not close, keeps no CTI of its own behind the pages' backs.
   */
  private void end() {
    closed();
    link.destroy();
    Page.close();
  }

  /** The window is going: every page's commands fail with phone_closed, and the pages wait for a new one. */
  private void closed() {
    if (!closed) {
      closed = true;
      channel.send(PhoneChannel.message(Protocol.PHONE_CLOSED));
      channel.close();
      Page.removeEventListener("pagehide", onHide);
    }
  }
}
