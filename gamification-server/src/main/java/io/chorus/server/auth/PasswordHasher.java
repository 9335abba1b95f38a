package io.chorus.server.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * Argon2id password hashing (OWASP's minimum: 19 MiB, 2 passes, 1 lane), always on a worker thread:
 * a hash takes tens of milliseconds, far too long for an event loop.
 */
public final class PasswordHasher {
  private static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

  private final Vertx vertx;
  /** Checked against when the account does not exist, so an unknown email costs the same time. */
  private final String decoyHash;

  public PasswordHasher(Vertx vertx) {
    this.vertx = vertx;
    this.decoyHash = hashNow("no account has this password");
  }

  /** Hashes on the calling thread: for start-up and seeding only, never on an event loop. */
  public static String hashNow(String password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
  }

  public Future<String> hash(String password) {
    return vertx.executeBlocking(() -> hashNow(password), false);
  }

  /** Whether the password matches; a null hash (no such account) is checked against a decoy. */
  public Future<Boolean> verify(String password, String storedHash) {
    String hash = storedHash == null ? decoyHash : storedHash;
    return vertx.executeBlocking(() -> {
      boolean matches = Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
      return matches && storedHash != null;
    }, false);
  }
}
