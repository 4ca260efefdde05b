package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The size budget of the production script: gzipped, it must stay within {@link #BUDGET_BYTES}. The
 * development build has no budget; its size is printed next to it, for the record.
 *
 * <p>Raised from 6,500 B by the session lifecycle (issue 11), which added about 1,150 B: gating on
 * load and login with its timers, reload and moved-iframe handling, per-call state, the frozen
 * snapshot and its events, show/hide, autoEnableTab and autoShowOnRing. The largest saving left is
 * errors without Java exceptions (about 400 B measured, see the issue 11 note). Raised again to
 * 9,000 B by the integrator helpers (issue 12), about 1,580 B: the phone-number normaliser,
 * clickToDial and ringAttention.
 *
 * <p>Raised to 9,300 B by the redesign in three layers (issue 16), which measured 9,162 B against
 * 8,810 B before: the facade reaches the CTI through one seam (CtiLink) and each browser concern is
 * an object of its own (the frame, the queue, the state events, tab claiming, warnings), which costs
 * about 550 B; page globals through one native type (Page) and parts that extend JsObject paid back
 * about 200 B of it. Merging parts back measured only 20 to 25 B each.
 *
 * <p>Raised to 11,700 B by the phone window (issue 17), measured 11,528 B against 9,162 B: the
 * connected page's link (PhoneLink, its channel and mirrored state, connect and openPhone) about
 * 1,740 B, with the second CtiLink making the facade's calls virtual; the window side (PhoneHost:
 * serving pages and checking their commands again) 567 B, under the 1.2 kB the issue set for
 * moving it into a script of its own, so every page carries it.
 *
 * <p>Raised to 12,800 B by the second round of bounds (issue 18) and the phone window's fixes,
 * measured 12,598 B against 11,528 B (the bounds 896 B, the fixes 174 B): frozen copies of what the library hands out (state.calls, history), caller text cleaned and
 * cut, the three-notification cap, clickToDial's checked roots, shadow roots, awaited onDial and
 * double-click guard, the insecure_context and microphone_blocked warnings, no_document, and a
 * DialpadCti.instances the page cannot turn against the library.
 *
 * <p>Raised to 13,900 B by the {@code <dialpad-cti>} element (issue 19), measured 13,788 B against
 * 12,632 B by {@code gzip -9} (1,156 B): the element class and its callbacks, attributes read as
 * mount's options, the per-element CTI kept across same-task moves, attribute changes that make
 * a bad pair tried again once per task, the element's hidden attribute following the CTI's
 * visibility, its events, the error event, defineElement and the script's data-element registration. The
 * attribute names are derived from mount's option list rather than spelled out a second time, and
 * no Java array is made (J2CL's array runtime would add about 330 B). The issue asked for well under
 * 1 kB: the first working element measured 961 B, and the fixes of its review (the element's hidden
 * attribute following the CTI, bad pairs tried again, the state event on replacement, adoption)
 * the other 195 B.
 */
class BundleSizeIT {
  static final int BUDGET_BYTES = 13900;

  @Test
  void gzippedScriptBundleFitsTheBudget() throws IOException {
    byte[] script = Files.readAllBytes(Path.of("target/dist/dialpad-cti.js"));
    int gzipped = gzip(script).length;
    System.out.printf("dialpad-cti.js: %d bytes raw, %d bytes gzipped (budget %d)%n",
        script.length, gzipped, BUDGET_BYTES);
    assertTrue(script.length > 1000, "the bundle is suspiciously small: did the build run?");
    byte[] dev = Files.readAllBytes(Path.of("target/dist/dialpad-cti.dev.js"));
    System.out.printf("dialpad-cti.dev.js: %d bytes raw, %d bytes gzipped (no budget)%n",
        dev.length, gzip(dev).length);
    assertTrue(gzipped <= BUDGET_BYTES,
        "dialpad-cti.js is " + gzipped + " bytes gzipped, over the " + BUDGET_BYTES + "-byte budget");
  }

  /** gzip at its highest level, like {@code gzip -9}. */
  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
