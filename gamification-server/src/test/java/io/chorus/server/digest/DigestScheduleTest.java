package io.chorus.server.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Digest schedule: a day and time in the company's zone, due for a day after, once per ISO week")
class DigestScheduleTest {
  private static final ZoneId RIGA = ZoneId.of("Europe/Riga");

  @ParameterizedTest(name = "{0} in {1}, {2} {3} → due week {4}")
  @CsvSource(textBlock = """
      # now (UTC),             zone,                 day, time,  due week (Monday) or none
      2026-11-23T06:59:59Z,    Europe/Riga,          1,   09:00, none
      2026-11-23T07:00:00Z,    Europe/Riga,          1,   09:00, 2026-11-23
      2026-11-24T06:59:59Z,    Europe/Riga,          1,   09:00, 2026-11-23
      2026-11-24T07:00:00Z,    Europe/Riga,          1,   09:00, none
      2026-11-25T09:00:00Z,    Europe/Riga,          3,   11:00, 2026-11-23
      # Sunday 23:00 in Riga is still due early on Monday (the next ISO week has begun there)
      2026-11-29T21:30:00Z,    Europe/Riga,          7,   23:00, 2026-11-23
      2026-11-30T01:00:00Z,    Europe/Riga,          7,   23:00, 2026-11-23
      # Monday 00:30 in Riga is Sunday 22:30 UTC: the zone decides the week
      2026-11-29T22:30:00Z,    Europe/Riga,          1,   00:30, 2026-11-30
      2026-11-29T22:29:00Z,    Europe/Riga,          1,   00:30, none
      # Los Angeles: Monday 09:00 is 17:00 UTC in winter
      2026-11-30T16:59:00Z,    America/Los_Angeles,  1,   09:00, none
      2026-11-30T17:00:00Z,    America/Los_Angeles,  1,   09:00, 2026-11-30
      # Summer time ends in Riga on Sunday 25 October 2026 at 04:00: Sunday 09:00 is 07:00 UTC, not 06:00
      2026-10-25T06:30:00Z,    Europe/Riga,          7,   09:00, none
      2026-10-25T07:00:00Z,    Europe/Riga,          7,   09:00, 2026-10-19
      """)
  @DisplayName("The week whose digest is due at a moment, in the company's own zone")
  void dueWeek(String now, String zone, int day, String time, String week) {
    DigestSchedule.Week due = new DigestSchedule(true, day, LocalTime.parse(time)).due(Instant.parse(now), ZoneId.of(zone));
    if (week.equals("none")) {
      assertNull(due);
    } else {
      assertEquals(LocalDate.parse(week), due.monday());
    }
  }

  @Test
  @DisplayName("A digest that is off is never due and has no next moment")
  void off() {
    DigestSchedule off = new DigestSchedule(false, 1, LocalTime.of(9, 0));
    assertNull(off.due(Instant.parse("2026-11-23T07:30:00Z"), RIGA));
    assertNull(off.next(Instant.parse("2026-11-23T07:30:00Z"), RIGA));
  }

  @Test
  @DisplayName("The next moment is this week's while it is ahead, else next week's")
  void next() {
    DigestSchedule wednesday = new DigestSchedule(true, 3, LocalTime.of(11, 0));
    assertEquals(Instant.parse("2026-11-25T09:00:00Z"), wednesday.next(Instant.parse("2026-11-24T12:00:00Z"), RIGA));
    assertEquals(Instant.parse("2026-12-02T09:00:00Z"), wednesday.next(Instant.parse("2026-11-25T09:00:00Z"), RIGA));
  }

  @Test
  @DisplayName("A time the spring-forward gap skips goes out an hour later that day, not never")
  void springGap() {
    // Riga moves from 03:00 to 04:00 on Sunday 28 March 2027: 03:30 does not exist that night.
    DigestSchedule.Week w = new DigestSchedule(true, 7, LocalTime.of(3, 30)).weekOf(Instant.parse("2027-03-25T12:00:00Z"), RIGA);
    assertEquals(Instant.parse("2027-03-28T01:30:00Z"), w.sendAt());
  }
}
