package io.chorus.server.db;

import io.chorus.server.config.ConfigException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL started from the binaries that ship in a Maven artifact (zonky), so a newcomer needs no
 * database installed. Its data directory is kept between runs, so the demo company survives a restart.
 */
public final class EmbeddedDatabase implements Closeable {
  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static EmbeddedDatabase start(Path dataDir) {
    try {
      Files.createDirectories(dataDir.getParent());
      return new EmbeddedDatabase(EmbeddedPostgres.builder()
          .setDataDirectory(dataDir)
          .setCleanDataDirectory(false)
          .start());
    } catch (IOException | RuntimeException e) {
      throw new ConfigException("The embedded PostgreSQL did not start (data in " + dataDir + "): "
          + e.getMessage() + "\n" + DatabaseLocator.noDatabaseMessage("it failed to start"), e);
    }
  }

  public DatabaseTarget target(String database) {
    return new DatabaseTarget("127.0.0.1", postgres.getPort(), database, "postgres", null);
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
