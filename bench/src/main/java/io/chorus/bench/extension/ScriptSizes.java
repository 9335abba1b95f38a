package io.chorus.bench.extension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/** The compiled scripts of a built extension folder, with their sizes as shipped and gzipped. */
final class ScriptSizes {
  /** A content script loads on every LinkedIn and X page: it must stay under this. */
  static final long CONTENT_SCRIPT_LIMIT = 40 * 1024;
  static final List<String> CONTENT_SCRIPTS = List.of("linkedin.js", "x.js");

  record Script(String name, long bytes, long gzipped) {
    boolean contentScript() {
      return CONTENT_SCRIPTS.contains(name);
    }

    boolean withinLimit() {
      return !contentScript() || bytes < CONTENT_SCRIPT_LIMIT;
    }
  }

  private ScriptSizes() {}

  /** Every .js file directly in the folder (maps excluded), by name. */
  static List<Script> of(Path extension) {
    List<Script> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(extension)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".js")).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(f);
        out.add(new Script(f.getFileName().toString(), bytes.length, gzipped(bytes)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static long gzipped(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size();
  }

  /** The table the bench prints. */
  static String table(List<Script> scripts) {
    StringBuilder out = new StringBuilder(String.format("%-14s %10s %10s  %s%n", "script", "bytes", "gzipped", "content script < 40 KB"));
    for (Script s : scripts) {
      out.append(String.format("%-14s %10d %10d  %s%n", s.name(), s.bytes(), s.gzipped(),
          s.contentScript() ? (s.withinLimit() ? "yes" : "NO") : "-"));
    }
    return out.toString();
  }
}
