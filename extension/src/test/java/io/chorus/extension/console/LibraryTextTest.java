package io.chorus.extension.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.shared.Network;
import io.chorus.shared.wire.ItemFields;
import io.chorus.shared.wire.LibraryDraft;
import io.chorus.shared.wire.LibraryItem;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The library page's words: hashtags and topics as typed, the live counter, an item's state")
class LibraryTextTest {
  @Test
  @DisplayName("Hashtags split on commas or spaces, without their sign; topics on commas only")
  void reading() {
    assertEquals(List.of("Acme", "hiring", "Riga"), LibraryText.tags("#Acme, hiring  \uFF03Riga,,"));
    assertEquals(List.of(), LibraryText.tags("  "));
    assertEquals(List.of("Hiring", "Product launches"), LibraryText.topics("Hiring, Product launches ,"));
  }

  @Test
  @DisplayName("The counter says what is left of the network's limit, or how far over it the words are")
  void counter() {
    assertEquals("2,745 left of LinkedIn's 3,000", LibraryText.remaining(Network.LINKEDIN, 2745));
    assertEquals("12 over X's 280", LibraryText.remaining(Network.X, -12));
    // 256 letters, a space and a link (23 on X): exactly X's 280; the same words as the server counts them.
    assertEquals(0, ItemFields.remaining(Network.X, "a".repeat(256), "https://acme.com/news", List.of()));
    assertEquals(-6, ItemFields.remaining(Network.X, "a".repeat(256), "https://acme.com/news", List.of("Acme")));
  }

  @Test
  @DisplayName("An item's state: draft, live, scheduled, ended, archived")
  void state() {
    LibraryDraft d = new LibraryDraft("T", null, "https://a.com", null, "w", null, List.of(), List.of(), null,
        List.of(), List.of(), null, null);
    assertEquals("Draft", LibraryText.state(new LibraryItem(1, "draft", 1, false, d, "", "", null, 0), 100, 0, 0));
    assertEquals("Live", LibraryText.state(new LibraryItem(1, "approved", 1, true, d, "", "", null, 0), 100, 50, 0));
    assertEquals("Scheduled", LibraryText.state(new LibraryItem(1, "approved", 1, false, d, "", "", null, 0), 100, 200, 0));
    assertEquals("Ended", LibraryText.state(new LibraryItem(1, "approved", 1, false, d, "", "", null, 0), 100, 50, 90));
    assertEquals("Archived", LibraryText.state(new LibraryItem(1, "archived", 1, false, d, "", "", null, 0), 100, 0, 0));
  }
}
