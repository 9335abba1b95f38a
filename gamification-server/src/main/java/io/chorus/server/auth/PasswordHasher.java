package io.chorus.server.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Argon2id password hashing (OWASP's minimum: m = 19 MiB, t = 2 passes, p = 1 lane, 32-byte hash,
 * 16-byte salt) on a small worker pool of its own ({@code CHORUS_SIGN_IN_WORKERS} threads), never on an
 * event loop and never on Vert.x's shared worker pool: a burst of sign-ins cannot take the threads
 * other blocking work needs, and at most that many 19 MiB checks run at once. How many may wait for
 * those threads is decided before they are queued, by {@link SignInLimits}.
 *
 * <p>It counts the checks it really runs ({@link #checksRun()}, {@link #peakRunning()}), so tests and
 * operators can see what a burst cost.
 */
public final class PasswordHasher {
  public static final int MEMORY_KIB = 19 * 1024;
  public static final int ITERATIONS = 2;
  public static final int PARALLELISM = 1;
  private static final Argon2Function ARGON2 =
      Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, 32, Argon2.ID);

  private final WorkerExecutor workers;
  private final int threads;
  /** Checked against when the account does not exist, so an unknown email costs the same time. */
  private final String decoyHash;
  private final AtomicLong checks = new AtomicLong();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger peakRunning = new AtomicInteger();

  public PasswordHasher(Vertx vertx, int threads) {
    this.threads = threads;
    this.workers = vertx.createSharedWorkerExecutor("chorus-password-checks", threads, 30, TimeUnit.SECONDS);
    this.decoyHash = hashNow("no account has this password");
  }

  /** Hashes on the calling thread: for start-up and seeding only, never on an event loop. */
  public static String hashNow(String password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
  }

  public Future<String> hash(String password) {
    return workers.executeBlocking(() -> hashNow(password), false);
  }

  /** Whether the password matches; a null hash (no such account) is checked against a decoy. */
  public Future<Boolean> verify(String password, String storedHash) {
    String hash = storedHash == null ? decoyHash : storedHash;
    return workers.executeBlocking(() -> {
      checks.incrementAndGet();
      int now = running.incrementAndGet();
      peakRunning.accumulateAndGet(now, Math::max);
      try {
        boolean matches = Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        return matches && storedHash != null;
      } finally {
        running.decrementAndGet();
      }
    }, false);
  }

  /** Password checks run since start. */
  public long checksRun() {
    return checks.get();
  }

  /** The most checks that ran at the same moment since start (never more than the pool's threads). */
  public int peakRunning() {
    return peakRunning.get();
  }

  public int threads() {
    return threads;
  }

  public Future<Void> close() {
    return workers.close();
  }
}
