package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;

/**
 * target/dist as real consumers meet it: {@code npm pack}, installed into a throwaway project with
 * TypeScript and esbuild, then type-checked, bundled and run in Chromium, and loaded by a script tag.
 */
class NpmPackageIT extends BrowserTest {
  static final String TYPESCRIPT = "typescript@5.9.3";
  static final String ESBUILD = "esbuild@0.28.2";
  static final Path NPM = Path.of("target/npm").toAbsolutePath();
  static final Path CONSUMER = NPM.resolve("consumer");
  static final Path FIXTURES = Path.of("src/test/ts").toAbsolutePath();

  private static List<Map<String, Object>> packedFiles;

  @BeforeAll
  static void packAndInstall() throws Exception {
    deleteTree(NPM);
    Files.createDirectories(CONSUMER);
    String packed = run(Path.of("target/dist"), "npm", "pack", "--json", "--pack-destination", NPM.toString());
    List<Map<String, Object>> info = new Json().toType(packed.substring(packed.indexOf('[')), Json.LIST_OF_MAPS_TYPE);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> files = (List<Map<String, Object>>) info.get(0).get("files");
    packedFiles = files;
    String tarball = NPM.resolve((String) info.get(0).get("filename")).toString();
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
    assertEquals(List.of("LICENSE", "README.md", "dialpad-cti.d.ts", "dialpad-cti.debug.js",
        "dialpad-cti.debug.js.map", "dialpad-cti.js", "dialpad-cti.mjs", "package.json"), names);
    Map<String, Object> pkg = new Json().toType(
        Files.readString(CONSUMER.resolve("node_modules/dialpad-cti/package.json")), Json.MAP_TYPE);
    assertEquals(System.getProperty("project.version"), pkg.get("version"), "the version comes from the pom");
    assertEquals("module", pkg.get("type"));
    assertEquals("./dialpad-cti.d.ts", pkg.get("types"));
    System.out.println("npm package: " + packedFiles.stream().map(f -> f.get("path") + " " + f.get("size") + " B").toList());
  }

  @Test
  void anExampleUsingEveryMemberTypeChecksWithStrict() throws Exception {
    run(CONSUMER, "node_modules/.bin/tsc", "-p", "tsconfig.json");
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

  @Test
  void esbuildBundlesAnImportOfThePackageAndItMountsTheCti() throws Exception {
    run(CONSUMER, "node_modules/.bin/esbuild", "app.mjs", "--bundle", "--minify", "--format=esm",
        "--outfile=out/app.js");
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
}
