package dev.dialpadcti;

/**
 * Which messages on a phone window's channel (SPEC §12) are its protocol: an object with
 * {@code api: 'dialpad-cti-phone'}, {@code version: 1} and a known {@code type}. The channel only
 * joins pages of one origin, but a page of that origin may still be buggy or hostile: anything else
 * is ignored, and never throws.
 */
final class ChannelFilter {
  private ChannelFilter() {}

  /** The message's type, or null when it is not the protocol's. */
  static String type(ObjectView message) {
    if (message == null || !Protocol.PHONE_API.equals(message.get("api"))
        || !(message.get("version") instanceof Double) || (Double) message.get("version") != Protocol.PHONE_VERSION) {
      return null;
    }
    Object type = message.get("type");
    return type instanceof String && Values.inList(Protocol.PHONE_TYPES, (String) type) ? (String) type : null;
  }

  /** A command's or result's id: a whole number from 0 on, or -1 when it is anything else. */
  static double id(ObjectView message) {
    Object id = message.get("id");
    return id instanceof Double && (Double) id >= 0 && (Double) id % 1 == 0 ? (Double) id : -1;
  }

  /** A page's id: a string of 1 to 64 characters, or null. */
  static String page(ObjectView message, String key) {
    Object page = message.get(key);
    return page instanceof String && !((String) page).isEmpty() && ((String) page).length() <= 64 ? (String) page : null;
  }
}
