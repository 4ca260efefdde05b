package dev.dialpadcti;

/**
 * Every human-readable text of the library, production and development forms side by side. The
 * production build's errors name the code, the field and the offending value; the development
 * build says in full what was wrong and how to fix it. Validators ask for text here and never
 * build prose.
 */
final class Messages {
  private Messages() {}

  /** Longest echo of a caller's value, so a 10 MB argument never makes a 10 MB message. */
  static final int ECHO_MAX = 60;

  static final String LOG_PREFIX = "[dialpad-cti]";

  static final String CALL_OBJECT = "The call object";
  static final String MOUNT_OPTIONS = "mount's options";
  static final String CONNECT_OPTIONS = "connect's options";
  static final String A_CALL = "a phone number or {phoneNumber}";
  static final String AN_OBJECT = "an object";
  static final String A_PLAIN_OBJECT = "a plain object";
  static final String A_FUNCTION = "a function";
  static final String RANGE_POSITIVE = "1 to 2147483647";
  static final String RANGE_NON_NEGATIVE = "0 to 2147483647";
  static final String AUTO_ENABLE_TAB = "false, 'login' or 'focus'";
  static final String A_COUNTRY_CODE = "a country calling code such as 1, '44' or '+49'";
  static final String AN_ELEMENT = "an Element or the document";
  static final String A_SELECTOR = "a valid CSS selector";
  static final String WHOLE_MILLISECONDS = "a whole number of milliseconds";
  static final String AN_ELEMENT_NAME = "a custom element name with a hyphen, such as 'dialpad-cti'";
  static final String CLICK_TO_DIAL_OPTIONS = "clickToDial's options";

  /** How to write an E.164 number. */
  static final String E164_RULE = "E.164 ('+' and 2-15 digits, no spaces) like '+14155550123'";

  // ---- values in messages

  /**
   * A caller's value for a message: a string quoted and cut to {@link #ECHO_MAX}, a number or a
   * boolean as itself, anything else by its type.
   */
  static String quote(Object value) {
    if (value instanceof Double || value instanceof Boolean) {
      return String.valueOf(value);
    }
    if (!(value instanceof String)) {
      return Values.typeOf(value);
    }
    String s = (String) value;
    return "'" + (s.length() > ECHO_MAX ? s.substring(0, ECHO_MAX - 1) + "…" : s) + "'";
  }

  // ---- errors

  /** The error: in production "code: what", in development {@code sentence}. */
  private static CtiException error(String code, String what, String sentence) {
    return CtiException.of(code, Build.DEV ? sentence : code + ": " + what);
  }

  /** A field of the wrong type; {@code expected} says what it must be ("a boolean", "a function"). */
  static CtiException wrongType(String field, String expected, Object value) {
    String what = field + " " + quote(value);
    return error(ErrorCode.INVALID_ARGUMENT, what,
        Build.DEV ? field + " must be " + expected + ", not " + quote(value) : null);
  }

  /**
   * A phone number that is not E.164; {@code code} is the field's own error code, {@code guess} the
   * E.164 form the number has (or null), suggested in the development build; {@code national}: the
   * number reads as a national one (it has an E.164 form once a country is known), so the
   * development build says how to give the country.
   */
  static CtiException notE164(String code, String field, Object value, String guess, boolean national) {
    String what = field + " " + quote(value);
    return error(code, what, Build.DEV ? what + " must be " + E164_RULE
        + (guess != null ? "; did you mean '" + guess + "'?"
            : national ? "; for a national number set mount's defaultCountryCode (1, '44') or convert it"
                + " with DialpadCti.toE164(number, countryCode)" : "") : null);
  }

  /** toE164 found no E.164 form; {@code countryCode} is the default country it was given, or null. */
  static CtiException noE164(Object text, String countryCode) {
    String what = quote(text);
    return error(ErrorCode.INVALID_PHONE_NUMBER, what, Build.DEV ? what + " has no E.164 form"
        + (countryCode == null ? "; a national number needs defaultCountryCode" : " with country code " + countryCode)
        + " (digits and separators only, 2-15 digits in all)" : null);
  }

