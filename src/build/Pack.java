import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the npm tarball users install, {@code java src/build/Pack.java <package folder> <file.tgz>}:
 * every file of the package folder under {@code package/}, as {@code npm pack} lays it out (a gzipped
 * ustar archive, files 0644, the fixed timestamp npm uses so that the same build gives the same
 * bytes). Java, so the build needs no Node; NpmPackageIT checks it holds what {@code npm pack} would.
 */
public final class Pack {
  /** 1985-10-26 08:15:00 UTC, the modification time npm writes into every tarball. */
  private static final long NPM_MTIME = 499162500L;

  public static void main(String[] args) throws IOException {
    Path from = Path.of(args[0]);
    Path to = Path.of(args[1]);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    for (Path file : files) {
      String name = "package/" + from.relativize(file).toString().replace('\\', '/');
      byte[] body = Files.readAllBytes(file);
      tar.write(header(name, body.length));
      tar.write(body);
      tar.write(new byte[(512 - body.length % 512) % 512]);
    }
    // Two empty blocks end the archive.
    tar.write(new byte[1024]);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to)) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      out.write(tar.toByteArray());
    }
    System.out.println("npm package: " + to + " (" + files.size() + " files, " + Files.size(to) + " B)");
  }

  /** A ustar header: the name (split into prefix and name past 100 bytes), mode, size, time, checksum. */
  private static byte[] header(String name, long size) {
    byte[] h = new byte[512];
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 100) {
      int slash = name.lastIndexOf('/', name.length() - 1);
      while (slash > 0 && name.substring(slash + 1).getBytes(StandardCharsets.UTF_8).length > 100) {
        slash = name.lastIndexOf('/', slash - 1);
      }
      put(h, 345, 155, name.substring(0, slash));
      put(h, 0, 100, name.substring(slash + 1));
    } else {
      put(h, 0, 100, name);
    }
    put(h, 100, 8, octal(0644, 7));
    put(h, 108, 8, octal(0, 7));
    put(h, 116, 8, octal(0, 7));
    put(h, 124, 12, octal(size, 11));
    put(h, 136, 12, octal(NPM_MTIME, 11));
    h[156] = '0';
    put(h, 257, 6, "ustar");
    put(h, 263, 2, "00");
    // The checksum is computed with its own field as spaces.
    for (int i = 148; i < 156; i++) {
      h[i] = ' ';
    }
    long sum = 0;
    for (byte b : h) {
      sum += b & 0xff;
    }
    put(h, 148, 8, octal(sum, 6) + "\0 ");
    return h;
  }

  private static String octal(long value, int digits) {
    String s = Long.toOctalString(value);
    return "0".repeat(Math.max(0, digits - s.length())) + s;
  }

  private static void put(byte[] header, int at, int length, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(bytes, 0, header, at, Math.min(bytes.length, length));
  }
}
