package io.chorus.extension.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.chorus.shared.wire.DigestSettings;
import io.chorus.shared.wire.DigestTestResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The Reminders page's words: days, how a week went, test outcomes")
class ReminderTextsTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"1, Monday", "5, Friday", "7, Sunday", "0, ''", "8, ''"})
  @DisplayName("ISO days by name")
  void days(int day, String name) {
    assertEquals(name, ReminderTexts.day(day));
  }

  @Test
  @DisplayName("A week's emails: sent of all, then what waits, failed or was skipped")
  void weeks() {
    assertEquals("24 of 24 emails sent",
        ReminderTexts.emails(new DigestSettings.Week("2026-11-23", 0, 24, 24, 0, 0, 0, "sent")));
    assertEquals("1 of 1 email sent",
        ReminderTexts.emails(new DigestSettings.Week("2026-11-23", 0, 1, 1, 0, 0, 0, null)));
    assertEquals("20 of 24 emails sent \u00B7 2 waiting to retry \u00B7 1 failed \u00B7 1 skipped (unsubscribed, left "
        + "or nothing left to tell)", ReminderTexts.emails(new DigestSettings.Week("w", 0, 24, 20, 2, 1, 1, null)));
    assertEquals("Webhook: posted", ReminderTexts.webhook("sent"));
    assertEquals("Webhook: waiting to retry", ReminderTexts.webhook("sending"));
    assertNull(ReminderTexts.webhook(null));
  }

  @Test
  @DisplayName("A test send's outcome per channel")
  void checks() {
    assertEquals("Email: sent. Sent to liga@acme.example.", ReminderTexts.check("Email",
        new DigestTestResult.Check(DigestTestResult.SENT, "Sent to liga@acme.example.")));
    assertEquals("Webhook: not sent. No webhook is set.", ReminderTexts.check("Webhook",
        new DigestTestResult.Check(DigestTestResult.NOT_CONFIGURED, "No webhook is set.")));
    assertEquals("09:30", ReminderTexts.hhmm("09:30:00"));
  }
}
