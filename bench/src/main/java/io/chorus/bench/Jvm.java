package io.chorus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the bench asks of a JVM it started: its heap in use, now or after a full GC (jcmd), and the
 * open-files limit.
 */
public final class Jvm {
  private static final Pattern HEAP_TOTAL = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
  private static final Pattern GENERATION = Pattern.compile("generation\\s+total \\d+K, used (\\d+)K");

  private Jvm() {}

  /** Bytes of heap in use right after a full collection (jcmd GC.run, then GC.heap_info). */
  public static long liveHeapBytes(long pid) throws IOException, InterruptedException {
    jcmd(pid, "GC.run");
    return usedHeapBytes(pid);
  }

  /** Bytes of heap in use now, garbage included (jcmd GC.heap_info). */
  public static long usedHeapBytes(long pid) throws IOException, InterruptedException {
    String info = jcmd(pid, "GC.heap_info");
    Matcher total = HEAP_TOTAL.matcher(info);
    if (total.find()) {
      return Long.parseLong(total.group(1)) * 1024;
    }
    long used = 0;
    Matcher generation = GENERATION.matcher(info);
    while (generation.find()) {
      used += Long.parseLong(generation.group(1)) * 1024;
    }
    if (used == 0) {
      throw new IllegalStateException("Cannot read the heap from jcmd:\n" + info);
    }
    return used;
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
        String.valueOf(pid), command));
    Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("jcmd " + command + " failed:\n" + out);
    }
    return out;
  }

  /** The hard limit on open files (each JVM raises its soft limit to it on Linux); -1 when unknown. */
  public static long openFilesHardLimit() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
        if (line.startsWith("Max open files")) {
          String[] cells = line.substring("Max open files".length()).trim().split("\\s+");
          return cells[1].equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(cells[1]);
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
