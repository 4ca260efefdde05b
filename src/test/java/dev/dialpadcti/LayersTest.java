package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The three layers (README: "How the code is laid out"): the core in src/main/core is pure Java,
 * and nothing below the facade names the facade, so a value only ever travels downward.
 */
class LayersTest {
  private static final Path CORE = Path.of("src/main/core/dev/dialpadcti");
  private static final Path BROWSER = Path.of("src/main/browser/dev/dialpadcti");
  private static final Path FACADE = Path.of("src/main/java/dev/dialpadcti");
  private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+)");
  /** Comments and string literals, which may name anything. */
  private static final Pattern NOT_CODE = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"");

  @Test
  void theCoreImportsNoBrowserApi() throws IOException {
    List<String> files = javaFiles(CORE);
    assertTrue(files.size() >= 15, "the core's files: " + files);
    List<String> found = new ArrayList<>();
    for (String file : files) {
      Matcher imports = IMPORT.matcher(Files.readString(CORE.resolve(file)));
      while (imports.find()) {
        String name = imports.group(1);
        // Annotations only mark a type for JavaScript (@JsFunction); they call no browser API.
        if (!name.startsWith("java.") && !name.startsWith("jsinterop.annotations.")) {
          found.add(file + ": " + name);
        }
      }
    }
    assertEquals(List.of(), found, "src/main/core is pure Java (no elemental2, no jsinterop.base)");
  }

  @Test
  void nothingBelowTheFacadeNamesIt() throws IOException {
    Pattern facade = Pattern.compile("\\b(Cti|DialpadCti)\\b(?!\\w)");
    List<String> found = new ArrayList<>();
    for (Path root : List.of(CORE, BROWSER)) {
      for (String file : javaFiles(root)) {
        String code = NOT_CODE.matcher(Files.readString(root.resolve(file))).replaceAll(" ");
        Matcher uses = facade.matcher(code);
        while (uses.find()) {
          found.add(root.getParent().getParent().getFileName() + "/" + file + ": " + uses.group());
        }
      }
    }
    assertEquals(List.of(), found, "the core and the browser layer never reach back to Cti or DialpadCti");
  }

  @Test
  void eachLayerHoldsItsOwnFiles() throws IOException {
    assertTrue(javaFiles(CORE).containsAll(List.of("Session.java", "Messages.java", "Protocol.java",
        "CallValidator.java", "InboundFilter.java", "PhoneNumbers.java")), "core");
    assertTrue(javaFiles(BROWSER).containsAll(List.of("CtiLink.java", "FrameLink.java", "CtiFrame.java",
        "CommandQueue.java", "InboundDispatch.java", "StateEvents.java", "TabClaim.java")), "browser");
    assertTrue(javaFiles(FACADE).containsAll(List.of("Cti.java", "DialpadCti.java", "exports.js")), "facade");
  }

  private static List<String> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".java") || n.endsWith(".js")).sorted().toList();
    }
  }
}
