package dev.dialpadcti;

import java.util.function.UnaryOperator;

/**
 * The rules for the CTI's URL and the origin derived from it. Parsing is deliberately stricter than
 * a browser's: anything a browser would reinterpret (backslashes, user-info, odd IPv4 forms,
 * whitespace) is refused, so the origin computed here is the one the browser will report.
 */
final class CtiUrl {
  final String url;
  final String origin;

  private CtiUrl(String url, String origin) {
    this.url = url;
    this.origin = origin;
  }

  /** The Dialpad-hosted CTI for a client id, encoded by {@code encodeURIComponent}. */
  static CtiUrl forClientId(Object clientId, UnaryOperator<String> encodeURIComponent) {
    if (!(clientId instanceof String)) {
      throw new CtiException(ErrorCode.INVALID_ARGUMENT,
          "clientId must be a string, not " + Texts.quote(clientId));
    }
    if (((String) clientId).trim().isEmpty()) {
      throw new CtiException(ErrorCode.CLIENT_ID_REQUIRED,
          "clientId is empty");
    }
    return new CtiUrl(Protocol.DIALPAD_ORIGIN + Protocol.DIALPAD_APP_PATH
        + encodeURIComponent.apply((String) clientId), Protocol.DIALPAD_ORIGIN);
  }

  /** A full CTI URL: https, or http on localhost, 127.0.0.1 or [::1]. */
  static CtiUrl parse(Object value) {
    if (!(value instanceof String)) {
      throw new CtiException(ErrorCode.INVALID_ARGUMENT, "url must be a string, not " + Texts.quote(value));
    }
    String url = (String) value;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == 0x7f || c == '\\') {
        throw insecure(url, "no spaces, control characters or backslashes");
      }
    }
    int colon = url.indexOf(':');
    String scheme = url.substring(0, colon < 0 ? 0 : colon).toLowerCase();
    boolean https = scheme.equals("https");
    if (!https && !scheme.equals("http") || !url.startsWith("//", colon + 1)) {
      throw insecure(url, "use an absolute https:// URL");
    }
    int start = colon + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String authority = url.substring(start, end).toLowerCase();
    if (authority.contains("@")) {
      throw insecure(url, "no user name or password");
    }
    int portAt = authority.lastIndexOf(':');
    if (portAt < authority.lastIndexOf(']')) {
      portAt = -1;
    }
    String host = portAt < 0 ? authority : authority.substring(0, portAt);
    String port = "";
    if (!isHost(host)) {
      throw insecure(url, "use a host name (ASCII or punycode), 127.0.0.1 or [::1]");
    }
    if (portAt >= 0) {
      String digits = authority.substring(portAt + 1);
      int n = digits.length() <= 5 && Texts.allDigits(digits, 0) ? Texts.toInt(digits) : 0;
      if (n < 1 || n > 65535) {
        throw insecure(url, "the port must be 1-65535");
      }
      // Browsers leave the scheme's default port out of an origin.
      port = n == (https ? 443 : 80) ? "" : ":" + n;
    }
    if (!https && !isLoopback(host)) {
      throw insecure(url, "use https: (http: is for localhost only)");
    }
    return new CtiUrl(url, scheme + "://" + host + port);
  }

  static boolean isLoopback(String host) {
    return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
  }

  /** Host names, 127.0.0.1 and [::1]: forms a browser keeps as they are in the origin. */
  private static boolean isHost(String host) {
    if (host.equals("[::1]")) {
      return true;
    }
    if (host.isEmpty() || host.startsWith(".") || host.endsWith(".") || host.contains("..")) {
      return false;
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !Texts.isDigit(c) && c != '-' && c != '.') {
        return false;
      }
    }
    // A browser reads a host whose last label is numeric as IPv4 (127.1, 0x7f.1, 0177.0.0.1 too)
    // and rewrites it, changing the origin; of IP addresses only 127.0.0.1 is taken.
    return !Texts.isDigit(host.charAt(host.lastIndexOf('.') + 1)) || host.equals("127.0.0.1");
  }

  private static CtiException insecure(String url, String why) {
    return new CtiException(ErrorCode.INSECURE_URL, "url " + Texts.quote(url) + " refused: " + why);
  }
}
