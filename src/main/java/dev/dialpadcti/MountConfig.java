package dev.dialpadcti;

/** {@code mount}'s options, checked, with defaults filled in. */
final class MountConfig {
  static final String CLIENT_ID = "clientId";
  static final String URL = "url";
  static final String WIDTH = "width";
  static final String HEIGHT = "height";
  static final String TITLE = "title";
  static final String DEBUG = "debug";
  static final String READY_TIMEOUT_MS = "readyTimeoutMs";

  static final String[] FIELDS = {CLIENT_ID, URL, WIDTH, HEIGHT, TITLE, DEBUG, READY_TIMEOUT_MS};

  final CtiUrl cti;
  final String width;
  final String height;
  final String title;
  final boolean debug;
  final double readyTimeoutMs;

  private MountConfig(ObjectView options) {
    FieldNames.requireKnown(options, FIELDS, "The mount options object");
    Object clientId = options.get(CLIENT_ID);
    Object url = options.get(URL);
    if (clientId != null && url != null) {
      throw invalid("Give clientId or url, not both: clientId loads https://dialpad.com/apps/<clientId>,"
          + " url loads any other CTI.");
    }
    if (clientId == null && url == null) {
      throw new CtiException(ErrorCode.CLIENT_ID_REQUIRED,
          "mount needs options.clientId (the client id Dialpad issued) or options.url (a CTI URL).");
    }
    cti = url != null ? CtiUrl.parse(url) : CtiUrl.forClientId(clientId);
    width = size(WIDTH, options.get(WIDTH), Protocol.DEFAULT_WIDTH);
    height = size(HEIGHT, options.get(HEIGHT), Protocol.DEFAULT_HEIGHT);

    Object t = options.get(TITLE);
    if (t != null && !(t instanceof String)) {
      throw invalid("title must be a string, not " + Texts.typeOf(t) + ".");
    }
    title = t == null ? Protocol.DEFAULT_TITLE : (String) t;

    Object d = options.get(DEBUG);
    if (d != null && !(d instanceof Boolean)) {
      throw invalid("debug must be true or false, not " + Texts.typeOf(d) + ".");
    }
    debug = d != null && (Boolean) d;

    Object ms = options.get(READY_TIMEOUT_MS);
    if (ms != null && !(ms instanceof Double && (Double) ms > 0
        && (Double) ms <= Protocol.MAX_READY_TIMEOUT_MS)) {
      throw invalid("readyTimeoutMs must be a number of milliseconds from 1 to 2147483647, got "
          + Texts.quote(ms) + ".");
    }
    readyTimeoutMs = ms == null ? Protocol.DEFAULT_READY_TIMEOUT_MS : (Double) ms;
  }

  /** Checks the options; {@code options} is null when the caller passed none. */
  static MountConfig parse(ObjectView options) {
    if (options == null) {
      throw new CtiException(ErrorCode.CLIENT_ID_REQUIRED,
          "mount needs an options object with clientId or url, e.g. {clientId: 'abc123'}.");
    }
    return new MountConfig(options);
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
      if (d >= 1 && d <= 100_000 && d == Math.floor(d)) {
        return Integer.toString((int) d);
      }
    } else if (value instanceof String) {
      String s = (String) value;
      String digits = s.endsWith("px") ? s.substring(0, s.length() - 2) : s;
      if (digits.length() <= 6 && Texts.allDigits(digits, 0) && digits.charAt(0) != '0') {
        return digits;
      }
      if (s.endsWith("%") && isPercentage(s.substring(0, s.length() - 1))) {
        return s;
      }
    }
    throw invalid(name + " must be whole pixels (400 or '400px') or a percentage ('100%'), got "
        + Texts.quote(value) + ". For other units, size the iframe from your own stylesheet.");
  }

  private static boolean isPercentage(String s) {
    int dot = s.indexOf('.');
    String whole = dot < 0 ? s : s.substring(0, dot);
    return Texts.allDigits(whole, 0) && (dot < 0 || Texts.allDigits(s, dot + 1))
        && !whole.isEmpty() && whole.length() <= 3;
  }

  private static CtiException invalid(String message) {
    return new CtiException(ErrorCode.INVALID_ARGUMENT, message);
  }
}
