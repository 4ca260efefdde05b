package dev.dialpadcti;

/** {@code mount}'s options, or {@code connect}'s, checked, with defaults filled in. */
final class MountConfig {
  static final String FIELDS = "|clientId|url|width|height|title|debug|readyTimeoutMs|ctiSilentMs|authGraceMs|loginTimeoutMs|autoEnableTab|hidden|autoShowOnRing|defaultCountryCode|ringAttention|";
  /** connect's: the options that concern the CTI, and the phone page's (SPEC §12). */
  static final String CONNECT_FIELDS = "|clientId|url|readyTimeoutMs|authGraceMs|loginTimeoutMs|autoEnableTab|defaultCountryCode|ringAttention|debug|phonePage|windowFeatures|";
  /** {@code autoEnableTab}'s values besides {@code false}. */
  static final String AUTO_ENABLE_TAB = "|login|focus|";

  /** Exactly one of these two is set. */
  final String clientId;
  final String url;
  /** A whole number of pixels (Double) or an attribute string such as "400" or "100%". */
  final Object width;
  final Object height;
  final String title;
  final boolean debug;
  final double readyTimeoutMs;
  /** 0: no cti_silent warning. */
  final double ctiSilentMs;
  final double authGraceMs;
  final double loginTimeoutMs;
  /** "login", "focus", or null for false. */
  final String autoEnableTab;
  final boolean hidden;
  final boolean autoShowOnRing;
  /** The country code national numbers get ("1", "44"), or null: E.164 only. */
  final String defaultCountryCode;
  final boolean ringAttention;
  /** connect only: the phone page's URL as given (its origin is checked by the browser layer), and window.open's features. */
  final String phonePage;
  final String windowFeatures;

  /** mount's {@code options}, which is null when the caller passed none. */
  MountConfig(ObjectView options) {
    this(options, false);
  }

  /** mount's or, with {@code connect}, connect's {@code options} (null when the caller passed none). */
  MountConfig(ObjectView options, boolean connect) {
    if (options == null) {
      throw Messages.clientIdRequired();
    }
    FieldNames.requireKnown(options, connect ? CONNECT_FIELDS : FIELDS,
        connect ? Messages.CONNECT_OPTIONS : Messages.MOUNT_OPTIONS);
    clientId = (String) Values.typed(options, "clientId", Values.STRING);
    url = (String) Values.typed(options, "url", Values.STRING);
    if (clientId != null && url != null) {
      throw Messages.clientIdAndUrl();
    }
    // "." and ".." would resolve https://dialpad.com/apps/.. to another path.
    if (url == null && (clientId == null || clientId.isEmpty() || clientId.equals(".") || clientId.equals(".."))) {
      throw Messages.clientIdRequired();
    }
    width = size("width", options.get("width"), Protocol.DEFAULT_WIDTH);
    height = size("height", options.get("height"), Protocol.DEFAULT_HEIGHT);
    String t = (String) Values.typed(options, "title", Values.STRING);
    title = t == null ? Protocol.DEFAULT_TITLE : t;
    debug = Boolean.TRUE.equals(Values.typed(options, "debug", Values.BOOLEAN));
    readyTimeoutMs = millis(options, "readyTimeoutMs", 1, Messages.RANGE_POSITIVE, Protocol.DEFAULT_READY_TIMEOUT_MS);
    ctiSilentMs = millis(options, "ctiSilentMs", 0, Messages.RANGE_NON_NEGATIVE, Protocol.DEFAULT_CTI_SILENT_MS);
    authGraceMs = millis(options, "authGraceMs", 0, Messages.RANGE_NON_NEGATIVE, Protocol.DEFAULT_AUTH_GRACE_MS);
    loginTimeoutMs = millis(options, "loginTimeoutMs", 0, Messages.RANGE_NON_NEGATIVE,
        Protocol.DEFAULT_LOGIN_TIMEOUT_MS);
    Object tab = options.get("autoEnableTab");
    if (tab != null && !Boolean.FALSE.equals(tab)
        && !(tab instanceof String && Values.inList(AUTO_ENABLE_TAB, (String) tab))) {
      throw Messages.wrongType("autoEnableTab", Messages.AUTO_ENABLE_TAB, tab);
    }
    autoEnableTab = tab instanceof String ? (String) tab : null;
    hidden = Boolean.TRUE.equals(Values.typed(options, "hidden", Values.BOOLEAN));
    autoShowOnRing = Boolean.TRUE.equals(Values.typed(options, "autoShowOnRing", Values.BOOLEAN));
    defaultCountryCode = countryCode("defaultCountryCode", options.get("defaultCountryCode"));
    ringAttention = Boolean.TRUE.equals(Values.typed(options, "ringAttention", Values.BOOLEAN));
    phonePage = (String) Values.typed(options, "phonePage", Values.STRING);
    if (connect && phonePage == null) {
      throw Messages.wrongType("phonePage", Values.STRING, null);
    }
    String features = (String) Values.typed(options, "windowFeatures", Values.STRING);
    windowFeatures = features == null ? Protocol.DEFAULT_WINDOW_FEATURES : features;
  }

  /**
   * A country calling code given as 44, "44" or "+44": its digits, or null when {@code value} is
   * null. Anything else is an invalid_argument.
   */
  static String countryCode(String name, Object value) {
    if (value == null) {
      return null;
    }
    String digits = value instanceof Double && (Double) value % 1 == 0 && (Double) value >= 1 && (Double) value <= 999
        ? String.valueOf(((Double) value).intValue())
        : value instanceof String ? (((String) value).startsWith("+") ? ((String) value).substring(1) : (String) value)
        : "";
    if (!PhoneNumbers.isCountryCode(digits)) {
      throw Messages.wrongType(name, Messages.A_COUNTRY_CODE, value);
    }
    return digits;
  }

  /** A delay option: a number from {@code min} to what setTimeout takes ({@code range} says so), or {@code fallback}. */
  private static double millis(ObjectView options, String key, double min, String range, double fallback) {
    Double ms = (Double) Values.typed(options, key, Values.NUMBER);
    if (ms != null && !(ms >= min && ms <= Protocol.MAX_TIMER_MS)) {
      throw Messages.outOfRange(key, range, ms);
    }
    return ms == null ? fallback : ms;
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
        : digits.length() > (percent ? 3 : 5) || !Values.allDigits(digits, 0) || digits.startsWith("0")) {
      throw Messages.badSize(name, value);
    }
    return percent || value instanceof Double ? value : digits;
  }
}
