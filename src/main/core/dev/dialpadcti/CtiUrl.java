package dev.dialpadcti;

/**
 * The rules for the CTI's URL, applied to what the browser's own URL parser made of it, so the
 * origin used for every check is exactly the browser's.
 */
final class CtiUrl {
  /** Why a URL was refused, for {@link Messages#insecureUrl}. */
  static final int NOT_ABSOLUTE = 1;
  static final int HAS_CREDENTIALS = 2;
  static final int NOT_HTTPS = 3;

  final String url;
  final String origin;

  private CtiUrl(String url, String origin) {
    this.url = url;
    this.origin = origin;
  }

  /** The Dialpad-hosted CTI; {@code encodedClientId} is already URL-encoded. */
  static CtiUrl forClientId(String encodedClientId) {
    return new CtiUrl(Protocol.DIALPAD_ORIGIN + Protocol.DIALPAD_APP_PATH + encodedClientId,
        Protocol.DIALPAD_ORIGIN);
  }

  /**
   * Accepts https, or http on localhost, 127.0.0.1 and [::1], without user-info. The arguments are
   * the URL parser's fields; {@code href} is null when the input was not an absolute URL.
   */
  static CtiUrl of(String input, String href, String protocol, String username, String password,
      String hostname, String origin) {
    int problem = href == null ? NOT_ABSOLUTE
        : !username.isEmpty() || !password.isEmpty() ? HAS_CREDENTIALS
        : protocol.equals("https:") || protocol.equals("http:") && isLoopback(hostname) ? 0
        : NOT_HTTPS;
    if (problem != 0) {
      throw Messages.insecureUrl(input, problem);
    }
    return new CtiUrl(href, origin);
  }

  /**
   * The origin rule (SPEC §3.1): a message's {@code event.origin} must be this CTI's origin exactly,
   * scheme, host and port, as the browser's URL parser wrote it.
   */
  boolean isOrigin(String messageOrigin) {
    return origin.equals(messageOrigin);
  }

  static boolean isLoopback(String hostname) {
    return hostname.equals("localhost") || hostname.equals("127.0.0.1") || hostname.equals("[::1]");
  }
}
