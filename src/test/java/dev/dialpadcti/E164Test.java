package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class E164Test {
  @ParameterizedTest
  @ValueSource(strings = {
    "+12",                // shortest: two digits
    "+123456789012345",   // longest: fifteen digits
    "+14155550123",
    "+442071838750",
    "+9"+"1"})
  void accepts(String number) {
    assertTrue(E164.isValid(number), number);
    assertNull(E164.problem(number));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "+1234567890123456 | more than 15 digits",     // one digit too many
    "+1                | too few digits",
    "+0123456789       | country codes never start with 0",
    "14155550123       | start with + and the country code",
    "+1 415 555 0123   | remove spaces and punctuation",
    "+1-415-555-0123   | remove spaces and punctuation",
    "+1(415)5550123    | remove spaces and punctuation",
    "+1415555O123      | only digits may follow the +",
    "+                 | only digits may follow the +",
    "++14155550123     | only digits may follow the +",
    "+١٤١٥٥٥٥٠١٢٣       | only digits may follow the +"})
  void rejectsWithTheFix(String number, String problem) {
    assertFalse(E164.isValid(number), number);
    assertEquals(problem, E164.problem(number));
  }

  @org.junit.jupiter.api.Test
  void emptyIsRejected() {
    assertFalse(E164.isValid(""));
  }
}
