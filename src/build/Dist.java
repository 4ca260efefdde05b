import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the package's scripts, source map and ES modules from what J2CL built:
 * {@code java src/build/Dist.java <J2CL output folder> <package folder>}.
 *
 * <ul>
 *   <li>{@code dialpad-cti.js} and {@code dialpad-cti.dev.js} are copied as they are.
 *   <li>The development map gets every Java source it names inlined in {@code sourcesContent}, so
 *       it works on its own (J2CL writes the sources to a 28 MB folder beside it instead).
 *   <li>{@code dialpad-cti.mjs} and {@code dialpad-cti.dev.mjs} are the scripts made modules that
 *       define no global: the one global assignment ({@code <global>.DialpadCti=}) becomes a module
 *       variable, which the module exports. Byte positions before the end of the script are
 *       unchanged, so the script's source map fits the module too.
 * </ul>
 *
 * J2CL's plugin copies its output again in a background task that may outlive its goal, so this
 * reads from the plugin's own folder and writes only to the package's, which the plugin never
 * touches. A single-file program, so it runs even when tests are skipped.
 */
public final class Dist {
  private static final Pattern GLOBAL_ASSIGNMENT = Pattern.compile("[A-Za-z_$][\\w$]*\\.DialpadCti=(?!=)");
  private static final String WRAPPER_END = "}).call(this);";
  private static final String EXPORTS =
      "const {mount, connect, hostPhone, version, instances, debug, isError, toE164, defineElement} = DialpadCti;\n"
      + "export {mount, connect, hostPhone, version, instances, debug, isError, toE164, defineElement};\nexport default DialpadCti;\n";

  public static void main(String[] args) throws Exception {
    Path from = Path.of(args[0]);
    Path to = Path.of(args[1]);
    Files.createDirectories(to);
    for (String name : new String[] {"dialpad-cti", "dialpad-cti.dev"}) {
      String script = settled(from.resolve(name + ".js"));
      Files.writeString(to.resolve(name + ".js"), script, StandardCharsets.UTF_8);
      Files.writeString(to.resolve(name + ".mjs"), toModule(script, name), StandardCharsets.UTF_8);
    }
    Path map = from.resolve("dialpad-cti.dev.js.map");
    Files.writeString(to.resolve("dialpad-cti.dev.js.map"), inlineSources(settled(map), map.getParent()),
        StandardCharsets.UTF_8);
  }

  /** The file's text once two reads a moment apart agree: the plugin may still be writing it. */
  static String settled(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    for (int i = 0; i < 20; i++) {
      Thread.sleep(100);
      String again = Files.readString(file, StandardCharsets.UTF_8);
      if (again.equals(text)) {
        return text;
      }
      text = again;
    }
    throw new IOException(file + " kept changing");
  }

  static String toModule(String script, String name) {
    Matcher global = GLOBAL_ASSIGNMENT.matcher(script);
    if (!global.find()) {
      throw new IllegalStateException(name + ": no DialpadCti global assignment");
    }
    int start = global.start();
    int end = global.end();
    if (global.find()) {
      throw new IllegalStateException(name + ": more than one DialpadCti global assignment");
    }
    int wrapperEnd = script.lastIndexOf(WRAPPER_END);
    if (wrapperEnd < 0 || script.indexOf(WRAPPER_END) != wrapperEnd) {
      throw new IllegalStateException(name + ": expected one '" + WRAPPER_END + "'");
    }
    // Padded to the same length, so no source-map column moves.
    String assignment = "DialpadCti=";
    String padded = " ".repeat(end - start - assignment.length()) + assignment;
    String tail = script.substring(wrapperEnd + WRAPPER_END.length());
    return "let DialpadCti;" + script.substring(0, start) + padded + script.substring(end, wrapperEnd)
        // In a module `this` is undefined; the bundle reads the browser's globals through it.
        + "}).call(globalThis);\n" + EXPORTS + tail.stripLeading();
  }

  /** The map with {@code sourcesContent} added: the text of each source, read relative to {@code folder}. */
  static String inlineSources(String map, Path folder) throws IOException {
    Matcher sources = Pattern.compile("\"sources\"\\s*:\\s*\\[").matcher(map);
    if (!sources.find() || map.contains("\"sourcesContent\"")) {
      throw new IOException("expected a source map with sources and no sourcesContent");
    }
    List<String> names = new ArrayList<>();
    int i = sources.end();
    while (true) {
      while (Character.isWhitespace(map.charAt(i)) || map.charAt(i) == ',') {
        i++;
      }
      if (map.charAt(i) == ']') {
        break;
      }
      StringBuilder name = new StringBuilder();
      i = readString(map, i, name);
      names.add(name.toString());
    }
    StringBuilder contents = new StringBuilder(",\"sourcesContent\":[");
    for (int n = 0; n < names.size(); n++) {
      Path file = folder.resolve(names.get(n));
      if (!Files.isRegularFile(file)) {
        throw new IOException("the source map names " + names.get(n) + ", which is not at " + file);
      }
      contents.append(n == 0 ? "" : ",").append(quote(Files.readString(file, StandardCharsets.UTF_8)));
    }
    int close = map.lastIndexOf('}');
    System.out.println("inlined " + names.size() + " sources into the development source map");
    return map.substring(0, close) + contents.append(']') + map.substring(close);
  }

  /** Reads the JSON string starting at {@code at} (its opening quote) into {@code out}; returns the index after it. */
  private static int readString(String json, int at, StringBuilder out) {
    if (json.charAt(at) != '"') {
      throw new IllegalArgumentException("expected a string at " + at);
    }
    int i = at + 1;
    while (json.charAt(i) != '"') {
      char c = json.charAt(i++);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = json.charAt(i++);
      switch (e) {
        case 'n': out.append('\n'); break;
        case 't': out.append('\t'); break;
        case 'r': out.append('\r'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'u': out.append((char) Integer.parseInt(json.substring(i, i + 4), 16)); i += 4; break;
        default: out.append(e);
      }
    }
    return i + 1;
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }
}
