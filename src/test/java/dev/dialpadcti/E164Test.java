package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class E164Test {
  @ParameterizedTest
  @ValueSource(strings = {
    "+12",                // shortest: two digits
    "+123456789012345",   // longest: fifteen digits
    "+14155550123",
    "+442071838750",
    "+91"})
  void accepts(String number) {
    assertTrue(E164.isValid(number), number);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "+1234567890123456",  // one digit too many
    "+1",                 // one digit too few
    "+0123456789",        // leading 0
    "14155550123",        // missing +
    "+1 415 555 0123",    // spaces
    " +14155550123",
    "+14155550123 ",
    "+1-415-555-0123",
    "+1(415)5550123",
    "+1415555O123",       // a letter O
    "+1415555abcd",
    "+",
    "++14155550123",
    "+١٤١٥٥٥٥٠١٢٣",         // non-ASCII digits
    ""})
  void rejects(String number) {
    assertFalse(E164.isValid(number), number);
  }
}
