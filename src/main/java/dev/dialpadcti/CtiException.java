package dev.dialpadcti;

import jsinterop.annotations.JsFunction;


/** A failure of the library, with a stable {@link ErrorCode} and a message that says how to fix it. */
public final class CtiException extends RuntimeException {
  /**
   * Called with every new exception. The browser layer sets it to give the JavaScript Error behind
   * each exception its {@code name} and {@code code}, so JS callers see them wherever it surfaces.
   */
  static Hook onCreate;

  /** See {@link #onCreate}. */
  @JsFunction
  interface Hook {
    void accept(CtiException e);
  }

  private final String code;

  CtiException(String code, String message) {
    super(message);
    this.code = code;
    if (onCreate != null) {
      onCreate.accept(this);
    }
  }

  /** One of the {@link ErrorCode} constants. */
  public String getCode() {
    return code;
  }
}
