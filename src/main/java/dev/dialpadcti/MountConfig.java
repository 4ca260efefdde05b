package dev.dialpadcti;

/** {@code mount}'s options, checked, with defaults filled in. */
final class MountConfig {
  static final String FIELDS = "|clientId|url|width|height|title|debug|readyTimeoutMs|";

  /** Exactly one of these two is set. */
  final String clientId;
  final String url;
  /** A whole number of pixels (Double) or an attribute string such as "400" or "100%". */
  final Object width;
  final Object height;
  final String title;
  final boolean debug;
  final double readyTimeoutMs;

  /** Checks {@code options}, which is null when the caller passed none. */
  MountConfig(ObjectView options) {
    if (options == null) {
      throw CtiException.of(ErrorCode.CLIENT_ID_REQUIRED, "mount needs {clientId} or {url}");
    }
    FieldNames.requireKnown(options, FIELDS, "mount's options");
    clientId = (String) Texts.typed(options, "clientId", Texts.STRING);
    url = (String) Texts.typed(options, "url", Texts.STRING);
    if (clientId != null && url != null) {
      throw Texts.invalid("give clientId or url, not both");
    }
    // "." and ".." would resolve https://dialpad.com/apps/.. to another path.
    if (url == null && (clientId == null || clientId.isEmpty() || clientId.equals(".") || clientId.equals(".."))) {
      throw CtiException.of(ErrorCode.CLIENT_ID_REQUIRED, "mount needs {clientId} or {url}");
    }
    width = size("width", options.get("width"), Protocol.DEFAULT_WIDTH);
    height = size("height", options.get("height"), Protocol.DEFAULT_HEIGHT);
    String t = (String) Texts.typed(options, "title", Texts.STRING);
    title = t == null ? Protocol.DEFAULT_TITLE : t;
    debug = Boolean.TRUE.equals(Texts.typed(options, "debug", Texts.BOOLEAN));
    Double ms = (Double) Texts.typed(options, "readyTimeoutMs", Texts.NUMBER);
    if (ms != null && !(ms >= 1 && ms <= Protocol.MAX_READY_TIMEOUT_MS)) {
      throw Texts.invalid("readyTimeoutMs must be 1 to 2147483647, not " + ms);
    }
    readyTimeoutMs = ms == null ? Protocol.DEFAULT_READY_TIMEOUT_MS : ms;
  }

  /**
   * Sizes become the iframe's width/height attributes, never a style attribute, so a strict
   * style-src CSP holds; those attributes take whole pixels or a percentage. Returns a whole number
   * of pixels (a Double) or a string such as "400" or "100%".
   */
  private static Object size(String name, Object value, Object fallback) {
    if (value == null) {
      return fallback;
    }
    String s = value instanceof String ? (String) value : "";
    boolean percent = s.endsWith("%");
    String digits = s.substring(0, s.length() - (percent ? 1 : s.endsWith("px") ? 2 : 0));
    if (value instanceof Double ? (Double) value % 1 != 0 || (Double) value < 1 || (Double) value > 99999
        : digits.length() > (percent ? 3 : 5) || !Texts.allDigits(digits, 0) || digits.startsWith("0")) {
      throw Texts.invalid(name + " must be pixels (400, '400px') or a percentage ('100%')");
    }
    return percent || value instanceof Double ? value : digits;
  }
}