  /** {@code key} is not one of {@code known}; {@code guess} is the key probably meant (development only). */
  static CtiException unknownField(String what, String key, String guess, String known) {
    return error(ErrorCode.UNKNOWN_FIELD, quote(key),
        Build.DEV ? what + " has no field " + quote(key)
            + (guess != null ? "; did you mean '" + guess + "'?" : "; known: " + known) : null);
  }

  static CtiException identityIdRequired() {
    return error(ErrorCode.IDENTITY_ID_REQUIRED, "identityId", "identityType needs identityId");
  }

  static CtiException identityTypeRequired() {
    return error(ErrorCode.INVALID_IDENTITY_TYPE, "identityType", "identityId needs identityType");
  }

  static CtiException badIdentityType(Object type) {
    String what = "identityType " + quote(type);
    return error(ErrorCode.INVALID_IDENTITY_TYPE, what,
        Build.DEV ? what + " must be 'Office', 'OfficeGroup' or 'CallCenter' (case matters)" : null);
  }

  static CtiException badIdentityId(Object id) {
    return error(ErrorCode.INVALID_ARGUMENT, "identityId " + quote(id),
        "identityId must be a positive whole number (a string above 2^53, at most 9223372036854775807)");
  }

  static CtiException customDataTooLong(int length, int limit) {
    return error(ErrorCode.CUSTOM_DATA_TOO_LONG, "customData " + length,
        Build.DEV ? "customData has " + length + " characters; the limit is " + limit : null);
  }

  static CtiException badMethodName(Object name) {
    return error(ErrorCode.INVALID_METHOD, quote(name),
        Build.DEV ? quote(name) + " is not a snake_case name" : null);
  }

  static CtiException destroyed() {
    return CtiException.of(ErrorCode.DESTROYED, Build.DEV ? "destroyed; mount again" : ErrorCode.DESTROYED);
  }

  static CtiException readyTimeout(String url, double ms) {
    return error(ErrorCode.READY_TIMEOUT, quote(url) + " " + ms,
        Build.DEV ? quote(url) + " did not load in " + ms + " ms; check it or raise readyTimeoutMs" : null);
  }

  static CtiException notLoggedIn(double ms) {
    return error(ErrorCode.NOT_LOGGED_IN, "loginTimeoutMs " + ms,
        Build.DEV ? "the CTI's user is logged out and did not log in within " + ms
            + " ms (loginTimeoutMs); the command was not sent" : null);
  }

  /** Development build: a command waits because the CTI's user is logged out. */
  static String waitingForLogin(Object method, double ms) {
    return method + " waits for the user to log in to the CTI; it fails with not_logged_in after " + ms
        + " ms (loginTimeoutMs)";
  }

  static CtiException notAttached() {
    return error(ErrorCode.NOT_ATTACHED, "iframe", "the iframe is not in the page");
  }

  /** postMessage refused the payload; {@code why} is what it threw, as text, or null if it has none. */
  static CtiException cannotPost(String why) {
    String what = "payload " + quote(why);
    return error(ErrorCode.INVALID_ARGUMENT, what,
        Build.DEV ? "cannot post: " + quote(why) + "; send plain data (no functions, DOM nodes or class instances)"
            : null);
  }

  /** Reading the caller's argument threw (a getter or a Proxy trap). */
  static CtiException unreadable() {
    return error(ErrorCode.INVALID_ARGUMENT, "unreadable",
        "an argument could not be read (a getter or Proxy threw); pass plain data");
  }

  static CtiException containerNotFound(Object selector) {
    return error(ErrorCode.CONTAINER_NOT_FOUND, quote(selector),
        Build.DEV ? "no element for " + quote(selector) + "; pass an Element or a CSS selector" : null);
  }

  static CtiException alreadyMounted() {
    return error(ErrorCode.ALREADY_MOUNTED, "container", "this container already holds a live"
        + " dialpad-cti: destroy() it first (a re-render or an effect without cleanup mounts twice)");
  }

