package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * README's way to test an integration in CI, run as an integrator would: the project in
 * src/examples/playwright installs the packed package and @playwright/test, starts the shipped
 * {@code dialpad-cti-mock} and its own page, and drives Chromium through the page's own UI.
 */
class PlaywrightExampleIT {
  static final Path WORK = Path.of("target/playwright").toAbsolutePath();

  @Test
  void theIntegratorsPlaywrightTestsPassAgainstTheShippedMock() throws Exception {
    long start = System.nanoTime();
    NpmPackageIT.installExample(Path.of("src/examples/playwright"), WORK);
    long installed = System.nanoTime();

    ProcessBuilder test = new ProcessBuilder("npx", "playwright", "test").directory(WORK.toFile())
        .redirectErrorStream(true);
    test.environment().put("HOST_PORT", String.valueOf(freePort()));
    test.environment().put("MOCK_PORT", String.valueOf(freePort()));
    test.environment().put("CHROMIUM", System.getProperty("chromium.binary", "/usr/bin/chromium"));
    test.environment().put("CI", "1");
    Process process = test.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "playwright test timed out");
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("2 passed"), output);
    System.out.printf("Playwright example: install %.1f s, tests %.1f s%n", (installed - start) / 1e9,
        (System.nanoTime() - installed) / 1e9);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
