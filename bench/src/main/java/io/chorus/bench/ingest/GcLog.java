package io.chorus.bench.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much the server allocated, read from its own GC log ({@code -Xlog:gc:file=…}) and its heap in use
 * at a phase's two ends: between two moments a JVM allocates what its heap grew by, net of what each
 * collection in between freed. So a phase allocated (used before the first collection − used at its
 * start) + (used before each next one − used after the one before) + (used at its end − used after the
 * last), or simply the growth when nothing was collected. Collections alone would leave out the phase's
 * ragged ends: with a young generation of 200 MB and a phase of 20 s, that is most of it, or all of it.
 */
final class GcLog {
  // "[gc] GC(12) Pause Young (Allocation Failure) 120M->30M(256M) 3.210ms"
  private static final Pattern PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\(\\d+[KMG]\\)");

  private GcLog() {}

  /** How many lines the log has now: a phase starts counting after them. */
  static int lines(Path log) {
    return read(log).size();
  }

  /**
   * Bytes allocated between two moments: the heap had {@code usedAtStart} bytes in use when the log had
   * {@code from} lines, and {@code usedAtEnd} at the end.
   */
  static long allocated(Path log, int from, long usedAtStart, long usedAtEnd) {
    List<String> all = read(log);
    return allocated(all.subList(Math.min(from, all.size()), all.size()), usedAtStart, usedAtEnd);
  }

  static long allocated(List<String> linesSince, long usedAtStart, long usedAtEnd) {
    long previousAfter = usedAtStart;
    long allocated = 0;
    for (String line : linesSince) {
      Matcher m = PAUSE.matcher(line);
      if (!m.find()) {
        continue;
      }
      allocated += Math.max(0, bytes(m.group(1), m.group(2)) - previousAfter);
      previousAfter = bytes(m.group(3), m.group(4));
    }
    return allocated + Math.max(0, usedAtEnd - previousAfter);
  }

  private static long bytes(String number, String unit) {
    long n = Long.parseLong(number);
    return switch (unit) {
      case "K" -> n << 10;
      case "M" -> n << 20;
      default -> n << 30;
    };
  }

  private static List<String> read(Path log) {
    try {
      return Files.exists(log) ? Files.readAllLines(log) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