  static CtiException noDocument() {
    return error(ErrorCode.NO_DOCUMENT, "document", "there is no document here (server rendering):"
        + " mount in the browser, in an effect (React's useEffect, Vue's onMounted) or an event handler");
  }

  static CtiException popupBlocked() {
    return error(ErrorCode.POPUP_BLOCKED, "openPhone", "the browser blocked the phone window: call"
        + " openPhone() from a click (a user gesture), or allow popups for this site");
  }

  /** No phone window took the command: none opened within {@code ms}, or it closed while the command waited. */
  static CtiException phoneClosed(double ms) {
    return error(ErrorCode.PHONE_CLOSED, "readyTimeoutMs " + ms,
        Build.DEV ? "no phone window took the command (none opened within " + ms
            + " ms, readyTimeoutMs, or it was closed): call cti.openPhone() from a click first" : null);
  }

  /** openPhone on an instance from mount, which has its CTI in the page. */
  static CtiException notConnected() {
    return error(ErrorCode.INVALID_ARGUMENT, "openPhone", "openPhone() is for an instance from"
        + " DialpadCti.connect(); a mounted instance has its CTI in the page");
  }

  /** connect's phonePage is not a URL of the calling page's origin. */
  static CtiException phonePageOrigin(Object page, String origin) {
    return error(ErrorCode.INVALID_ARGUMENT, "phonePage " + quote(page),
        Build.DEV ? "phonePage " + quote(page) + " must be a page of this origin, " + origin
            + " (serve phone/phone.html from your app: only same-origin pages reach the phone window)" : null);
  }

  static CtiException clientIdRequired() {
    return error(ErrorCode.CLIENT_ID_REQUIRED, "clientId", "mount needs {clientId} or {url}");
  }

  static CtiException clientIdAndUrl() {
    return error(ErrorCode.INVALID_ARGUMENT, "clientId url", "give clientId or url, not both");
  }

  static CtiException clientIdNotEncodable(String clientId) {
    return error(ErrorCode.INVALID_ARGUMENT, "clientId " + quote(clientId),
        Build.DEV ? "clientId " + quote(clientId) + " cannot be URL-encoded (it holds a lone surrogate);"
            + " copy the client id from Dialpad again" : null);
  }

  /** A number option out of its range. */
  static CtiException outOfRange(String field, String range, double value) {
    return error(ErrorCode.INVALID_ARGUMENT, field + " " + value,
        Build.DEV ? field + " must be " + range + ", not " + value : null);
  }

  static CtiException urlTooLong(int length, int limit) {
    return error(ErrorCode.INVALID_ARGUMENT, "url " + length,
        Build.DEV ? "url has " + length + " characters; the limit is " + limit : null);
  }

  static CtiException badSize(String field, Object value) {
    return error(ErrorCode.INVALID_ARGUMENT, field + " " + quote(value),
        Build.DEV ? field + " must be pixels (400, '400px') or a percentage ('100%')" : null);
  }

  /** A CTI URL refused for {@code problem}, one of CtiUrl's problem constants. */
  static CtiException insecureUrl(Object url, int problem) {
    String what = "url " + quote(url);
    return error(ErrorCode.INSECURE_URL, what, Build.DEV ? what + ": "
        + (problem == CtiUrl.NOT_ABSOLUTE ? "use an absolute https:// URL"
            : problem == CtiUrl.HAS_CREDENTIALS ? "no user name or password"
            : "use https: (http: only on localhost)") : null);
  }

  // ---- why an inbound message from the CTI's frame was dropped (logs and history)

  static final String WRONG_ORIGIN = "wrong origin";
  static final String BAD_ENVELOPE = "bad envelope: ";
  static final String BAD_PAYLOAD = "bad payload: ";

  /** The envelope broke the rule for {@code field}: "api", "version" or "method". */
  static String badEnvelope(String field) {
    return BAD_ENVELOPE + (Build.DEV
        ? "api".equals(field) ? "api must be 'opencti_dialpad'"
        : "version".equals(field) ? "version must be '1' or '1.x'"
        : "method must be a snake_case name, not one of the library's own events"
        : field);
  }

