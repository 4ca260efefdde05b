package dev.dialpadcti;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.dialpadcti.demo.DemoServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The browser tests' and the benchmark's server: the demo server ({@link DemoServer}: {@code /},
 * {@code /dist/}, {@code /mock/}, {@code /examples/<name>/}) on free ports, plus an attacker origin
 * {@code http://127.0.0.1:R} next to the host {@code http://localhost:P} and the CTI
 * {@code http://127.0.0.1:Q}. Every origin serves the same tree, the demo's and:
 *
 * <ul>
 *   <li>{@code /test-pages/} → {@code test-pages/} (the pages the browser tests use)
 *   <li>{@code /npm/} → {@code target/npm/consumer/} (the throwaway project of the package tests)
 *   <li>{@code /recipes/} → {@code target/recipes/} (the React and Vue recipes, once built by their test)
 *   <li>{@code /bench/} → {@code target/bench/} (the SDK bundles the benchmark loads)
 *   <li>{@code /bench-pages/} → {@code src/bench/pages/} (the benchmark's pages)
 *   <li>{@code /hang} → never answers within a test, for the ready-timeout test
 * </ul>
 *
 * Files named {@code *.csp.html} are sent with a strict Content-Security-Policy and Trusted Types;
 * {@code *.isolated.html} are cross-origin isolated (COOP/COEP), for precise timers. Any page
 * {@code x.html} is also served as {@code x.dev.html} with the development script in place of the
 * production one, so a test runs a page in both builds without a copy of it (the shipped phone page
 * too: {@code /dist/phone/phone.dev.html}). Likewise any page
 * {@code x.html} is served as {@code x.mic-none.html}, {@code x.mic-self.html} and
 * {@code x.mic-cti.html} (and {@code x.mic-none.dev.html} and so on) with the header
 * {@code Permissions-Policy: microphone=()}, {@code microphone=(self)} and
 * {@code microphone=(self "<CTI origin>")}, for the microphone_blocked warning (SPEC §14).
 *
 * <p>The servers start answering in DemoServer's constructor, before this one's has run: what the
 * overrides below read is static (or DemoServer's).
 */
final class TestServer extends DemoServer {
  /** The tests' folders, tried before the demo's (whose last, {@code /}, takes anything else). */
  private static final Map<String, String> FOLDERS = new LinkedHashMap<>();

  static {
    FOLDERS.put("/bench/", "target/bench");
    FOLDERS.put("/bench-pages/", "src/bench/pages");
    FOLDERS.put("/npm/", "target/npm/consumer");
    FOLDERS.put("/recipes/", "target/recipes");
    FOLDERS.put("/test-pages/", "test-pages");
  }

  /** The page-name parts that send a Permissions-Policy header, each as {@code .name.}. */
  private static final java.util.List<String> POLICIES = java.util.List.of(".mic-none.", ".mic-self.", ".mic-cti.");

  private final HttpServer attacker;

  /** Starts the host, CTI and attacker servers on free ports, serving {@code projectRoot}. */
  TestServer(Path projectRoot) throws IOException {
    super(projectRoot, 0, 0);
    this.attacker = start(0);
  }

  String attackerOrigin() {
    return "http://127.0.0.1:" + attacker.getAddress().getPort();
  }

  @Override
  protected Map<String, String> folders() {
    Map<String, String> all = new LinkedHashMap<>(FOLDERS);
    all.putAll(super.folders());
    return all;
  }

  @Override
  protected void answer(HttpExchange exchange, String path) throws IOException {
    if (path.equals("/hang")) {
      sleep(120_000);
      return;
    }
    super.answer(exchange, path);
  }

  /** A page {@code x.dev.html} is the file {@code x.html}; see {@link #prepare}. */
  @Override
  protected Path resolve(String path) {
    String file = development(path) ? path.replace(".dev.", ".") : path;
    for (String policy : POLICIES) {
      if (file.endsWith(".html")) {
        file = file.replace(policy, ".");
      }
    }
    return super.resolve(file);
  }

  @Override
  protected byte[] prepare(HttpExchange exchange, String path, Path file, byte[] body) {
    String name = file.getFileName().toString();
    if (name.endsWith(".csp.html")) {
      exchange.getResponseHeaders().set("Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; frame-src http://127.0.0.1:*;"
              + " require-trusted-types-for 'script'; trusted-types 'none'");
    }
    if (name.endsWith(".isolated.html")) {
      // Cross-origin isolation, so performance.now() has 5 µs rather than 100 µs resolution.
      exchange.getResponseHeaders().set("Cross-Origin-Opener-Policy", "same-origin");
      exchange.getResponseHeaders().set("Cross-Origin-Embedder-Policy", "require-corp");
    }
    if (path.endsWith(".html")) {
      String policy = path.contains(".mic-none.") ? "microphone=()"
          : path.contains(".mic-self.") ? "microphone=(self)"
          : path.contains(".mic-cti.") ? "microphone=(self \"" + ctiOrigin() + "\")" : null;
      if (policy != null) {
        exchange.getResponseHeaders().set("Permissions-Policy", policy);
      }
    }
    if (development(path)) {
      body = new String(body, StandardCharsets.UTF_8).replace("/dist/dialpad-cti.js", "/dist/dialpad-cti.dev.js")
          // The shipped phone page (/dist/phone/phone.html) loads the script by a relative path.
          .replace("\"../dialpad-cti.js\"", "\"../dialpad-cti.dev.js\"")
          .getBytes(StandardCharsets.UTF_8);
    }
    return body;
  }

  private static boolean development(String path) {
    return path.contains(".dev.") && path.endsWith(".html");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    super.close();
    attacker.stop(0);
  }
}
