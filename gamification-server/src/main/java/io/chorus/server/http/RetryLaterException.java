package io.chorus.server.http;

import io.chorus.shared.wire.ErrorCode;

/** A refusal that says when to ask again: answered with {@code Retry-After: <seconds>}. */
public final class RetryLaterException extends ApiException {
  private final long retryAfterSeconds;

  public RetryLaterException(ErrorCode code, String message, long retryAfterSeconds) {
    super(code, message);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
