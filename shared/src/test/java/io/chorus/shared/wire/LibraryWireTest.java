package io.chorus.shared.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.shared.Network;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Library items on the wire: round trips, and drafts refused by the field at fault")
class LibraryWireTest {
  private static LibraryDraft draft(String xText) {
    return new LibraryDraft("Riga lab opens", "A summary.", "https://acme.com/news/riga", "https://acme.com/lab.jpg",
        "Our lab in Riga is open.", xText, List.of("AcmeEmployee"), List.of("Hiring"), "lv",
        List.of(new ItemPlace(3, "Riga")), List.of(), "2026-12-01T09:00:00Z", null);
  }

  @Test
  @DisplayName("A draft, an item and a link preview read back as they were written")
  void roundTrips() {
    LibraryDraft d = draft("Riga lab, open.");
    assertEquals(d, LibraryDraft.read(new MapReader(MapWriter.write(d::write))));
    LibraryItem item = new LibraryItem(7, LibraryItem.APPROVED, 2, true, d, "2026-12-01T08:00:00Z",
        "2026-12-01T09:30:00Z", "2026-12-01T09:00:00Z", 4);
    assertEquals(item, LibraryItem.read(new MapReader(MapWriter.write(item::write))));
    LinkPreview p = new LinkPreview("https://acme.com/a", "<img src=x>", null, null);
    assertEquals(p, LinkPreview.read(new MapReader(MapWriter.write(p::write))));
  }

  @Test
  @DisplayName("Words that do not fit X once the link and hashtags are added are refused, naming xText and 280")
  void xLimit() {
    LibraryDraft over = draft("a".repeat(250));
    WireException e = assertThrows(WireException.class, () -> LibraryDraft.read(new MapReader(MapWriter.write(over::write))));
    assertEquals("xText", e.field());
    assertTrue(e.getMessage().contains("X allows 280"), e.getMessage());
    // 250 + " #AcmeEmployee" (14) + " " + link (23) = 288; 242 letters make exactly 280.
    assertEquals(-8, ItemFields.remaining(Network.X, "a".repeat(250), "https://acme.com/news/riga", List.of("AcmeEmployee")));
    assertEquals(0, ItemFields.remaining(Network.X, "a".repeat(242), "https://acme.com/news/riga", List.of("#AcmeEmployee")));
  }

  @DisplayName("A bad draft is refused, naming the field at fault")
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      title     | ''
      url       | http://acme.com/news
      url       | https://localhost/news
      url       | javascript:alert(1)
      imageUrl  | https://acme.com/a b.jpg
      language  | Latvian
      hashtags  | not a tag
      topics    | ''
      """)
  void refusals(String field, String value) {
    java.util.Map<String, Object> m = MapWriter.write(draft("Words.")::write);
    m.put(field, field.equals("hashtags") || field.equals("topics") ? List.of(value) : value);
    WireException e = assertThrows(WireException.class, () -> LibraryDraft.read(new MapReader(m)));
    assertEquals(field, e.field(), e.getMessage());
  }

  @Test
  @DisplayName("No words for either network is refused; words for one network are enough")
  void someWords() {
    java.util.Map<String, Object> m = MapWriter.write(draft(null)::write);
    m.remove("linkedinText");
    assertEquals("linkedinText", assertThrows(WireException.class, () -> LibraryDraft.read(new MapReader(m))).field());
    assertNull(LibraryDraft.read(new MapReader(MapWriter.write(draft(null)::write))).xText());
  }
}
