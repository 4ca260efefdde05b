package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;

/**
 * target/dist as real consumers meet it: {@code npm pack}, installed into a throwaway project with
 * TypeScript and esbuild, then imported by Node, type-checked, bundled and run in Chromium, and loaded by a
 * script tag.
 */
class NpmPackageIT extends BrowserTest {
  static final String TYPESCRIPT = "typescript@5.9.3";
  static final String ESBUILD = "esbuild@0.28.2";
  static final Path NPM = Path.of("target/npm").toAbsolutePath();
  static final Path CONSUMER = NPM.resolve("consumer");
  static final Path FIXTURES = Path.of("src/it/ts").toAbsolutePath();

  /** The tarball the build writes (src/build/Pack.java), which README tells users to install. */
  static final Path TARBALL = Path.of("target/dialpad-cti-" + System.getProperty("project.version") + ".tgz");

  private static List<Map<String, Object>> packedFiles;

  @BeforeAll
  static void packAndInstall() throws Exception {
    deleteTree(NPM);
    Files.createDirectories(CONSUMER);
    // What npm would pack, to check the build's own tarball against; users install the latter.
    String packed = run(Path.of("target/dist"), "npm", "pack", "--dry-run", "--json");
    List<Map<String, Object>> info = new Json().toType(packed.substring(packed.indexOf('[')), Json.LIST_OF_MAPS_TYPE);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> files = (List<Map<String, Object>>) info.get(0).get("files");
    packedFiles = files;
    String tarball = TARBALL.toAbsolutePath().toString();
    Files.writeString(CONSUMER.resolve("package.json"), "{\"private\": true, \"type\": \"module\"}\n");
    try (Stream<Path> fixtures = Files.list(FIXTURES)) {
      for (Path f : fixtures.toList()) {
        Files.copy(f, CONSUMER.resolve(f.getFileName()));
      }
    }
    run(CONSUMER, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error", tarball, TYPESCRIPT, ESBUILD);
  }


  @Test
  void thePackageHoldsTheDocumentedFiles() throws IOException {
    List<String> names = packedFiles.stream().map(f -> (String) f.get("path")).sorted().toList();
    assertEquals(List.of("LICENSE", "README.md", "dialpad-cti.d.ts", "dialpad-cti.dev.js", "dialpad-cti.dev.js.map",
        "dialpad-cti.dev.mjs", "dialpad-cti.js", "dialpad-cti.mjs", "mock/mock-cti.css", "mock/mock-cti.html",
        "mock/mock-cti.js", "mock/mock-rules.js", "mock/server.mjs", "package.json", "phone/phone.css",
        "phone/phone.html", "phone/phone.js", "script.d.ts"), names);
    String text = Files.readString(CONSUMER.resolve("node_modules/dialpad-cti/package.json"));
    Map<String, Object> pkg = new Json().toType(text, Json.MAP_TYPE);
    assertEquals(System.getProperty("project.version"), pkg.get("version"), "the version comes from the pom");
    assertEquals("module", pkg.get("type"));
    assertEquals("./dialpad-cti.d.ts", pkg.get("types"));
    assertEquals(List.of("./dialpad-cti.js", "./dialpad-cti.dev.js"), pkg.get("sideEffects"));
    Map<?, ?> exports = (Map<?, ?>) pkg.get("exports");
    assertEquals(Map.of(
        ".", Map.of("types", "./dialpad-cti.d.ts", "development", "./dialpad-cti.dev.mjs",
            "default", "./dialpad-cti.mjs"),
        "./script", Map.of("types", "./script.d.ts", "default", "./dialpad-cti.js"),
        "./script-dev", Map.of("types", "./script.d.ts", "default", "./dialpad-cti.dev.js"),
        "./mock/*", "./mock/*",
        "./phone/*", "./phone/*",
        "./package.json", "./package.json"), exports);
    assertEquals(Map.of("dialpad-cti-mock", "./mock/server.mjs"), pkg.get("bin"));
    // A CDN's default file goes in a classic <script> tag: the script build, not the ES module.
    assertEquals("./dialpad-cti.js", pkg.get("unpkg"));
    assertEquals("./dialpad-cti.js", pkg.get("jsdelivr"));
    // Node and bundlers take the first condition that matches, so the order matters; the parsed map may not keep it.
    assertTrue(text.indexOf("\"types\"", text.indexOf("\"exports\"")) < text.indexOf("\"development\"")
        && text.indexOf("\"development\"") < text.indexOf("\"default\""), "types, development, default in that order");
    System.out.println("npm package: " + packedFiles.stream().map(f -> f.get("path") + " " + f.get("size") + " B").toList());
  }

  /** What src/it/ts/node-import.mjs saw importing the package in Node, with or without the development condition. */
  static Map<String, Object> importInNode(boolean development) throws Exception {
    String out = development ? run(CONSUMER, "node", "--conditions=development", "node-import.mjs")
        : run(CONSUMER, "node", "node-import.mjs");
    return new Json().toType(out.substring(out.indexOf('{')), Json.MAP_TYPE);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void nodeImportsTheModuleWithoutAGlobalOrTheDom(boolean development) throws Exception {
    Map<String, Object> seen = importInNode(development);
    List<String> statics = List.of("connect", "debug", "defineElement", "hostPhone", "instances", "isError", "mount",
        "toE164", "version");
    assertEquals(statics, seen.get("named"), "named exports");
    assertEquals(statics, seen.get("defaultMembers"), "members of the default export");
    assertEquals(true, seen.get("sameMembers"), "the named exports are the default export's members");
    assertEquals(System.getProperty("project.version"), seen.get("version"));
    assertEquals("0", String.valueOf(seen.get("instances")), "instances");
    assertEquals("undefined", seen.get("globalDialpadCti"));
    assertEquals(List.of(), seen.get("newGlobals"), "own properties the import added to globalThis");
    assertEquals(List.of(), seen.get("touchedByImport"), "browser globals the import read");
    assertEquals("nothing", seen.get("defineOnServer"), "defineElement() on a server");
    assertEquals(List.of(), seen.get("touchedByDefine"), "browser globals defineElement() read on a server");
    Map<?, ?> resolved = (Map<?, ?>) seen.get("resolved");
    String dist = CONSUMER.resolve("node_modules/dialpad-cti").toUri().toString();
    assertEquals(dist + (development ? "dialpad-cti.dev.mjs" : "dialpad-cti.mjs"), resolved.get("module"));
    assertEquals(dist + "dialpad-cti.js", resolved.get("script"));
    assertEquals(dist + "dialpad-cti.dev.js", resolved.get("scriptDev"));
    // The file name alone does not prove which build runs: its messages do.
    String message = (String) ((Map<?, ?>) seen.get("error")).get("message");
    assertEquals(development, message.contains("must be a boolean"), message);
    assertEquals(!development, message.contains("invalid_argument: debug 'x'"), message);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void inNodeTooAStaticThrowsADialpadCtiErrorBeforeAnyMount(boolean development) throws Exception {
    Map<?, ?> error = (Map<?, ?>) importInNode(development).get("error");
    assertNotNull(error, "debug('x') threw nothing");
    assertEquals(true, error.get("isError"), error.toString());
    assertEquals("DialpadCtiError", error.get("name"), error.toString());
    assertEquals("invalid_argument", error.get("code"), error.toString());
    if (!development) {
      assertEquals("invalid_argument: debug 'x'", error.get("message"));
    }
    assertEquals(Map.of("name", "DialpadCtiError", "code", "invalid_argument", "message", error.get("message")),
        error.get("json"), "JSON.stringify(e)");
    assertEquals("DialpadCtiError: " + error.get("message"), error.get("stack"));
  }

  @Test
  void anExampleUsingEveryMemberTypeChecksWithStrict() throws Exception {
    run(CONSUMER, "node_modules/.bin/tsc", "-p", "tsconfig.json");
  }

  /** A script (no import or export) typed by the reference to dialpad-cti/script, under either resolution. */
  @ParameterizedTest
  @ValueSource(strings = {"nodenext", "bundler"})
  void theScriptGlobalTypeChecksWithStrict(String resolution) throws Exception {
    run(CONSUMER, "node_modules/.bin/tsc", "--strict", "--noEmit", "--target", "es2020", "--lib", "es2020,dom",
        "--module", resolution.equals("bundler") ? "preserve" : resolution, "--moduleResolution", resolution,
        "script-global.ts");
  }

  static Stream<String> mistakes() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("bad-")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("mistakes")
  void wrongCallsFailToCompile(String file) throws Exception {
    String source = Files.readString(FIXTURES.resolve(file));
    String expected = source.substring(source.indexOf("// expect: ") + 11, source.indexOf('\n', source.indexOf("// expect: "))).trim();
    Result result = exec(CONSUMER, "node_modules/.bin/tsc", "--strict", "--noEmit", "--target", "es2020",
        "--module", "nodenext", "--moduleResolution", "nodenext", "--lib", "es2020,dom", file);
    assertNotEquals(0, result.exit, file + " compiled, but it must not");
    assertTrue(result.output.contains(file) && result.output.contains("error TS") && result.output.contains(expected),
        file + " failed for another reason than expected (" + expected + "):\n" + result.output);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void esbuildBundlesAnImportOfThePackageAndItMountsTheCti(boolean development) throws Exception {
    List<String> command = new ArrayList<>(List.of("node_modules/.bin/esbuild", "app.mjs", "--bundle", "--minify",
        "--format=esm", "--outfile=out/app.js"));
    if (development) {
      command.add("--conditions=development");
    }
    run(CONSUMER, command.toArray(String[]::new));
    assertEquals(development, Files.readString(CONSUMER.resolve("out/app.js")).contains("did you mean"),
        "only the development build has the how-to-fix hints");
    browser.open("bundled.html");
    browser.waitUntil("window.__bundled");
    assertEquals(Map.of("version", System.getProperty("project.version"), "sameMount", true, "ready", true),
        browser.map("return __bundled"));
    assertEquals(List.of(), browser.pageErrors());
  }

  @Test
  void aPlainScriptTagFromTheInstalledPackageWorks() {
    browser.open("installed-script.html");
    browser.await("await cti.once('ready')");
    WebElement frame = (WebElement) browser.js("return cti.iframe");
    browser.waitForFrame(frame);
    browser.inFrame(frame, "post(envelope('call_ringing', {state: 'on'}))");
    browser.waitUntil("cti.state.ringing");
    assertEquals(List.of(), browser.pageErrors());
  }

  record Result(int exit, String output) {}

  static String run(Path dir, String... command) throws Exception {
    Result result = exec(dir, command);
    if (result.exit != 0) {
      throw new AssertionError(String.join(" ", command) + " failed (" + result.exit + "):\n" + result.output);
    }
    return result.output;
  }

  static Result exec(Path dir, String... command) throws Exception {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " timed out");
    }
    return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  /**
   * An integrator's project from src/examples, as its user would have it: copied to {@code work},
   * with the build's tarball as its {@code dialpad-cti.tgz} dependency, and npm-installed.
   */
  static void installExample(Path from, Path work) throws Exception {
    deleteTree(work);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = work.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    Files.copy(TARBALL, work.resolve("dialpad-cti.tgz"));
    run(work, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error");
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.forEach(paths::add);
    }
    for (int i = paths.size() - 1; i >= 0; i--) {
      Files.delete(paths.get(i));
    }
  }

  @Test
  void theMockBinServesTheMockAndStopsOnSigterm() throws Exception {
    Path bin = CONSUMER.resolve("node_modules/.bin/dialpad-cti-mock");
    assertTrue(Files.isExecutable(bin), "npm linked the bin");
    Process mock = new ProcessBuilder(bin.toString(), "--port", "0", "--host", "127.0.0.1")
        .directory(CONSUMER.toFile()).redirectErrorStream(true).start();
    try {
      java.io.BufferedReader out = new java.io.BufferedReader(
          new java.io.InputStreamReader(mock.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertTrue(line != null && line.matches("Mock Dialpad CTI: http://127\\.0\\.0\\.1:\\d+/mock-cti\\.html"), line);
      String url = line.substring(line.indexOf("http"));
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      java.net.http.HttpResponse<String> page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
          .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertEquals(Files.readString(Path.of("target/dist/mock/mock-cti.html")), page.body(), "the shipped file");
      assertEquals("text/html; charset=utf-8", page.headers().firstValue("content-type").orElse(""));
      for (String path : List.of("/server.mjs", "/../package.json", "/%2e%2e/package.json", "/nothing.html")) {
        int status = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url.replace("/mock-cti.html", path)))
            .build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(404, status, path);
      }
      int undecodable = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
          url.replace("/mock-cti.html", "/%E0%A4x"))).build(), java.net.http.HttpResponse.BodyHandlers.discarding())
          .statusCode();
      assertEquals(400, undecodable, "a path that is not UTF-8 is refused, and the server lives on");
      assertEquals(200, http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
      mock.destroy();   // SIGTERM
      assertTrue(mock.waitFor(10, TimeUnit.SECONDS), "stopped on SIGTERM");
      assertEquals(0, mock.exitValue());
    } finally {
      mock.destroyForcibly();
    }
  }

  @Test
  void theMockBinRefusesABadPort() throws Exception {
    Result result = exec(CONSUMER, "node_modules/.bin/dialpad-cti-mock", "--port", "http");
    assertEquals(2, result.exit(), result.output());
    assertTrue(result.output().contains("--port must be a number"), result.output());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--prot|9999", "--port| ", "--port=", "--port", "--host|", "--host= ", "9999", "-p|9999",
      "--port|8089|--verbose"})
  void theMockBinRefusesUnknownFlagsAndBlankValuesWithItsUsage(String args) throws Exception {
    List<String> command = new ArrayList<>(List.of("node_modules/.bin/dialpad-cti-mock"));
    command.addAll(List.of(args.split("\\|", -1)));
    Result result = exec(CONSUMER, command.toArray(String[]::new));
    assertEquals(2, result.exit(), args + ": " + result.output());
    assertTrue(result.output().contains("Usage: dialpad-cti-mock [--port 8089] [--host 127.0.0.1]"), result.output());
    assertFalse(result.output().contains("Mock Dialpad CTI:"), "nothing started: " + result.output());
  }

