package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VersionTest {
  @Test
  void matchesThePom() {
    assertEquals(System.getProperty("project.version"), DialpadCti.VERSION,
        "DialpadCti.VERSION must follow the pom's version");
  }
}
