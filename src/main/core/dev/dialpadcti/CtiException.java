package dev.dialpadcti;

import jsinterop.annotations.JsFunction;


/**
 * A failure of the library, with a stable {@link ErrorCode}; the message names the field and value,
 * and in the development build says how to fix it.
 */
public final class CtiException extends RuntimeException {
  /**
   * Called with every new exception, once it is complete. The browser layer sets it to give the JavaScript Error behind
   * each exception its {@code name} and {@code code}, so JS callers see them wherever it surfaces.
   */
  static Hook onCreate;

  /** See {@link #onCreate}. */
  @JsFunction
  interface Hook {
    void accept(@SuppressWarnings("unusable-by-js") CtiException e);
  }

  private final String code;

  private CtiException(String code, String message) {
    // No suppression list and no Java stack capture: the backing JS Error keeps its own stack.
    super(message, null, false, false);
    this.code = code;
  }

  /**
   * A new exception. It is made here rather than by {@code new} so that {@link #onCreate} runs
   * after construction: J2CL attaches the backing JS Error only once the constructor has returned.
   */
  static CtiException of(String code, String message) {
    CtiException e = new CtiException(code, message);
    if (onCreate != null) {
      onCreate.accept(e);
    }
    return e;
  }

  /**
   * The CtiException behind a rejected command's reason, for Java callers:
   * {@code cti.initiateCall(call).catch_(reason -> { CtiException e = CtiException.from(reason); ... })}.
   * Null when {@code reason} is something else.
   */
  public static CtiException from(Object reason) {
    return JsErrors.toJava(reason);
  }

  /** One of the {@link ErrorCode} constants. */
  public String getCode() {
    return code;
  }
}
