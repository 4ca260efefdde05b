package dev.dialpadcti.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/**
 * Build step: copies the text of every source a source map names into its {@code sourcesContent},
 * so the map works on its own (J2CL writes the sources to a 28 MB folder beside it instead).
 * Usage: {@code SourceMapInliner <map file>}; paths in the map are relative to the map's folder.
 */
public final class SourceMapInliner {
  private SourceMapInliner() {}

  public static void main(String[] args) throws IOException {
    Path map = Path.of(args[0]);
    Json json = new Json();
    Map<String, Object> sourceMap = json.toType(Files.readString(map), Json.MAP_TYPE);
    @SuppressWarnings("unchecked")
    List<String> sources = (List<String>) sourceMap.get("sources");
    List<String> contents = new ArrayList<>();
    for (String source : sources) {
      Path file = map.resolveSibling(source);
      if (!Files.isRegularFile(file)) {
        throw new IOException("the source map names " + source + ", which is not at " + file);
      }
      contents.add(Files.readString(file, StandardCharsets.UTF_8));
    }
    sourceMap.put("sourcesContent", contents);
    Files.writeString(map, json.toJson(sourceMap));
    System.out.println("inlined " + contents.size() + " sources into " + map);
  }
}
