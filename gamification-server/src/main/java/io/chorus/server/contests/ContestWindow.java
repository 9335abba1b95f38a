package io.chorus.server.contests;

import io.chorus.server.http.ApiException;
import io.chorus.shared.wire.ErrorCode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * A contest's start and end as the liaison writes them (wall-clock {@code YYYY-MM-DDTHH:MM} in the
 * company's time zone) and as instants. Across a daylight-saving gap a wall-clock time that does not
 * exist is moved forward by the gap, as {@code ZonedDateTime.of} does.
 */
record ContestWindow(Instant starts, Instant ends) {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm")
      // Strict: 2027-02-30 is refused, not quietly taken as 2027-02-28.
      .withResolverStyle(ResolverStyle.STRICT);

  static ContestWindow of(String startsLocal, String endsLocal, String zone) {
    ZoneId z = ZoneId.of(zone);
    Instant starts = instant("starts", startsLocal, z);
    Instant ends = instant("ends", endsLocal, z);
    if (!ends.isAfter(starts)) {
      throw new ApiException(ErrorCode.INVALID_FIELD, "'ends' must be after 'starts'.", "ends");
    }
    return new ContestWindow(starts, ends);
  }

  static Instant instant(String field, String local, ZoneId zone) {
    try {
      return LocalDateTime.parse(local, LOCAL).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      throw new ApiException(ErrorCode.INVALID_FIELD, "'" + field + "' is not a date and time that exists ("
          + local + ").", field);
    }
  }

  /** An instant as the company's wall clock writes it. */
  static String local(Instant t, String zone) {
    return LocalDateTime.ofInstant(t, ZoneId.of(zone)).format(LOCAL);
  }
}
