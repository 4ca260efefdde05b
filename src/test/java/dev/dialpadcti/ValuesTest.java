package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Caller-controlled text as it goes into the title and notifications (SPEC §14). */
class ValuesTest {
  @Test
  void controlCharactersAndBidiControlsAreRemoved() {
    assertEquals("Ada Lovelace", Values.displayText("Ada\u0000 Lovelace\u0007"));
    assertEquals("evilgpj.exe", Values.displayText("evil\u202egpj.exe"), "right-to-left override");
    assertEquals("abc", Values.displayText("\u202aa\u202bb\u202cc\u202d\u2066\u2067\u2068\u2069"));
    assertEquals("ab", Values.displayText("a\u200e\u200f\u061cb"), "marks");
    assertEquals("ab", Values.displayText("a\n\r\tb\u007f\u0085\u009f"), "C0 and C1");
    assertEquals("Zoë 😀 +1 415", Values.displayText("Zoë 😀 +1 415"), "ordinary text stays");
    assertEquals("", Values.displayText(""));
  }

  @Test
  void atMostAHundredCharacters() {
    assertEquals("x".repeat(100), Values.displayText("x".repeat(100)));
    String cut = Values.displayText("x".repeat(100_000));
    assertEquals(100, cut.length());
    assertTrue(cut.endsWith("…"));
    // Controls do not count: 100 visible characters among many controls stay whole.
    assertEquals("y".repeat(100), Values.displayText("\u202e".repeat(500) + "y".repeat(100)));
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String text = "x".repeat(98) + "😀" + "zzz";
    String cut = Values.displayText(text);
    assertTrue(cut.length() <= 100, cut);
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      assertTrue(!Character.isHighSurrogate(c) || i + 1 < cut.length() && Character.isLowSurrogate(cut.charAt(i + 1)),
          "a lone high surrogate at " + i);
    }
  }
}
