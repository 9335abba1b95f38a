package io.chorus.server.auth;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens already verified, by their exact text, until they expire. Checking a token's signature
 * and claims with JJWT costs about a third of what a share report allocates, and the extension sends
 * the same token with every report for a day; the answer cannot change while the token is unexpired,
 * because it depends only on the token's text, our key and the clock. Only tokens that verified get in,
 * so a forged or altered token never matches one (the whole text, signature included, is the key).
 * Revocation is not decided here: {@link Authenticator} still asks the database on every request, so
 * signing out everywhere, deactivation and a demotion are honoured at once.
 *
 * <p>Bounded: at {@link #MAX_ENTRIES}, expired entries are dropped, then arbitrary ones down to seven
 * eighths of it, so the scan is paid once per many new tokens (a dropped token is simply verified
 * again). Safe from any event loop.
 */
final class VerifiedTokens {
  static final int MAX_ENTRIES = 16_384;

  private record Entry(TokenVerifier.Verified verified, long expiresAtMillis) {}

  private final Map<String, Entry> byToken = new ConcurrentHashMap<>();

  /** The token's verified claims while it is unexpired at {@code nowMillis}, else null. */
  TokenVerifier.Verified get(String token, long nowMillis) {
    Entry e = byToken.get(token);
    if (e == null) {
      return null;
    }
    if (nowMillis >= e.expiresAtMillis()) {
      byToken.remove(token, e);
      return null;
    }
    return e.verified();
  }

  void put(String token, TokenVerifier.Verified verified, long expiresAtMillis, long nowMillis) {
    if (byToken.size() >= MAX_ENTRIES) {
      makeRoom(nowMillis);
    }
    byToken.put(token, new Entry(verified, expiresAtMillis));
  }

  int size() {
    return byToken.size();
  }

  private void makeRoom(long nowMillis) {
    byToken.values().removeIf(e -> nowMillis >= e.expiresAtMillis());
    Iterator<String> any = byToken.keySet().iterator();
    while (byToken.size() > MAX_ENTRIES - MAX_ENTRIES / 8 && any.hasNext()) {
      any.next();
      any.remove();
    }
  }
}
