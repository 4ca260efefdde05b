package dev.dialpadcti;

import java.util.function.UnaryOperator;

/** {@code mount}'s options, checked, with defaults filled in. */
final class MountConfig {
  static final String FIELDS = "|clientId|url|width|height|title|debug|readyTimeoutMs|";

  final CtiUrl cti;
  final String width;
  final String height;
  final String title;
  final boolean debug;
  final double readyTimeoutMs;

  /**
   * Checks {@code options} (null when the caller passed none); {@code encodeURIComponent} encodes
   * the client id into the URL.
   */
  MountConfig(ObjectView options, UnaryOperator<String> encodeURIComponent) {
    if (options == null) {
      throw new CtiException(ErrorCode.CLIENT_ID_REQUIRED, "mount needs {clientId} or {url}");
    }
    FieldNames.requireKnown(options, FIELDS, "mount's options");
    Object clientId = options.get("clientId");
    Object url = options.get("url");
    if (clientId != null && url != null) {
      throw invalid("give clientId or url, not both");
    }
    if (clientId == null && url == null) {
      throw new CtiException(ErrorCode.CLIENT_ID_REQUIRED, "mount needs {clientId} or {url}");
    }
    cti = url != null ? CtiUrl.parse(url) : CtiUrl.forClientId(clientId, encodeURIComponent);
    width = size("width", options.get("width"), Protocol.DEFAULT_WIDTH);
    height = size("height", options.get("height"), Protocol.DEFAULT_HEIGHT);

    Object t = options.get("title");
    if (t != null && !(t instanceof String)) {
      throw invalid("title must be a string, not " + Texts.quote(t));
    }
    title = t == null ? Protocol.DEFAULT_TITLE : (String) t;

    Object d = options.get("debug");
    if (d != null && !(d instanceof Boolean)) {
      throw invalid("debug must be true or false, not " + Texts.quote(d));
    }
    debug = d != null && (Boolean) d;

    Object ms = options.get("readyTimeoutMs");
    if (ms != null && !(ms instanceof Double && (Double) ms >= 1
        && (Double) ms <= Protocol.MAX_READY_TIMEOUT_MS)) {
      throw invalid("readyTimeoutMs must be 1 to 2147483647, not " + Texts.quote(ms));
    }
    readyTimeoutMs = ms == null ? Protocol.DEFAULT_READY_TIMEOUT_MS : (Double) ms;
  }

  /**
   * Sizes become the iframe's width/height attributes, never a style attribute, so a strict
   * style-src CSP holds; those attributes take whole pixels or a percentage.
   */
  private static String size(String name, Object value, String fallback) {
    if (value == null) {
      return fallback;
    }
    if (value instanceof Double) {
      double d = (Double) value;
      if (d >= 1 && d <= 99999 && d == Math.floor(d)) {
        return "" + (int) d;
      }
    } else if (value instanceof String) {
      String s = (String) value;
      String digits = s.endsWith("px") ? s.substring(0, s.length() - 2) : s;
      if (digits.length() <= 5 && Texts.allDigits(digits, 0) && !digits.startsWith("0")) {
        return digits;
      }
      String percent = s.endsWith("%") ? s.substring(0, s.length() - 1) : "";
      if (percent.length() <= 3 && Texts.allDigits(percent, 0)) {
        return s;
      }
    }
    throw invalid(name + " must be like 400, '400px' or '100%', not " + Texts.quote(value));
  }

  private static CtiException invalid(String message) {
    return new CtiException(ErrorCode.INVALID_ARGUMENT, message);
  }
}
