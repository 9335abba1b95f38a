package io.chorus.server;

import io.chorus.server.auth.AuthStore;
import io.chorus.server.auth.Authenticator;
import io.chorus.server.auth.ConsoleSessions;
import io.chorus.server.auth.PasswordHasher;
import io.chorus.server.auth.ScreenStates;
import io.chorus.server.auth.SignInLimits;
import io.chorus.server.auth.SignInsAcrossNodes;
import io.chorus.server.auth.TokenIssuer;
import io.chorus.server.auth.TokenVerifier;
import io.chorus.server.config.ServerConfig;
import io.chorus.server.content.ContentStore;
import io.chorus.server.contests.Contests;
import io.chorus.server.digest.Digests;
import io.chorus.server.http.ClientAddresses;
import io.chorus.server.leaderboard.LeaderboardIndex;
import io.chorus.server.links.LinkStore;
import io.chorus.server.links.Visitors;
import io.chorus.server.screen.ScreenStore;
import io.chorus.server.shares.ShareService;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import javax.crypto.SecretKey;

/**
 * The node-wide pieces every HTTP verticle instance shares: one pool, one leaderboard index, one token
 * key. Per-connection state (routers, live streams) lives in the verticles.
 *
 * <p>Several instances run at once, each on its own event loop ({@code CHORUS_HTTP_LOOPS}), so everything
 * here is safe to call from any of them: concurrent maps or a lock where state is shared (sign-in
 * limits, screen states, verified tokens, the boards), per-loop state kept in the calling loop's context
 * ({@code ShareBatches}, {@code TokenStates}), and futures shared between loops handed back on the
 * caller's loop ({@code loops.CallersLoop}).
 */
public record Services(
    ServerConfig config,
    Vertx vertx,
    Pool pool,
    Clock clock,
    TokenIssuer tokens,
    Authenticator auth,
    ConsoleSessions consoleSessions,
    AuthStore people,
    PasswordHasher passwords,
    SignInLimits signInLimits,
    SignInsAcrossNodes signInsAcrossNodes,
    ClientAddresses addresses,
    ScreenStates screenStates,
    ContentStore content,
    LeaderboardIndex leaderboard,
    ShareService shares,
    ScreenStore screens,
    LinkStore links,
    Visitors visitors,
    Digests digests,
    Contests contests) {

  public static Services create(ServerConfig config, Vertx vertx, Pool pool, SecretKey key, Clock clock) {
    TokenIssuer tokens = new TokenIssuer(key, clock, config.employeeTokenTtl(), config.displayTokenTtl());
    AuthStore people = new AuthStore(pool);
    ScreenStates screenStates = new ScreenStates(vertx, people, config.screenSeenFlush());
    TokenVerifier verifier = new TokenVerifier(key, clock);
    ConsoleSessions consoleSessions = new ConsoleSessions(config, pool, tokens, verifier, key);
    Authenticator auth = new Authenticator(verifier, people, screenStates, consoleSessions);
    LeaderboardIndex leaderboard = new LeaderboardIndex(vertx, pool, clock);
    ClientAddresses addresses = new ClientAddresses(config.trustedProxies());
    PasswordHasher passwords = new PasswordHasher(vertx, config.signInWorkers());
    SignInLimits signInLimits = new SignInLimits(clock, config.signInWorkers() + config.signInQueue());
    Contests contests = new Contests(vertx, pool, leaderboard);
    return new Services(config, vertx, pool, clock, tokens, auth, consoleSessions, people, passwords, signInLimits,
        new SignInsAcrossNodes(vertx, signInLimits),
        addresses, screenStates, new ContentStore(pool, contests::liveTags), leaderboard,
        new ShareService(pool, leaderboard, clock, ShareService.lanesFor(config.dbPoolSize())), new ScreenStore(pool), new LinkStore(pool), new Visitors(key),
        new Digests(vertx, pool, config.digest(), clock), contests);
  }
}
