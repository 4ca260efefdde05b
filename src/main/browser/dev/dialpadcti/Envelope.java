package dev.dialpadcti;

import jsinterop.base.JsPropertyMap;

/** The wire form of a host-to-CTI message: {api, version, method, payload?}. */
final class Envelope {
  private Envelope() {}

  static JsPropertyMap<Object> of(String method, Object payload) {
    JsPropertyMap<Object> message = JsPropertyMap.of();
    message.set("api", Protocol.API);
    message.set("version", Protocol.VERSION);
    message.set("method", method);
    if (payload != null) {
      message.set("payload", payload);
    }
    return message;
  }
}
