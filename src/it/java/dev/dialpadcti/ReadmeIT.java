package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the READMEs say, checked against the build, so that they cannot go stale: the size the main
 * README claims, the install path (the tarball the build writes), and every TypeScript snippet of
 * both READMEs, compiled with {@code tsc --strict} as Vite's react-ts template sets it up, against
 * the installed package.
 */
class ReadmeIT {
  static final Path README = Path.of("README.md");
  static final Path PACKAGE_README = Path.of("src/main/js/README.md");
  static final Path PROJECT = Path.of("target/readme").toAbsolutePath();
  static final String REACT = "react@19.2.9";
  static final String REACT_TYPES = "@types/react@19.3.2";
  /** A fenced TypeScript block: its language and its text. */
  static final Pattern SNIPPET = Pattern.compile("(?ms)^```(ts|tsx)\\n(.*?)^```");

  @BeforeAll
  static void install() throws Exception {
    NpmPackageIT.deleteTree(PROJECT);
    Files.createDirectories(PROJECT);
    Files.writeString(PROJECT.resolve("package.json"), "{\"private\": true, \"type\": \"module\"}\n");
    // Vite's react-ts template (tsconfig.app.json), the setup a new user pastes the snippets into.
    Files.writeString(PROJECT.resolve("tsconfig.json"), "{\"compilerOptions\": {\"target\": \"ES2022\","
        + " \"lib\": [\"ES2022\", \"DOM\", \"DOM.Iterable\"], \"module\": \"ESNext\", \"moduleResolution\": \"bundler\","
        + " \"verbatimModuleSyntax\": true, \"moduleDetection\": \"force\", \"noEmit\": true, \"jsx\": \"react-jsx\","
        + " \"strict\": true, \"noUnusedLocals\": true, \"noUnusedParameters\": true, \"noFallthroughCasesInSwitch\": true,"
        + " \"skipLibCheck\": true}, \"include\": [\"*.ts\", \"*.tsx\"]}\n");
    NpmPackageIT.run(PROJECT, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error",
        NpmPackageIT.TARBALL.toAbsolutePath().toString(), NpmPackageIT.TYPESCRIPT, REACT, REACT_TYPES);
  }

  @Test
  void theSizeReadmeClaimsIsWithinTenPercentOfTheProductionScript() throws Exception {
    String head = String.join("\n", Files.readAllLines(README).subList(0, 15));
    Matcher claim = Pattern.compile("about (\\d+(?:\\.\\d+)?) kB gzipped").matcher(head);
    assertTrue(claim.find(), "README's first lines claim a size: " + head);
    double claimed = Double.parseDouble(claim.group(1)) * 1000;
    int actual = BundleSizeIT.gzip(Files.readAllBytes(Path.of("target/dist/dialpad-cti.js"))).length;
    assertTrue(Math.abs(claimed - actual) <= actual * 0.10,
        "README claims about " + claim.group(1) + " kB; dialpad-cti.js is " + actual + " B gzipped");
  }

  @Test
  void bothReadmesInstallTheBuildsTarballAndSayTheRegistryComesLater() throws Exception {
    String tarball = "npm install ./" + NpmPackageIT.TARBALL.getFileName();
    for (Path readme : List.of(README, PACKAGE_README)) {
      String text = Files.readString(readme);
      assertTrue(text.contains(tarball), readme + " says " + tarball);
      // A registry install or CDN address is fine only where the text says it applies once published.
      Matcher registry = Pattern.compile("npm install dialpad-cti\\b|unpkg\\.com/dialpad-cti|cdn\\.jsdelivr\\.net/npm/dialpad-cti")
          .matcher(text);
      while (registry.find()) {
        String around = text.substring(Math.max(0, registry.start() - 400), Math.min(text.length(), registry.end() + 400));
        assertTrue(around.contains("published"), readme + ": '" + registry.group() + "' without saying the package"
            + " must be published first: " + around);
      }
    }
  }

  @Test
  void bothReadmesShowTheSameReactHook() throws Exception {
    assertEquals(hook(README), hook(PACKAGE_README));
  }

  @Test
  void everyTypeScriptSnippetOfBothReadmesCompilesUnderStrict() throws Exception {
    List<String> files = new ArrayList<>();
    for (Path readme : List.of(README, PACKAGE_README)) {
      Matcher snippet = SNIPPET.matcher(Files.readString(readme));
      while (snippet.find()) {
        String name = (readme == README ? "readme-" : "package-readme-") + files.size() + "." + snippet.group(1);
        Files.writeString(PROJECT.resolve(name), snippet.group(2));
        files.add(name);
      }
    }
    assertTrue(files.size() >= 3, "snippets found: " + files);
    assertTrue(files.stream().anyMatch(f -> f.endsWith(".tsx")), "the React hook is among them: " + files);
    NpmPackageIT.Result tsc = NpmPackageIT.exec(PROJECT, "npx", "tsc", "-p", ".");
    assertEquals(0, tsc.exit(), "tsc --strict on " + files + ":\n" + tsc.output());
  }

  /** The README's React hook: the tsx block under "### React". */
  private static String hook(Path readme) throws Exception {
    String text = Files.readString(readme);
    int at = text.indexOf("### React\n");
    assertTrue(at >= 0, readme + " has a React section");
    Matcher snippet = SNIPPET.matcher(text);
    assertTrue(snippet.find(at) && "tsx".equals(snippet.group(1)), readme + ": a tsx block under ### React");
    assertNotNull(snippet.group(2));
    return snippet.group(2);
  }
}
