package io.chorus.server.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Digest words: plain text and HTML with every piece of library text escaped, Slack text escaped")
class DigestMessagesTest {
  private static final String HOSTILE = "<img src=x onerror=alert(1)> & \"quotes\"";
  private static final List<DigestMessages.Item> ITEMS = List.of(
      new DigestMessages.Item(1, HOSTILE, "Line one\nline two", "https://chorus.example/r/abcDEF1234"),
      new DigestMessages.Item(2, "Robots | at work", null, "https://acme.example/news/robots?a=1&b=2"));

  @Test
  @DisplayName("The HTML part shows a hostile title as text: no tag, no image, escaped quotes and ampersands")
  void htmlEscapes() {
    DigestMessages.Email e = DigestMessages.email("Acme <Robotics>", "Jānis", ITEMS, 0,
        "https://chorus.example/digest/unsubscribe/5.sig", false);
    assertFalse(e.html().contains("<img"), e.html());
    assertTrue(e.html().contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;"));
    assertTrue(e.html().contains("<bdi>Acme &lt;Robotics&gt;</bdi>"));
    assertTrue(e.html().contains("href=\"https://acme.example/news/robots?a=1&amp;b=2\""));
    assertTrue(e.html().contains("href=\"https://chorus.example/digest/unsubscribe/5.sig\""));
    assertFalse(e.html().contains("src=\""), "no remote images");
  }

  @Test
  @DisplayName("The plain-text part lists each item with its link on one line each, then the unsubscribe link")
  void plainText() {
    DigestMessages.Email e = DigestMessages.email("Acme Robotics", "Jānis", ITEMS, 3,
        "https://chorus.example/digest/unsubscribe/5.sig", false);
    assertEquals("5 new posts to share from Acme Robotics", e.subject());
    assertTrue(e.text().startsWith("Hello Jānis,\n"));
    assertTrue(e.text().contains("1. " + HOSTILE + "\n   Line one line two\n   https://chorus.example/r/abcDEF1234\n"));
    assertTrue(e.text().contains("…and 3 more"));
    assertTrue(e.text().endsWith("Unsubscribe: https://chorus.example/digest/unsubscribe/5.sig\n"));
  }

  @Test
  @DisplayName("A test email says it is a test and carries no unsubscribe link")
  void testEmail() {
    DigestMessages.Email e = DigestMessages.email("Acme", "Līga", List.of(), 0, null, true);
    assertTrue(e.subject().startsWith("[Test] 0 new posts"));
    assertFalse(e.text().contains("Unsubscribe"));
    assertTrue(e.text().contains("would not be sent"));
  }

  @Test
  @DisplayName("The webhook text escapes Slack's control characters and keeps a '|' from ending a link")
  void slack() {
    String text = DigestMessages.webhookText("Acme & Co", ITEMS, 1, false);
    assertTrue(text.startsWith("*3 new posts to share from Acme &amp; Co*\n"), text);
    assertTrue(text.contains("• <https://chorus.example/r/abcDEF1234|&lt;img src=x onerror=alert(1)&gt; &amp; \"quotes\">"));
    assertTrue(text.contains("|Robots ｜ at work>"));
    assertTrue(text.contains("…and 1 more."));
  }
}
