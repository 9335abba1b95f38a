package io.chorus.bench.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much the server allocated, read from its own GC log ({@code -Xlog:gc:file=…}): between two
 * collections a JVM allocates what the heap grew by, so the sum over the collections of a phase of
 * "used before this one − used after the previous one" is what the phase allocated, up to its last
 * collection (a phase spans many, so what its ragged ends leave out is a few percent at most).
 */
final class GcLog {
  // "[gc] GC(12) Pause Young (Allocation Failure) 120M->30M(256M) 3.210ms"
  private static final Pattern PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\(\\d+[KMG]\\)");

  private GcLog() {}

  /** How many lines the log has now: a phase starts counting after them. */
  static int lines(Path log) {
    return read(log).size();
  }

  /** Bytes allocated from the collection before line {@code from} to the last collection logged since. */
  static long allocatedSince(Path log, int from) {
    List<String> all = read(log);
    long previousAfter = -1;
    for (int i = from - 1; i >= 0 && previousAfter < 0; i--) {
      Matcher m = PAUSE.matcher(all.get(i));
      if (m.find()) {
        previousAfter = bytes(m.group(3), m.group(4));
      }
    }
    long allocated = 0;
    for (int i = from; i < all.size(); i++) {
      Matcher m = PAUSE.matcher(all.get(i));
      if (!m.find()) {
        continue;
      }
      long before = bytes(m.group(1), m.group(2));
      if (previousAfter >= 0) {
        allocated += Math.max(0, before - previousAfter);
      }
      previousAfter = bytes(m.group(3), m.group(4));
    }
    return allocated;
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
