package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.json.Json;

/**
 * The development builds map back to the Java sources: a position in the script and in the module
 * resolves, through Node's own source-map reader, to the Java file that wrote it, whose text the
 * map carries. The production builds have no map.
 */
class SourceMapIT {
  @ParameterizedTest
  @ValueSource(strings = {"dialpad-cti.dev.js", "dialpad-cti.dev.mjs"})
  void aDevelopmentBuildMapsBackToTheJavaSources(String file) throws Exception {
    Path built = Path.of("target/dist", file).toAbsolutePath();
    String output = NpmPackageIT.run(Path.of("."), "node", "src/it/js/source-map-check.mjs", built.toString(),
        "has no field ");
    Map<String, Object> result = new Json().toType(output.trim(), Json.MAP_TYPE);
    assertEquals("dialpad-cti.dev.js.map", result.get("map"));
    Map<?, ?> origin = (Map<?, ?>) result.get("origin");
    assertTrue(String.valueOf(origin.get("source")).endsWith("dev/dialpadcti/Messages.java"),
        "the unknown-field text comes from Messages.java: " + result);
    assertEquals(result.get("sources"), result.get("sourcesWithContent"), "every source is inlined: " + result);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dialpad-cti.js", "dialpad-cti.mjs"})
  void productionBuildsCarryNoMapAndNoHints(String file) throws Exception {
    String code = Files.readString(Path.of("target/dist", file));
    assertFalse(code.contains("sourceMappingURL"), file);
    assertFalse(code.contains("did you mean"), file);
    assertFalse(code.contains("has no field"), file);
  }
}
