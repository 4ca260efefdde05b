import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a script bundle into an ES module that defines no global: the bundle's one global
 * assignment ({@code <global>.DialpadCti=}) becomes a module variable, which the module exports.
 * Nothing is read from window or document until mount runs, so the module imports in Node too.
 * Byte positions before the end of the bundle are unchanged, so the script's source map still
 * fits. Run as a single-file program: {@code java src/build/EsModule.java in.js out.mjs [...]}.
 */
public final class EsModule {
  private static final Pattern GLOBAL_ASSIGNMENT = Pattern.compile("[A-Za-z_$][\\w$]*\\.DialpadCti=");
  private static final String WRAPPER_END = "}).call(this);";
  private static final String EXPORTS = "const {mount, version, instances, debug, isError} = DialpadCti;\n"
      + "export {mount, version, instances, debug, isError};\nexport default DialpadCti;\n";

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || args.length % 2 != 0) {
      throw new IllegalArgumentException("usage: EsModule in.js out.mjs [in.js out.mjs ...]");
    }
    for (int i = 0; i < args.length; i += 2) {
      String script = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
      Files.writeString(Path.of(args[i + 1]), toModule(script, args[i]), StandardCharsets.UTF_8);
    }
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
}
