package io.chorus.server.shares;

import io.chorus.server.http.ApiException;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.ShareReport;
import java.time.Duration;
import java.time.Instant;

/**
 * When a share counts as posted. The extension says when it saw the post succeed, because a report can
 * wait in its outbox for days (offline laptop, server down) and still belongs to its own week and its
 * item's first 24 hours. Its clock is trusted only so far:
 * <ul>
 *   <li>more than {@link #CLOCK_SKEW} ahead of ours is refused: no post happens in the future, and a
 *       clock that wrong says nothing reliable;</li>
 *   <li>a little ahead (clock skew) is taken as now;</li>
 *   <li>older than {@link #LONGEST_WAIT} is taken as that long ago: an outbox may hold a report for
 *       days, but an unlimited backdate would let anyone fill the gaps of a streak after the fact, or
 *       claim the 24-hour bonus for an item they shared weeks later.</li>
 * </ul>
 */
public final class PostedAt {
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
  static final Duration LONGEST_WAIT = Duration.ofDays(7);

  private PostedAt() {}

  public static Instant effective(long reportedMillis, Instant now) {
    if (reportedMillis == ShareReport.POSTED_AT_UNKNOWN) {
      return now;
    }
    Instant reported = Instant.ofEpochMilli(reportedMillis);
    if (reported.isAfter(now.plus(CLOCK_SKEW))) {
      throw new ApiException(ErrorCode.INVALID_FIELD, "'postedAt' is more than " + CLOCK_SKEW.toMinutes()
          + " minutes in the future: check the computer's clock and send the time the post was made.");
    }
    if (reported.isAfter(now)) {
      return now;
    }
    Instant earliest = now.minus(LONGEST_WAIT);
    return reported.isBefore(earliest) ? earliest : reported;
  }
}
