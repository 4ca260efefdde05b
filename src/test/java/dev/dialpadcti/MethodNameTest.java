package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MethodNameTest {
  @ParameterizedTest
  @ValueSource(strings = {"a", "call_ringing", "user_authentication", "x9", "hang_up_all_calls", "constructor"})
  void snakeCase(String name) {
    assertTrue(MethodName.isValid(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_x", "9x", "Call", "callRinging", "call-ringing", "call ringing", "é"})
  void notSnakeCase(String name) {
    assertFalse(MethodName.isValid(name));
  }
}
