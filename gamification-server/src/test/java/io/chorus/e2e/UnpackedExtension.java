package io.chorus.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The built, unpacked extension exactly as a person loads it: the {@code chorus-extension/} folder the
 * extension module packs into its jar (manifest with the dev key, GWT-compiled scripts), copied out of
 * the test classpath into a temporary folder Chromium can load.
 */
final class UnpackedExtension {
  private static final String FOLDER = "chorus-extension";

  private UnpackedExtension() {}

  static Path copyFromClasspath() {
    // -Dchorus.e2e.extension=<folder>: another build of the extension (say, an older one, to show a test red).
    String other = System.getProperty("chorus.e2e.extension");
    if (other != null && !other.isEmpty()) {
      try {
        Path target = Files.createTempDirectory("chorus-extension");
        copy(Path.of(other), target);
        return target;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    URL manifest = UnpackedExtension.class.getClassLoader().getResource(FOLDER + "/manifest.json");
    if (manifest == null) {
      throw new IllegalStateException("No " + FOLDER + "/manifest.json on the classpath: build the extension "
          + "module first (./mvnw verify builds everything in order)");
    }
    try {
      Path target = Files.createTempDirectory("chorus-extension");
      URI uri = manifest.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          copy(jar.getPath("/" + FOLDER), target);
        }
      } else {
        copy(Path.of(uri).getParent(), target);
      }
      return target;
    } catch (IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException("Could not unpack the extension", e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(source -> {
        Path dest = to.resolve(from.relativize(source).toString());
        try {
          if (Files.isDirectory(source)) {
            Files.createDirectories(dest);
          } else {
            Files.copy(source, dest);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
