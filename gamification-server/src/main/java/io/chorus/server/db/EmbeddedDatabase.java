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
 *
 * <p>It is the newcomer's store of record, so it runs durable: zonky's defaults for throwaway test
 * databases ({@code -F}, i.e. fsync off, and synchronous_commit off) would let a power cut lose shares
 * the server had acknowledged. The node stops it last ({@code Main}), after its pool has closed, so
 * zonky's own shutdown hook is off. A PostgreSQL that a killed node left running on the folder is
 * stopped first ({@link LeftoverPostgres}).
 */
public final class EmbeddedDatabase implements Closeable {
  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static EmbeddedDatabase start(Path dataDir) {
    try {
      Path parent = dataDir.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      LeftoverPostgres.stopIfLeftRunning(dataDir);
      return new EmbeddedDatabase(EmbeddedPostgres.builder()
          .setDataDirectory(dataDir)
          .setCleanDataDirectory(false)
          // Next to the data, not in a /tmp folder shared with other users and other zonky instances.
          .setOverrideWorkingDirectory(parent.resolve("pg-binaries").toFile())
          .setRegisterShutdownHook(false)
          // Given after zonky's -F, so they win: durable commits, torn pages repaired after a crash.
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("full_page_writes", "on")
          .start());
    } catch (ConfigException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ConfigException("The embedded PostgreSQL did not start (data in " + dataDir + "): "
          + e.getMessage() + "\n" + DatabaseLocator.noDatabaseMessage("it failed to start"), e);
    }
  }

  public DatabaseTarget target(String database) {
    return new DatabaseTarget("127.0.0.1", postgres.getPort(), database, "postgres", null);
  }

  /** Stops PostgreSQL with a fast shutdown (open sessions end, a checkpoint is written) and waits for it. */
  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
