package dev.dialpadcti;

/** A failure of the library, with a stable {@link ErrorCode} and a message that says how to fix it. */
public final class CtiException extends RuntimeException {
  private final String code;

  CtiException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** One of the {@link ErrorCode} constants. */
  public String getCode() {
    return code;
  }
}
