package dev.dialpadcti;

import elemental2.core.JsObject;
import elemental2.dom.BroadcastChannel;
import elemental2.dom.MessageEvent;
import jsinterop.annotations.JsConstructor;
import jsinterop.annotations.JsFunction;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The BroadcastChannel between connected pages and the phone window of one CTI (SPEC §12): named
 * for the CTI's URL, so pages of different CTIs never meet, and, as every BroadcastChannel, joining
 * only pages of this origin. What arrives is handed on only when {@link ChannelFilter} knows it.
 */
final class PhoneChannel extends JsObject {
  /** Receives a protocol message: its type and fields. */
  @JsFunction
  interface Receiver {
    void receive(String type, ObjectView message);
  }

  private final BroadcastChannel channel;

  @JsConstructor
  PhoneChannel(String ctiUrl, Receiver receiver) {
    channel = new BroadcastChannel(Protocol.PHONE_CHANNEL + ctiUrl);
    channel.addEventListener("message", Handler.of(event -> {
      ObjectView message = JsObjectView.of(Js.<MessageEvent<Object>>uncheckedCast(event).data);
      String type = ChannelFilter.type(message);
      if (type != null) {
        receiver.receive(type, message);
      }
    }));
  }

  /** A new message of {@code type}; the caller adds its fields and {@link #send}s it. */
  static JsPropertyMap<Object> message(String type) {
    JsPropertyMap<Object> message = JsPropertyMap.of();
    message.set("api", Protocol.PHONE_API);
    message.set("version", Protocol.PHONE_VERSION);
    message.set("type", type);
    return message;
  }

  /** Posts {@code message} to every other page and window on the channel; a value it cannot clone is dropped. */
  void send(JsPropertyMap<Object> message) {
    Attempt.run(() -> channel.postMessage(message), error -> Page.console.error(Messages.LOG_PREFIX, error));
  }

  void close() {
    Attempt.run(() -> channel.close(), ignored -> {});
  }
}
