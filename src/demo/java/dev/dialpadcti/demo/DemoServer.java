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
 * Serves the demo on two loopback origins: the host page on {@code http://localhost:P} and the
 * mock CTI on {@code http://127.0.0.1:Q}. Both origins serve the same tree:
 *
 * <ul>
 *   <li>{@code /} → {@code war/} (the demo's pages: {@code index.html} the contacts, {@code calls.html}
 *       the call log, {@code element.html} the CTI as a {@code <dialpad-cti>} element and nothing else)
 *   <li>{@code /dist/} → {@code target/dist/} (the built library, with the phone page the demo pops
 *       out, {@code /dist/phone/phone.html}: served from the host's own origin, as it must be)
 *   <li>{@code /mock/} → {@code target/dist/mock/} (the mock CTI, as the npm package ships it)
 *   <li>{@code /examples/<name>/} → {@code target/examples/<name>/target/www/} (the Java example
 *       apps, once {@code mvn verify} has built them; README, "Java")
 *   <li>{@code /demo-config.js} → written by the server ({@link #config()}): the mock CTI's origin, as
 *       this server listens on it, for the demo's pages
 * </ul>
 *
 * The browser tests' server ({@code dev.dialpadcti.TestServer}, in {@code src/it/java}) is this one
 * with more folders, routes and headers: it overrides {@link #folders()}, {@link #resolve},
 * {@link #answer} and {@link #prepare}.
 */
public class DemoServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "mjs", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "json", "application/json",
      "png", "image/png",
      "svg", "image/svg+xml",
      "ts", "text/plain; charset=utf-8");

  /** The project's folder, which the served folders are relative to. */
  protected final Path root;
  private final HttpServer host;
  private volatile HttpServer cti;

  /** Starts the servers; port 0 picks a free port. */
  public DemoServer(Path projectRoot, int hostPort, int ctiPort) throws IOException {
    this.root = projectRoot.toAbsolutePath().normalize();
    this.host = start(hostPort);
    this.cti = start(ctiPort);
  }

  public String hostOrigin() {
    return "http://localhost:" + host.getAddress().getPort();
  }

  public String ctiOrigin() {
    return "http://127.0.0.1:" + cti.getAddress().getPort();
  }

  /** Starts one more loopback server on {@code port} (0: a free one) that answers as this one does. */
  protected final HttpServer start(int port) throws IOException {
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
      answer(exchange, URI.create(exchange.getRequestURI().getRawPath()).getPath());
    }
  }

  /** Answers a request for {@code path}: the file {@link #resolve} maps it to, or 404. */
  protected void answer(HttpExchange exchange, String path) throws IOException {
    if (path.equals(CONFIG)) {
      send(exchange, 200, TYPES.get("js"), config().getBytes(StandardCharsets.UTF_8));
      return;
    }
    Path file = resolve(path);
    if (file == null || !Files.isRegularFile(file)) {
      send(exchange, 404, "text/plain", ("not found: " + path).getBytes(StandardCharsets.UTF_8));
      return;
    }
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1);
    byte[] body = Files.readAllBytes(file);
    if (extension.equals("html")) {
      body = withMockOrigin(body);
    }
    body = prepare(exchange, path, file, body);
    send(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), body);
  }

  /** The demo pages' configuration script, written by the server: see {@link #config()}. */
  public static final String CONFIG = "/demo-config.js";

  /**
   * What the demo's pages learn from the server before demo.js runs: the origin its mock CTI
   * actually listens on ({@link #ctiOrigin()}), so that the pages never guess it from their own port.
   */
  protected String config() {
    // The servers answer from DemoServer's constructor on; the CTI's may not have started yet.
    String origin = cti == null ? null : ctiOrigin();
    return "// Written by " + getClass().getSimpleName() + ": where this server's mock CTI listens.\n"
        + "window.demoConfig = Object.freeze({ctiOrigin: " + (origin == null ? "null" : "'" + origin + "'") + "});\n";
  }

  /** The mock CTI's origin when the demo runs on its default ports, which plain-HTML pages name. */
  public static final String DEFAULT_MOCK_ORIGIN = "http://127.0.0.1:8081";

  /**
   * A page as sent: {@link #DEFAULT_MOCK_ORIGIN} becomes the origin this server's mock CTI listens
   * on, so a page with no script of its own (war/element.html) works on any ports.
   */
  private byte[] withMockOrigin(byte[] body) {
    String origin = cti == null ? DEFAULT_MOCK_ORIGIN : ctiOrigin();
    return origin.equals(DEFAULT_MOCK_ORIGIN) ? body
        : new String(body, StandardCharsets.UTF_8).replace(DEFAULT_MOCK_ORIGIN, origin).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The body to send for {@code file}, found for {@code path}; may also set response headers. The
   * demo sends files as they are.
   */
  protected byte[] prepare(HttpExchange exchange, String path, Path file, byte[] body) {
    return body;
  }

  /** URL prefixes and the folders they serve, first match wins; anything else is the demo, war/. */
  private static final Map<String, String> FOLDERS = new LinkedHashMap<>();

  static {
    FOLDERS.put("/dist/", "target/dist");
    FOLDERS.put("/mock/", "target/dist/mock");
    FOLDERS.put("/", "war");
  }

  /**
   * URL prefixes and the folders (relative to the project) they serve, in the order they are tried;
   * the last, {@code /}, takes anything else.
   */
  protected Map<String, String> folders() {
    return FOLDERS;
  }

  /** Maps a request path into the served folders, refusing anything that escapes them. */
  protected Path resolve(String path) {
    if (path.startsWith("/examples/")) {
      // /examples/<name>/<rest>: the app that example <name>'s own build wrote.
      int slash = path.indexOf('/', "/examples/".length());
      Path examples = root.resolve("target/examples");
      Path base = slash < 0 ? null
          : examples.resolve(path.substring("/examples/".length(), slash)).resolve("target/www").normalize();
      if (base == null || !base.startsWith(examples)) {
        return null;
      }
      return within(base, path.substring(slash + 1));
    }
    for (Map.Entry<String, String> folder : folders().entrySet()) {
      if (path.startsWith(folder.getKey())) {
        return within(root.resolve(folder.getValue()), path.substring(folder.getKey().length()));
      }
    }
    return null;
  }

  /** {@code rest} inside {@code base}, or null if it escapes it; a folder's page is its index.html. */
  private static Path within(Path base, String rest) {
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

  @Override
  public void close() {
    host.stop(0);
    cti.stop(0);
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
    DemoServer server = new DemoServer(Path.of("."), hostPort, ctiPort);
    System.out.println("dialpad-cti demo");
    System.out.println("  host page (open this): " + server.hostOrigin() + "/  (and /calls.html)");
    System.out.println("  mock CTI:              " + server.ctiOrigin() + "/mock/mock-cti.html");
    System.out.println("Press Ctrl-C to stop.");
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    Thread.currentThread().join();
  }
}
