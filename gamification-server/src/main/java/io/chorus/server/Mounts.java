package io.chorus.server;

import io.chorus.server.leaderboard.LeaderboardStream;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import java.util.function.Supplier;

/**
 * Where the features of one HTTP server mount their routes, and what that server has of its own.
 *
 * @param root the server's router: every route the feature guards itself ({@code auth.require(...)})
 * @param liaison the router under {@code /api/liaison}, which lets only liaisons through (bearer token
 *     or console session); routes on it are relative ({@code liaison.get("/shares")})
 * @param publicUrl the address people use (known once the server listens)
 * @param stream this server's live leaderboard stream
 * @param pages the page shells the server fills with GWT scripts
 */
public record Mounts(Router root, Router liaison, Supplier<String> publicUrl, LeaderboardStream stream,
    PageShells pages) {

  /** The HTML shells of the pages the server serves (read from the classpath at start). */
  public record PageShells(Buffer screen, Buffer console, Buffer welcome) {}
}
