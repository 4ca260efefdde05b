package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Asserts that code fails with a given {@link ErrorCode}. */
final class Expect {
  private Expect() {}

  static CtiException code(String code, Executable executable) {
    CtiException e = assertThrows(CtiException.class, executable);
    assertEquals(code, e.getCode(), () -> "message was: " + e.getMessage());
    return e;
  }
}
