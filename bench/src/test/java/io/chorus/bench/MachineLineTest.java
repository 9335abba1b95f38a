package io.chorus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results name a running kernel memory monitor, which stalls the machine on every sampling pass. */
class MachineLineTest {
  @TempDir
  Path admin;

  @Test
  void aRunningMonitorIsNamedWithItsSamplingInterval() throws IOException {
    Files.writeString(admin.resolve("nr_kdamonds"), "2\n");
    kdamond("0", "on", "500000");
    kdamond("1", "off", "5000");
    assertEquals(", kernel DAMON monitor on (sampling every 500 ms)", MachineLine.damon(admin));
  }

  @Test
  void noMonitorRunningOrNoneBuiltInAddsNothing() throws IOException {
    kdamond("0", "off", "500000");
    assertEquals("", MachineLine.damon(admin));
    assertEquals("", MachineLine.damon(admin.resolve("absent")));
  }

  private void kdamond(String name, String state, String sampleMicros) throws IOException {
    Path k = admin.resolve(name);
    Path intervals = Files.createDirectories(k.resolve("contexts/0/monitoring_attrs/intervals"));
    Files.writeString(k.resolve("state"), state + "\n");
    Files.writeString(intervals.resolve("sample_us"), sampleMicros + "\n");
  }
}
