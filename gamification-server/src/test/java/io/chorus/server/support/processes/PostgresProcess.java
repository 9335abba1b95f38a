package io.chorus.server.support.processes;

import io.chorus.server.db.DatabaseTarget;
import io.chorus.server.support.ServerProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL of the test's own (Debian's binaries, {@code initdb} and {@code pg_ctl}) in a temporary
 * folder on a free loopback port, so a test can stop and start it under load and disturb nobody else's.
 * PostgreSQL refuses to run as root: as root, every command runs as {@value ServerProcess#NEWCOMER}
 * through {@code su}, as the embedded-database tests run their nodes. User {@code postgres}, no password
 * (trust, loopback only). A stop is {@code pg_ctl stop -m fast}: committed work is on disk, as after any
 * clean restart; fsync is off, which only a machine crash would tell.
 */
public final class PostgresProcess implements AutoCloseable {
  private final Path dir;
  private final int port;
  private final Path bin;

  private PostgresProcess(Path dir, int port, Path bin) {
    this.dir = dir;
    this.port = port;
    this.bin = bin;
  }

  /** initdb in a fresh folder, then start. */
  public static PostgresProcess start() {
    Path dir = ServerProcess.folderForNode("chorus-pg-");
    PostgresProcess pg = new PostgresProcess(dir, FreePorts.next(), binaries());
    try {
      pg.run(List.of(pg.bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
          "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"), 120);
      pg.startServer();
      return pg;
    } catch (RuntimeException e) {
      pg.close();
      throw e;
    }
  }

  /** The newest PostgreSQL under /usr/lib/postgresql. */
  private static Path binaries() {
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
          .orElseThrow(() -> new IllegalStateException("No PostgreSQL binaries under /usr/lib/postgresql"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return port;
  }

  /** A database on this server (the node creates it when missing: user postgres may). */
  public DatabaseTarget target(String database) {
    return new DatabaseTarget("127.0.0.1", port, database, "postgres", null);
  }

  /** Starts the server and waits until it accepts connections. */
  public void startServer() {
    run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
        dir.resolve("postgres.log").toString(), "-w", "-t", "60", "-o",
        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50", "start"), 90);
  }

  /** Stops the server (fast: open sessions are ended, committed work kept) and waits until it is gone. */
  public void stopServer() {
    run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "-t",
        "60", "stop"), 90);
  }

  private void run(List<String> command, int seconds) {
    List<String> full = ServerProcess.runningAsRoot()
        ? List.of("su", ServerProcess.NEWCOMER, "-s", "/bin/sh", "-c",
            String.join(" ", command.stream().map(PostgresProcess::quote).toList()))
        : command;
    try {
      Path out = Files.createTempFile("pg-command", ".log");
      Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish within " + seconds + " s");
      }
      String output = Files.readString(out);
      Files.deleteIfExists(out);
      if (p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "):\n" + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  /** Stops the server if it runs (immediately) and removes its folder. */
  @Override
  public void close() {
    try {
      if (Files.exists(dir.resolve("data").resolve("postmaster.pid"))) {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w",
            "stop"), 60);
      }
    } finally {
      ServerProcess.deleteTree(dir);
    }
  }
}
