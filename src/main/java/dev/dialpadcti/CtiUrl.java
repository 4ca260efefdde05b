package dev.dialpadcti;

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

  /** The Dialpad-hosted CTI for a client id. */
  static CtiUrl forClientId(Object clientId) {
    if (clientId instanceof String && ((String) clientId).trim().isEmpty()) {
      throw new CtiException(ErrorCode.CLIENT_ID_REQUIRED,
          "clientId is empty: pass the client id Dialpad issued for your app.");
    }
    if (!(clientId instanceof String)) {
      throw new CtiException(ErrorCode.INVALID_ARGUMENT,
          "clientId must be a string, not " + Texts.typeOf(clientId) + ".");
    }
    return new CtiUrl(
        Protocol.DIALPAD_ORIGIN + Protocol.DIALPAD_APP_PATH + encodeComponent((String) clientId),
        Protocol.DIALPAD_ORIGIN);
  }

  /** A full CTI URL: https, or http on localhost, 127.0.0.1 or [::1]. */
  static CtiUrl parse(Object value) {
    if (!(value instanceof String)) {
      throw new CtiException(ErrorCode.INVALID_ARGUMENT,
          "url must be a string, not " + Texts.typeOf(value) + ".");
    }
    String url = (String) value;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == 0x7f || c == '\\') {
        throw insecure(url, "it contains whitespace, a control character or a backslash");
      }
    }
    int colon = url.indexOf(':');
    String scheme = colon > 0 ? url.substring(0, colon).toLowerCase() : "";
    boolean https = scheme.equals("https");
    if (!https && !scheme.equals("http")) {
      throw insecure(url, colon > 0 && isScheme(scheme)
          ? "the scheme '" + scheme + ":' is not allowed"
          : "it is not an absolute URL");
    }
    if (!url.startsWith("//", colon + 1)) {
      throw insecure(url, "it is not an absolute URL");
    }
    int hostStart = colon + 3;
    int end = hostStart;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String authority = url.substring(hostStart, end).toLowerCase();
    if (authority.indexOf('@') >= 0) {
      throw insecure(url, "user names and passwords in URLs are not allowed");
    }
    int portStart = authority.lastIndexOf(':');
    if (portStart < authority.lastIndexOf(']')) {
      portStart = -1;
    }
    String host = portStart < 0 ? authority : authority.substring(0, portStart);
    String port = portStart < 0 ? "" : authority.substring(portStart + 1);
    if (!isHost(host)) {
      throw insecure(url, "'" + host + "' is not a host name this library accepts"
          + " (use lower-case ASCII or punycode, a dotted IPv4 address, or [::1])");
    }
    if (portStart >= 0) {
      if (port.length() > 5 || !Texts.allDigits(port, 0)) {
        throw insecure(url, "the port must be a number from 1 to 65535");
      }
      int n = Integer.parseInt(port);
      if (n < 1 || n > 65535) {
        throw insecure(url, "the port must be a number from 1 to 65535");
      }
      port = (n == (https ? 443 : 80)) ? "" : ":" + n;
    }
    if (!https && !isLoopback(host)) {
      throw insecure(url, "http: is only allowed on localhost, 127.0.0.1 and [::1]; use https:");
    }
    return new CtiUrl(url, scheme + "://" + host + port);
  }

  static boolean isLoopback(String host) {
    return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
  }

  private static boolean isScheme(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(i > 0 && (Texts.isDigit(c) || "+-.".indexOf(c) >= 0))) {
        return false;
      }
    }
    return true;
  }

  /** Lower-case DNS names and canonical dotted-quad IPv4; of IPv6 only [::1], whose form is fixed. */
  private static boolean isHost(String host) {
    if (host.equals("[::1]")) {
      return true;
    }
    if (host.isEmpty() || host.charAt(0) == '.' || host.endsWith(".") || host.contains("..")) {
      return false;
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !Texts.isDigit(c) && c != '-' && c != '.') {
        return false;
      }
    }
    // A browser reads a host whose last label is numeric as IPv4 (also 127.1, 0x7f.1, 0177.0.0.1)
    // and rewrites it; only the canonical dotted quad keeps the origin we compute.
    String last = host.substring(host.lastIndexOf('.') + 1);
    return !Texts.isDigit(last.charAt(0)) || isDottedQuad(host);
  }

  private static boolean isDottedQuad(String host) {
    int parts = 0;
    int start = 0;
    while (start <= host.length()) {
      int dot = host.indexOf('.', start);
      String part = host.substring(start, dot < 0 ? host.length() : dot);
      if (part.isEmpty() || part.length() > 3 || !Texts.allDigits(part, 0)
          || (part.length() > 1 && part.charAt(0) == '0') || Integer.parseInt(part) > 255) {
        return false;
      }
      parts++;
      start = dot < 0 ? host.length() + 1 : dot + 1;
    }
    return parts == 4;
  }

  /** encodeURIComponent, in Java: UTF-8, with the same unreserved set. */
  static String encodeComponent(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      int c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-_.!~*'()".indexOf(c) >= 0) {
        out.append((char) c);
        continue;
      }
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length()) {
        c = 0x10000 + ((c - 0xD800) << 10) + (s.charAt(++i) - 0xDC00);
      }
      if (c < 0x80) {
        appendByte(out, c);
      } else if (c < 0x800) {
        appendByte(out, 0xC0 | (c >> 6));
        appendByte(out, 0x80 | (c & 0x3F));
      } else if (c < 0x10000) {
        appendByte(out, 0xE0 | (c >> 12));
        appendByte(out, 0x80 | ((c >> 6) & 0x3F));
        appendByte(out, 0x80 | (c & 0x3F));
      } else {
        appendByte(out, 0xF0 | (c >> 18));
        appendByte(out, 0x80 | ((c >> 12) & 0x3F));
        appendByte(out, 0x80 | ((c >> 6) & 0x3F));
        appendByte(out, 0x80 | (c & 0x3F));
      }
    }
    return out.toString();
  }

  private static void appendByte(StringBuilder out, int b) {
    out.append('%').append("0123456789ABCDEF".charAt(b >> 4)).append("0123456789ABCDEF".charAt(b & 0xF));
  }

  private static CtiException insecure(String url, String why) {
    return new CtiException(ErrorCode.INSECURE_URL,
        "The CTI url " + Texts.quote(url) + " was refused: " + why
            + ". Use an absolute https:// URL such as 'https://dialpad.com/apps/<clientId>'.");
  }
}
