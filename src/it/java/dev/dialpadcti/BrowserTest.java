package dev.dialpadcti;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the browser tests: one real Chromium and test server (three origins) per test class. */
abstract class BrowserTest {
  static Browser browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }
}
