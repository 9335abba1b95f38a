package io.chorus.server.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A node in its own JVM, started the way the README starts it ({@code io.chorus.server.Main} with
 * settings in the environment), its output collected line by line, stopped with real signals.
 *
 * <p>{@link #asNewcomer()} runs it as a normal user, as PostgreSQL's embedded path requires: as
 * itself when the tests do not run as root, else as {@value #NEWCOMER} (created once with
 * {@code useradd}) through {@code su}, on a copy of the classpath that user can read. {@link #java()}
 * is then the node's JVM, not {@code su}, so signals reach the node itself.
 */
public final class ServerProcess implements AutoCloseable {
  /** The normal user the embedded-database tests run a node as when the tests run as root. */
  public static final String NEWCOMER = "chorusdev";

  private static Path readableClasspath;

  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final Thread[] readers = new Thread[2];

  private ServerProcess(Process process) {
    this.process = process;
    readers[0] = reader(process.getInputStream(), "out");
    readers[1] = reader(process.getErrorStream(), "err");
  }

  /** How to start one: environment and system properties on top of nothing (the test's own env is not passed). */
  public static final class Builder {
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> properties = new ArrayList<>();
    private boolean newcomer;

    public Builder env(String name, String value) {
      env.put(name, value);
      return this;
    }

    public Builder property(String name, String value) {
      properties.add("-D" + name + "=" + value);
      return this;
    }

    /** Run as a normal user (see the class comment). */
    public Builder asNewcomer() {
      newcomer = true;
      return this;
    }

    public ServerProcess start() {
      try {
        boolean su = newcomer && runningAsRoot();
        List<String> java = new ArrayList<>();
        java.add(ProcessHandle.current().info().command().orElse("java"));
        java.add("-Xmx256m");
        java.addAll(properties);
        java.add("-cp");
        java.add(su ? classpathForNewcomer() : classpath());
        java.add("io.chorus.server.Main");

        ProcessBuilder pb;
        if (su) {
          ensureNewcomerExists();
          String command = "cd /tmp && exec env -i PATH=/usr/local/bin:/usr/bin:/bin "
              + env.entrySet().stream().map(e -> shellQuote(e.getKey() + "=" + e.getValue())).collect(Collectors.joining(" "))
              + " " + java.stream().map(ServerProcess::shellQuote).collect(Collectors.joining(" "));
          pb = new ProcessBuilder("su", NEWCOMER, "-s", "/bin/sh", "-c", command);
        } else {
          pb = new ProcessBuilder(java);
          pb.environment().clear();
          pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
          pb.environment().put("HOME", System.getProperty("user.home"));
          pb.environment().putAll(env);
        }
        return new ServerProcess(pb.start());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The node's JVM: the process itself, or the java that {@code su} started. */
  public ProcessHandle java() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (!isSu()) {
        return process.toHandle();
      }
      Optional<ProcessHandle> java = process.descendants()
          .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst();
      if (java.isPresent()) {
        return java.get();
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("no java under " + process.info().command());
  }

  private boolean isSu() {
    return process.info().command().map(c -> c.endsWith("/su")).orElse(false);
  }

  /** Waits for a line of stdout or stderr that matches, failing with the whole output when none comes. */
  public String awaitLine(Predicate<String> wanted, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lines) {
      while (true) {
        Optional<String> hit = lines.stream().filter(wanted).findFirst();
        if (hit.isPresent()) {
          return hit.get();
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || (!process.isAlive() && readersDone())) {
          throw new AssertionError("no such line within " + timeout.toSeconds() + " s; output:\n" + output());
        }
        try {
          lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(Math.min(left, 200_000_000L))));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted", e);
        }
      }
    }
  }

  /** The banner's "Chorus is running at …" address. */
  public String awaitRunning(Duration timeout) {
    String line = awaitLine(l -> l.startsWith("Chorus is running at "), timeout);
    return line.substring("Chorus is running at ".length()).trim();
  }

  /** Waits for the process to end (its output read to the end) and returns its exit code. */
  public int awaitExit(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError("still running after " + timeout.toMillis() + " ms; output:\n" + output());
      }
      for (Thread r : readers) {
        r.join(5_000);
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Everything it wrote so far, stdout and stderr interleaved as read. */
  public String output() {
    synchronized (lines) {
      return String.join("\n", lines);
    }
  }

  private boolean readersDone() {
    return !readers[0].isAlive() && !readers[1].isAlive();
  }

  /** SIGTERM to the node's JVM, as {@code kill} or a service manager sends it. */
  public void terminate() {
    java().destroy();
  }

  /** SIGKILL to the node's JVM: no shutdown hook runs. */
  public void kill() {
    ProcessHandle java = java();
    java.destroyForcibly();
    java.onExit().join();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  private Thread reader(InputStream in, String name) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          synchronized (lines) {
            lines.add(line);
            lines.notifyAll();
          }
        }
      } catch (IOException ignored) {
        // the process ended
      } finally {
        synchronized (lines) {
          lines.notifyAll();
        }
      }
    }, "server-process-" + name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** A port nothing listens on right now. */
  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static boolean runningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** A new folder the node's user owns (for its data), removed with {@link #deleteTree}. */
  public static Path folderForNode(String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      if (runningAsRoot()) {
        ensureNewcomerExists();
        UserPrincipal user = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(NEWCOMER);
        Files.setOwner(dir, user);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp folder left behind is harmless
    }
  }

  private static synchronized void ensureNewcomerExists() throws IOException {
    if (run("id", "-u", NEWCOMER) == 0) {
      return;
    }
    if (run("useradd", "-m", "-s", "/bin/sh", NEWCOMER) != 0) {
      throw new IllegalStateException("useradd " + NEWCOMER + " failed: the embedded-database tests need a "
          + "normal user when they run as root");
    }
  }

  private static int run(String... command) throws IOException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** The test JVM's classpath, expanded from surefire's manifest-only jar when it uses one. */
  static List<Path> classpathEntries() {
    List<Path> out = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path p = Path.of(entry);
      out.add(p);
      if (p.getFileName().toString().startsWith("surefirebooter") && Files.isRegularFile(p)) {
        try (JarFile jar = new JarFile(p.toFile())) {
          Manifest m = jar.getManifest();
          String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
          if (cp != null) {
            for (String url : cp.trim().split("\\s+")) {
              out.add(Path.of(java.net.URI.create(url)));
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return out;
  }

  private static String classpath() {
    return classpathEntries().stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
  }

  /**
   * The classpath copied where any user can read it (a root test run keeps its jars under /root/.m2,
   * which others cannot enter). Browser-test jars (Playwright's driver, 190 MB) are left out: a node never
   * loads them. Copied once per test JVM.
   */
  private static synchronized String classpathForNewcomer() throws IOException {
    if (readableClasspath == null) {
      Path dir = Files.createTempDirectory("chorus-newcomer-classpath");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
      int i = 0;
      for (Path entry : classpathEntries()) {
        String name = entry.getFileName().toString();
        if (name.startsWith("surefirebooter") || name.startsWith("playwright") || name.startsWith("driver")
            || !Files.exists(entry)) {
          continue;
        }
        Path target = dir.resolve(String.format("%03d-%s", i++, name));
        if (Files.isDirectory(entry)) {
          copyTree(entry, target);
        } else {
          Files.copy(entry, target);
        }
      }
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) all::iterator) {
          Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
      readableClasspath = dir;
    }
    try (Stream<Path> entries = Files.list(readableClasspath)) {
      return entries.sorted().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  static String shellQuote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