  @Test
  void theMockBinNamesPortWhenItsPortIsTaken() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      Result result = exec(CONSUMER, "node_modules/.bin/dialpad-cti-mock", "--port",
          String.valueOf(taken.getLocalPort()));
      assertEquals(1, result.exit(), result.output());
      assertTrue(result.output().contains("port " + taken.getLocalPort() + " is in use")
          && result.output().contains("--port"), result.output());
    }
  }

  @Test
  void theMockBinsDefaultPortIsNotTheDemos() throws Exception {
    Result help = exec(CONSUMER, "node_modules/.bin/dialpad-cti-mock", "--help");
    assertEquals(0, help.exit(), help.output());
    assertTrue(help.output().contains("[--port 8089]"), help.output());
    // The demo's mock CTI is on 8081 (README's demo command): the bin must not collide with it.
    assertFalse(help.output().contains("8081"), help.output());
  }

  @Test
  void thePackagesReadmeSpeaksJavaScriptAndEveryLinkResolves() throws Exception {
    Path dir = CONSUMER.resolve("node_modules/dialpad-cti");
    String readme = Files.readString(dir.resolve("README.md"));
    assertTrue(readme.contains("npm install ./" + TARBALL.getFileName()) && readme.contains("dialpad-cti-mock")
        && readme.contains("https://unpkg.com/dialpad-cti/dialpad-cti.js"), "install (the tarball), CDN and mock");
    for (String word : List.of("mvn", "pom.xml", "Maven", "src/main", "J2CL", "GWT")) {
      assertTrue(!readme.contains(word), "the package README is for JavaScript users, not about " + word);
    }
    java.util.regex.Matcher links = java.util.regex.Pattern.compile("\\]\\(([^)\\s]+)").matcher(readme);
    int checked = 0;
    while (links.find()) {
      String target = links.group(1);
      checked++;
      assertTrue(target.startsWith("https://") || target.startsWith("#") || Files.exists(dir.resolve(target)),
          "README link resolves inside the package or is absolute: " + target);
    }
    System.out.println("package README: " + checked + " links checked");
  }

  @Test
  void theJarShipsTheSameMockAndPhonePageUnderMetaInfResources() throws Exception {
    Path jar;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      jar = files.filter(f -> f.getFileName().toString().matches("dialpad-cti-[\\d.]+(-SNAPSHOT)?\\.jar")).findFirst()
          .orElseThrow();
    }
    List<String> names = new ArrayList<>();
    try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
      // The phone page loads ../dialpad-cti.js, so the jar serves the script beside it.
      List<Path> shipped = new ArrayList<>(List.of(Path.of("target/dist/dialpad-cti.js")));
      for (String folder : List.of("mock", "phone")) {
        try (Stream<Path> files = Files.list(Path.of("target/dist", folder))) {
          shipped.addAll(files.sorted().toList());
        }
      }
      for (Path one : shipped) {
        String name = "META-INF/resources/dialpad-cti/" + Path.of("target/dist").relativize(one).toString().replace('\\', '/');
        java.util.jar.JarEntry entry = file.getJarEntry(name);
        assertNotNull(entry, name);
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(one), file.getInputStream(entry).readAllBytes()),
            name + " is the npm package's file");
        names.add(name);
      }
    }
    assertEquals(9, names.size(), names.toString());
    assertTrue(names.contains("META-INF/resources/dialpad-cti/phone/phone.html"), names.toString());
  }

  @Test
  void theBuildsTarballHoldsWhatNpmPackWouldAndInstalls() throws IOException {
    Map<String, byte[]> entries = new java.util.TreeMap<>();
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(TARBALL))) {
      byte[] header = new byte[512];
      while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
        String name = new String(header, 0, 100, java.nio.charset.StandardCharsets.UTF_8).replace("\0", "");
        String prefix = new String(header, 345, 155, java.nio.charset.StandardCharsets.UTF_8).replace("\0", "");
        int size = Integer.parseInt(new String(header, 124, 11, java.nio.charset.StandardCharsets.US_ASCII).trim(), 8);
        entries.put(prefix.isEmpty() ? name : prefix + "/" + name, in.readNBytes(size));
        in.readNBytes((512 - size % 512) % 512);
      }
    }
    List<String> npm = packedFiles.stream().map(f -> "package/" + f.get("path")).sorted().toList();
    assertEquals(npm, List.copyOf(entries.keySet()), "the same files as npm pack");
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      assertTrue(java.util.Arrays.equals(Files.readAllBytes(Path.of("target/dist")
          .resolve(e.getKey().substring("package/".length()))), e.getValue()), e.getKey());
    }
    // The consumer project installed this very file (packAndInstall).
    assertTrue(Files.readString(CONSUMER.resolve("package.json")).contains(TARBALL.getFileName().toString()),
        Files.readString(CONSUMER.resolve("package.json")));
  }
}
