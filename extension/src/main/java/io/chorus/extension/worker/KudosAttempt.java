package io.chorus.extension.worker;

import java.util.function.Supplier;

/**
 * The rules that make "Send" safe to press again: a kudos attempt keeps its idempotency key until the
 * server has settled it, so a retry after a network error or a busy server replays the first answer
 * instead of giving twice. The same kudos (same colleague, value and words) sent again while the last
 * attempt is unsettled is that attempt; anything else is a new one. DOM-free.
 */
final class KudosAttempt {
  private KudosAttempt() {}

  /**
   * The key for sending {@code body}: the pending attempt's key when it is the same kudos, else a fresh
   * one. {@code pendingKey}/{@code pendingBody} are null when nothing is pending.
   */
  static String keyFor(String body, String pendingKey, String pendingBody, Supplier<String> freshKey) {
    return pendingKey != null && body.equals(pendingBody) ? pendingKey : freshKey.get();
  }

  /**
   * True when the server's answer is final for this attempt (given, or refused for a reason that
   * sending again would not change), so its key may be forgotten. Not reached (0), busy or failing
   * (5xx), rate-limited (429 other than the weekly budget) and signed out (401: nothing was recorded)
   * keep the key.
   */
  static boolean settled(int status, String errorCode) {
    if (status == 0 || status >= 500 || status == 401) {
      return false;
    }
    return status != 429 || "kudos_budget_spent".equals(errorCode);
  }
}
