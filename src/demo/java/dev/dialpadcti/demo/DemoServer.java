package dev.dialpadcti.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves the project on several loopback origins: the host page on {@code http://localhost:P},
 * the CTI (mock or stand-in) on {@code http://127.0.0.1:Q}, and optionally an attacker on
 * {@code http://127.0.0.1:R}. Every origin serves the same tree:
 *
 * <ul>
 *   <li>{@code /} → {@code war/} (the demo host page)
 *   <li>{@code /dist/} → {@code target/dist/} (the built library)
 *   <li>{@code /mock/} → {@code target/dist/mock/} (the mock CTI, as the npm package ships it)
 *   <li>{@code /test-pages/} → {@code test-pages/} (the pages the browser tests use)
 *   <li>{@code /npm/} → {@code target/npm/consumer/} (the throwaway project of the package tests)
 *   <li>{@code /bench/} → {@code target/bench/} (the SDK bundles the benchmarks load)
 *   <li>{@code /recipes/} → {@code target/recipes/} (the React and Vue recipes, once built by their test)
 *   <li>{@code /examples/<name>/} → {@code target/examples/<name>/target/www/} (the Java example
 *       apps, once {@code mvn verify} has built them)
 *   <li>{@code /hang} → never answers within a test, for the ready-timeout test
 * </ul>
 *
 * Files named {@code *.csp.html} are sent with a strict Content-Security-Policy and Trusted Types;
 * {@code *.isolated.html} are cross-origin isolated (COOP/COEP), for precise timers. Any page
 * {@code x.html} is also served as {@code x.dev.html} with the development script in place of the
 * production one, so a test runs a page in both builds without a copy of it.
 */
public final class DemoServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "mjs", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "json", "application/json",
      "png", "image/png",
      "svg", "image/svg+xml",
      "ts", "text/plain; charset=utf-8");

  private final Path root;
  private final HttpServer host;
  private final HttpServer cti;
  private final HttpServer attacker;

  /** Starts the servers; port 0 picks a free port. */
  public DemoServer(Path projectRoot, int hostPort, int ctiPort, int attackerPort) throws IOException {
    this.root = projectRoot.toAbsolutePath().normalize();
    this.host = start(hostPort);
    this.cti = start(ctiPort);
    this.attacker = attackerPort < 0 ? null : start(attackerPort);
  }

  public String hostOrigin() {
    return "http://localhost:" + host.getAddress().getPort();
  }

  public String ctiOrigin() {
    return "http://127.0.0.1:" + cti.getAddress().getPort();
  }

  public String attackerOrigin() {
    return "http://127.0.0.1:" + attacker.getAddress().getPort();
  }

  private HttpServer start(int port) throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "dev-server");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::handle);
    server.start();
    return server;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
      if (path.equals("/hang")) {
        sleep(120_000);
        return;
      }
      boolean dev = path.contains(".dev.") && path.endsWith(".html");
      Path file = resolve(dev ? path.replace(".dev.", ".") : path);
      if (file == null || !Files.isRegularFile(file)) {
        send(exchange, 404, "text/plain", ("not found: " + path).getBytes(StandardCharsets.UTF_8));
        return;
      }
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
      String extension = name.substring(name.lastIndexOf('.') + 1);
      byte[] body = Files.readAllBytes(file);
      if (dev) {
        body = new String(body, StandardCharsets.UTF_8).replace("/dist/dialpad-cti.js", "/dist/dialpad-cti.dev.js")
            .getBytes(StandardCharsets.UTF_8);
      }
      send(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), body);
    }
  }

  /** URL prefixes and the folders they serve, first match wins; anything else is the demo, war/. */
  private static final Map<String, String> FOLDERS = new LinkedHashMap<>();

  static {
    FOLDERS.put("/dist/", "target/dist");
    FOLDERS.put("/bench/", "target/bench");
    FOLDERS.put("/npm/", "target/npm/consumer");
    FOLDERS.put("/recipes/", "target/recipes");
    FOLDERS.put("/mock/", "target/dist/mock");
    FOLDERS.put("/test-pages/", "test-pages");
    FOLDERS.put("/", "war");
  }

  /** Maps a request path into the served folders, refusing anything that escapes them. */
  private Path resolve(String path) {
    Path base = null;
    String rest = null;
    if (path.startsWith("/examples/")) {
      // /examples/<name>/<rest>: the app that example <name>'s own build wrote.
      int slash = path.indexOf('/', "/examples/".length());
      Path examples = root.resolve("target/examples");
      base = slash < 0 ? null
          : examples.resolve(path.substring("/examples/".length(), slash)).resolve("target/www").normalize();
      if (base == null || !base.startsWith(examples)) {
        return null;
      }
      rest = path.substring(slash + 1);
    } else {
      for (Map.Entry<String, String> folder : FOLDERS.entrySet()) {
        if (path.startsWith(folder.getKey())) {
          base = root.resolve(folder.getValue());
          rest = path.substring(folder.getKey().length());
          break;
        }
      }
    }
    // A folder's page is its index.html, in every served tree.
    if (rest.isEmpty() || rest.endsWith("/")) {
      rest += "index.html";
    }
    Path file = base.resolve(rest).normalize();
    return file.startsWith(base) ? file : null;
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
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
    host.stop(0);
    cti.stop(0);
    if (attacker != null) {
      attacker.stop(0);
    }
  }

  /**
   * The demo (README): {@code mvn -B -DskipTests package exec:java@demo}; other ports with
   * {@code -Ddemo.hostPort=9090 -Ddemo.ctiPort=9091} (or as two arguments). Prints the URL to open;
   * Ctrl-C stops it.
   */
  public static void main(String[] args) throws Exception {
    // System properties, not exec.args: that property would also reach the build's own exec step.
    int hostPort = Integer.parseInt(args.length > 0 ? args[0] : System.getProperty("demo.hostPort", "8080"));
    int ctiPort = Integer.parseInt(args.length > 1 ? args[1] : System.getProperty("demo.ctiPort", "8081"));
    if (!Files.isRegularFile(Path.of("target/dist/dialpad-cti.js"))) {
      System.err.println("target/dist/dialpad-cti.js is missing: run `mvn -B -DskipTests package exec:java@demo`.");
      System.exit(1);
    }
    DemoServer server = new DemoServer(Path.of("."), hostPort, ctiPort, -1);
    System.out.println("dialpad-cti demo");
    System.out.println("  host page (open this): " + server.hostOrigin() + "/");
    System.out.println("  mock CTI:              " + server.ctiOrigin() + "/mock/mock-cti.html");
    System.out.println("Press Ctrl-C to stop.");
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    Thread.currentThread().join();
  }
}
