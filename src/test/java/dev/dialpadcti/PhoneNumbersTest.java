package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link PhoneNumbers#toE164}: numbers as people write them, with and without a default country. */
class PhoneNumbersTest {

  @ParameterizedTest(name = "[{index}] ''{0}'' with {1} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      // E.164 already, and with separators
      "+14155550123|null|+14155550123",
      "+1 (415) 555-0123|null|+14155550123",
      "+1.415.555.0123|null|+14155550123",
      "+1/415/555/0123|null|+14155550123",
      "  +14155550123  |null|+14155550123",
      "+1\u00a0415\u00a0555\u00a00123|null|+14155550123",
      "+1\u202f415\u2007555\t0123|null|+14155550123",
      "+44 20 7183 8750|null|+442071838750",
      "+44 (0)20 7183 8750|null|+442071838750",
      "+39 06 1234 5678|null|+390612345678",
      // 00 and 011
      "0044 20 7183 8750|null|+442071838750",
      "0049 30 123456|49|+4930123456",
      "011 44 20 7183 8750|1|+442071838750",
      "011 44 20 7183 8750|44|null",
      "011 44 20 7183 8750|null|null",
      // US and Canada: 10 digits, or 11 starting with 1
      "(415) 555-0123|1|+14155550123",
      "415-555-0123|1|+14155550123",
      "415.555.0123|1|+14155550123",
      "1-800-555-0199|1|+18005550199",
      "1 (604) 555-0100|1|+16045550100",
      "2-800-555-0199|1|null",
      "555-0123|1|null",
      "(415) 555-0123|null|null",
      "1-800-555-0199|null|null",
      // one trunk 0 dropped, kept for Italy
      "020 7183 8750|44|+442071838750",
      "07700 900123|44|+447700900123",
      "030 123456|49|+4930123456",
      "0151 23456789|49|+4915123456789",
      "02 9374 4000|61|+61293744000",
      "0412 345 678|61|+61412345678",
      "098765 43210|91|+919876543210",
      "98765 43210|91|+919876543210",
      "06 1234 5678|39|+390612345678",
      "347 123 4567|39|+393471234567",
      // tel: URIs
      "tel:+1-415-555-0123|null|+14155550123",
      "TEL:+14155550123|null|+14155550123",
      "tel:+14155550123;ext=42|null|+14155550123",
      "tel:555-0123;phone-context=+1415|null|null",
      "tel:4155550123;phone-context=example.com|1|+14155550123",
      // letters, odd characters, lengths
      "1-800-FLOWERS|1|null",
      "+1 415 555 0123 x42|null|null",
      "+1#4155550123|null|null",
      "+|null|null",
      "+1|null|null",
      "+12|null|+12",
      "+123456789012345|null|+123456789012345",
      "+1234567890123456|null|null",
      "+0123456789|null|null",
      "0|44|null",
      "''|44|null",
      "'   '|1|null",
      "++14155550123|null|null",
      // review: 011 with (0), Italy's 0 in brackets, spaces after tel: and no-break spaces first
      "011 44 (0)20 7946 0000|1|+442079460000",
      "+39 (0)6 1234 5678|null|+390612345678",
      "tel: +1 415 555 0123|null|+14155550123",
      "\u00a0+14155550123|null|+14155550123",
  })
  void normalises(String text, String countryCode, String expected) {
    assertEquals(expected, PhoneNumbers.toE164(text, countryCode));
  }

  @org.junit.jupiter.api.Test
  void aHugeInputIsRefusedWithoutWork() {
    assertEquals(null, PhoneNumbers.toE164("+1" + "0".repeat(10_000_000), null));
  }

  @org.junit.jupiter.api.Test
  void countryCodesAreOneToThreeDigitsNotStartingWithZero() {
    assertTrue(PhoneNumbers.isCountryCode("1"));
    assertTrue(PhoneNumbers.isCountryCode("44"));
    assertTrue(PhoneNumbers.isCountryCode("358"));
    assertFalse(PhoneNumbers.isCountryCode(""));
    assertFalse(PhoneNumbers.isCountryCode("0"));
    assertFalse(PhoneNumbers.isCountryCode("044"));
    assertFalse(PhoneNumbers.isCountryCode("1234"));
    assertFalse(PhoneNumbers.isCountryCode("+1"));
    assertFalse(PhoneNumbers.isCountryCode("4a"));
  }
}
