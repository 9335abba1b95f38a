package io.chorus.server.db;

import io.chorus.server.config.ConfigException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL still running on the embedded data folder when a node starts. That happens when a node
 * was killed hard (SIGKILL, a crash, an IDE's stop button): PostgreSQL runs as its own process and
 * outlives it, and a new one on the same folder would refuse to start. When the folder's owner is gone
 * (zonky's {@code epg-lock} is free) and {@code postmaster.pid} names a live postgres on this very folder,
 * it is stopped with a fast shutdown, which keeps every committed transaction. Anything else stops the
 * start with one line that names the process.
 */
final class LeftoverPostgres {
  private static final Logger log = LoggerFactory.getLogger(LeftoverPostgres.class);
  /** zonky holds a lock on this file for as long as its node runs. */
  static final String NODE_LOCK = "epg-lock";
  private static final long STOP_WAIT_SECONDS = 30;

  private LeftoverPostgres() {}

  static void stopIfLeftRunning(Path dataDir) {
    Path pidFile = dataDir.resolve("postmaster.pid");
    List<String> lines;
    try {
      if (!Files.isRegularFile(pidFile)) {
        return;
      }
      lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return; // gone meanwhile; PostgreSQL itself judges a file it cannot read
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (RuntimeException e) {
      return; // not a pid file PostgreSQL wrote completely: it replaces such a file itself
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      return; // stale: PostgreSQL removes it on start
    }
    String port = lines.size() > 3 ? lines.get(3).trim() : "?";
    String command = commandOf(process.get());
    if (!isPostgresOn(process.get(), command, lines, dataDir)) {
      throw new ConfigException("The embedded database folder " + dataDir + " names process " + pid + " ("
          + command + ") in postmaster.pid, which is not a PostgreSQL on this folder: stop that process, or "
          + "delete " + pidFile + " if nothing uses the folder.");
    }
    if (nodeStillRunning(dataDir)) {
      throw new ConfigException("Another Chorus node is running on the embedded database in " + dataDir
          + " (its PostgreSQL is process " + pid + " on port " + port + "): stop that node first, or give this one "
          + "another folder with CHORUS_EMBEDDED_DATA_DIR.");
    }
    log.warn("A PostgreSQL (process {}, port {}) was left running on {} by a node that was killed; stopping it",
        pid, port, dataDir);
    fastShutdown(process.get(), dataDir);
  }

  private static boolean isPostgresOn(ProcessHandle process, String command, List<String> pidLines, Path dataDir) {
    String name = Path.of(command.isEmpty() ? "?" : command).getFileName().toString();
    if (!name.equals("postgres") && !name.equals("postmaster")) {
      return false;
    }
    return pidLines.size() > 1 && sameFolder(Path.of(pidLines.get(1).trim()), dataDir);
  }

  private static boolean sameFolder(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  /** The program a process runs: from the JDK, else (another user's process) from /proc's command line. */
  private static String commandOf(ProcessHandle process) {
    Optional<String> command = process.info().command();
    if (command.isPresent()) {
      return command.get();
    }
    try {
      byte[] cmdline = Files.readAllBytes(Path.of("/proc", String.valueOf(process.pid()), "cmdline"));
      String all = new String(cmdline, StandardCharsets.UTF_8);
      int end = all.indexOf('\0');
      return end < 0 ? all : all.substring(0, end);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /** True while another process (or another embedded database in this JVM) holds the folder's lock. */
  private static boolean nodeStillRunning(Path dataDir) {
    try (FileChannel channel = FileChannel.open(dataDir.resolve(NODE_LOCK),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      return false; // cannot even open the lock: zonky reports that itself, more precisely
    }
  }

  /** SIGINT is PostgreSQL's fast shutdown: sessions end, a checkpoint is written, nothing committed is lost. */
  private static void fastShutdown(ProcessHandle postmaster, Path dataDir) {
    try {
      Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(postmaster.pid()))
          .redirectErrorStream(true).start();
      String said = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (kill.waitFor() != 0) {
        throw new ConfigException("A PostgreSQL (process " + postmaster.pid() + ") left running on " + dataDir
            + " could not be stopped (" + said + "): stop it, then start Chorus again.");
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_WAIT_SECONDS);
      while (!exited(postmaster)) {
        if (System.nanoTime() > deadline) {
          throw new ConfigException("A PostgreSQL (process " + postmaster.pid() + ") left running on " + dataDir
              + " did not stop within " + STOP_WAIT_SECONDS + " s: stop it, then start Chorus again.");
        }
        Thread.sleep(50); // a process that is not our child has no exit event to wait on
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConfigException("Interrupted while stopping the PostgreSQL left running on " + dataDir, e);
    } catch (IOException e) {
      throw new ConfigException("A PostgreSQL (process " + postmaster.pid() + ") left running on " + dataDir
          + " could not be stopped (" + e.getMessage() + "): stop it, then start Chorus again.", e);
    }
  }

  /**
   * Gone, or a zombie: an orphaned postmaster's parent is init, and an init that does not reap (some
   * containers) leaves it a zombie, which the JDK still calls alive.
   */
  static boolean exited(ProcessHandle process) {
    if (!process.isAlive()) {
      return true;
    }
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
      // "pid (comm) S ...": the state follows the last ')', as comm may itself hold one.
      return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (IOException | RuntimeException e) {
      return !process.isAlive();
    }
  }
}
