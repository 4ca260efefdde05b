package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Asserts that code fails with a given {@link ErrorCode}. */
final class Expect {
  private Expect() {}

  /**
   * Checks {@code e}'s message in the build the JVM runs as ({@code -Ddialpadcti.dev}): it holds
   * every one of {@code always} in both builds; in development it also holds every hint, while in
   * production it is "code: field value" and holds none of the hints.
   */
  static void message(CtiException e, String[] always, String... hints) {
    String m = e.getMessage();
    for (String s : always) {
      assertTrue(m.contains(s), () -> "expected '" + s + "' in: " + m);
    }
    for (String hint : hints) {
      assertEquals(Build.DEV, m.contains(hint), () -> (Build.DEV ? "expected" : "unexpected")
          + " hint '" + hint + "' in: " + m);
    }
    if (!Build.DEV) {
      assertTrue(m.startsWith(e.getCode() + ": "), () -> "production messages start with the code: " + m);
    }
  }

  static String[] all(String... parts) {
    return parts;
  }

  static CtiException code(String code, Executable executable) {
    CtiException e = assertThrows(CtiException.class, executable);
    assertEquals(code, e.getCode(), () -> "message was: " + e.getMessage());
    return e;
  }
}