  /** The payload of {@code method} broke the rule for {@code field}. */
  static String badPayload(String method, String field) {
    return BAD_PAYLOAD + (Build.DEV ? method + " " + field + " must be "
        + ("payload".equals(field) || "contact".equals(field) || "target".equals(field) ? "an object"
            : "state".equals(field) ? "'on' or 'off'"
            : "user_authenticated".equals(field) ? "a boolean"
            : "a whole number or a digit string")
        : field);
  }

  // ---- console

  static final String QUEUED = "queued";
  static final String WAITING_FOR_LOGIN = "waiting for login";
  static final String REJECTED = "rejected";
  static final String LOADED = "loaded";
  static final String RELOADED = "reloaded";
  static final String LISTENER_THREW = "listener threw";

  /** {@code String(cti)}: one line with the URL, readiness, login, ringing and visibility. */
  static String describe(String url, boolean destroyed, boolean ready, Object authenticated, Object userId,
      int ringing, boolean visible) {
    return "DialpadCti " + url + " | " + (destroyed ? "destroyed" : ready ? "ready" : "loading") + " | "
        + (authenticated == null ? "login unknown"
            : Boolean.TRUE.equals(authenticated) ? "logged in" + (userId != null ? " as " + userId : "")
            : "logged out")
        + " | " + (ringing > 0 ? ringing + " ringing" : "not ringing") + " | " + (visible ? "visible" : "hidden");
  }

  /** Development build: a listener for an event name no CTI sends and the library does not raise. */
  static String unknownEvent(String name, String guess) {
    return "'" + name + "' is not a known event" + (guess != null ? "; did you mean '" + guess + "'?" : "")
        + " (subscribed anyway, in case Dialpad adds it)";
  }

  // ---- warnings: each says what to do, in both builds

  static final String CLICK_TO_DIAL_FAILED = "clickToDial";

  static String badNumber(String raw) {
    return Build.DEV ? "clickToDial found no E.164 number in " + quote(raw)
        + ": write it in E.164 (tel:+14155550123) or set mount's defaultCountryCode; nothing was dialled"
        : "no E.164 number in " + quote(raw);
  }

  /** ringAttention's title and notification: "Incoming call: name or number". */
  static String incomingCall(String caller) {
    return caller.isEmpty() ? "Incoming call" : "Incoming call: " + caller;
  }

  static String frameBlocked(String origin) {
    return Build.DEV ? "the page's Content-Security-Policy blocks the CTI frame: add " + origin
        + " to its frame-src directive" : "add " + origin + " to the page's CSP frame-src";
  }

  static String ctiSilent(double ms, String pageOrigin) {
    return Build.DEV ? "the CTI has posted nothing " + ms / 1000 + " s after loading: if nobody has logged in"
        + " yet that is expected; otherwise add " + pageOrigin + " to the Allowed Origins of your Dialpad app"
        : "no message " + ms / 1000 + " s after loading; if someone logged in, add " + pageOrigin
        + " to the Dialpad app's Allowed Origins";
  }

  static String insecureContext(String pageOrigin) {
    return Build.DEV ? "this page (" + pageOrigin + ") is not a secure context, so the browser gives the CTI no"
        + " microphone: serve the page over HTTPS (localhost is fine while developing)"
        : "not a secure context: serve " + pageOrigin + " over HTTPS";
  }

  static String microphoneBlocked(String ctiOrigin) {
    String header = "Permissions-Policy: microphone=(self \"" + ctiOrigin + "\")";
    return Build.DEV ? "the page's Permissions-Policy does not delegate the microphone to the CTI, so calls"
        + " would have no audio: send the header " + header + " (and keep the iframe's allow attribute)" : header;
  }

  static String frameChanged(String attribute) {
    return Build.DEV ? "the CTI iframe's " + attribute + " was changed after mount; Dialpad needs it as"
        + " dialpad-cti set it: leave the iframe's attributes alone (size its container instead)"
        : "leave the iframe's " + attribute + " as dialpad-cti set it";
  }
}
