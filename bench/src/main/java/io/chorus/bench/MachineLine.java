package io.chorus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the machine was doing when a run started, printed with the results: the figures of one day are
 * not those of another on a shared virtual machine. Besides the cores and the load, it names the
 * kernel's DAMON memory monitors that are running: on this project's machine one samples physical memory
 * every 500 ms for a page-out scheme, and each of its passes stalls the server for 40-70 ms (open-loop
 * stalls line up with kdamond's CPU ticks within about 10 ms; with the monitor paused they lose their
 * 545 ms rhythm), so a run's tail latency depends on it.
 */
public final class MachineLine {
  private static final Path DAMON = Path.of("/sys/kernel/mm/damon/admin/kdamonds");

  private MachineLine() {}

  public static String now() {
    String load;
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      load = "load average " + parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      load = "load average unknown";
    }
    return Runtime.getRuntime().availableProcessors() + " cores, " + load + " at start" + damon(DAMON);
  }

  /**
   * ", kernel DAMON monitor on (sampling every 500 ms)" for each running kdamond under {@code admin} (the
   * sysfs directory), or nothing.
   */
  static String damon(Path admin) {
    if (!Files.isDirectory(admin)) {
      return "";
    }
    List<String> running = new ArrayList<>();
    try (Stream<Path> kdamonds = Files.list(admin)) {
      for (Path k : kdamonds.filter(Files::isDirectory).sorted().toList()) {
        if ("on".equals(read(k.resolve("state")))) {
          String sample = read(k.resolve("contexts/0/monitoring_attrs/intervals/sample_us"));
          running.add(sample.isEmpty() ? "on" : "on (sampling every " + Long.parseLong(sample) / 1000 + " ms)");
        }
      }
    } catch (IOException | RuntimeException e) {
      return ", kernel DAMON state unreadable";
    }
    return running.isEmpty() ? "" : ", kernel DAMON monitor " + String.join(" and ", running);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      return "";
    }
  }
}
