package io.chorus.shared.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.shared.Network;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contest contract between the server, the console, the popup and the screen. */
class ContestWireTest {

  private static Map<String, Object> draft() {
    Map<String, Object> m = new HashMap<>();
    m.put("name", "Work somewhere you love");
    m.put("hashtag", "#WorkSomewhereYouLove");
    m.put("description", "Show us your desk.");
    m.put("starts", "2026-12-01T09:00");
    m.put("ends", "2026-12-15T18:00");
    m.put("offices", new ArrayList<>(List.of(Map.of("id", 3L), Map.of("id", 3L), Map.of("id", 4L, "name", "Riga"))));
    m.put("maxEntriesPerDay", 2L);
    m.put("drawWinners", 3L);
    return m;
  }

  private static ContestDraft read(Map<String, Object> m) {
    return ContestDraft.read(new MapReader(m));
  }

  @Test
  @DisplayName("A draft keeps its hashtag without the sign, each office once, and the defaults a liaison left out")
  void draftDefaults() {
    ContestDraft d = read(draft());
    assertEquals("WorkSomewhereYouLove", d.hashtag());
    assertEquals(List.of(3L, 4L), d.offices().stream().map(ContestPlace::id).toList());
    assertEquals(List.of(), d.teams());
    assertTrue(d.countsShares() && d.countsOwnPosts());
    assertEquals(10, d.pointsPerEntry());
    assertEquals(1, d.pointsPerClick());
    assertEquals(2, d.maxEntriesPerDay());
    assertEquals(1, d.drawMinEntries());
    assertEquals(24, d.graceHours());
  }

  @Test
  @DisplayName("A full-width ＃ before the hashtag is taken like #")
  void fullWidthSign() {
    Map<String, Object> m = draft();
    m.put("hashtag", "＃tobeapartner");
    assertEquals("tobeapartner", read(m).hashtag());
  }

  @DisplayName("A bad draft is refused, naming the field at fault")
  @ParameterizedTest(name = "{0} = {1} → refused on {0}")
  @CsvSource(delimiter = '|', textBlock = """
      hashtag          | #two words           | string
      hashtag          | #2026                | string
      hashtag          | #a#b                 | string
      hashtag          | #️⃣                  | string
      hashtag          | ''                   | string
      name             | '  '                 | string
      starts           | 2026-12-01 09:00     | string
      starts           | 2026-13-01T09:00     | string
      ends             | 2026-11-30T09:00     | string
      ends             | 2026-12-01T09:00     | string
      pointsPerEntry   | -1                   | long
      maxEntriesPerDay | 101                  | long
      drawMinEntries   | 0                    | long
      graceHours       | 169                  | long
      surprise         | 1                    | long
      """)
  void refusesBadDrafts(String field, String value, String type) {
    Map<String, Object> m = draft();
    m.put(field, type.equals("long") ? (Object) Long.parseLong(value) : value);
    WireException e = assertThrows(WireException.class, () -> read(m));
    assertEquals(field, e.field());
  }

  @Test
  @DisplayName("A contest that counts neither shares nor own posts is refused on countsShares")
  void countsSomething() {
    Map<String, Object> m = draft();
    m.put("countsShares", false);
    m.put("countsOwnPosts", false);
    assertEquals("countsShares", assertThrows(WireException.class, () -> read(m)).field());
  }

  @Test
  @DisplayName("An office id that is not positive is refused on offices")
  void badOffice() {
    Map<String, Object> m = draft();
    m.put("offices", List.of(Map.of("id", 0L)));
    assertEquals("offices", assertThrows(WireException.class, () -> read(m)).field());
  }

  @Test
  @DisplayName("A draft, a view, a board, results and my contests read back exactly as written")
  void roundTrips() {
    ContestDraft d = read(draft());
    assertEquals(d, ContestDraft.read(new MapReader(MapWriter.write(d::write))));
    ContestView v = new ContestView(7, ContestStatus.LIVE, d, "Europe/Riga", 1_000L, 2_000L, 3_000L,
        "ab".repeat(32), 5, 2);
    assertEquals(v, ContestView.read(new MapReader(MapWriter.write(v::write))));
    ContestView draftView = new ContestView(8, ContestStatus.DRAFT, d, "UTC", 1L, 2L, 3L, null, 0, 0);
    assertNull(ContestView.read(new MapReader(MapWriter.write(draftView::write))).commitment());
    ContestBoard b = new ContestBoard(7, "Love", "worksomewhereyoulove", ContestStatus.ENDED, 1L, 2L, 3L,
        List.of(new ContestBoard.Row(1, 11, "Jānis <b>", 20, 2)),
        List.of(new ContestBoard.Entry(11, "Jānis <b>", Network.X, 1_500L, true)));
    assertEquals(b, ContestBoard.read(new MapReader(MapWriter.write(b::write))));
    ContestResults r = new ContestResults(7, ContestResults.FINAL, "c".repeat(64), "d".repeat(64),
        List.of(new ContestResults.Winner(11, "Jānis", ContestResults.Winner.TOP, 1),
            new ContestResults.Winner(12, "Anna", ContestResults.Winner.DRAW, 0)),
        true, 2, 5, "/api/contests/7/entrants.csv");
    assertEquals(r, ContestResults.read(new MapReader(MapWriter.write(r::write))));
    List<MyContest> mine = List.of(new MyContest(7, "Love", "worksomewhereyoulove", 2_000L, 2, 1, true),
        new MyContest(9, "Partner", "tobeapartner", 3_000L, 0, 0, false));
    assertEquals(mine, MyContest.readList(new MapReader(MapWriter.write(w -> MyContest.writeList(w, mine)))));
    ContestEntryReceipt receipt = new ContestEntryReceipt(7, "worksomewhereyoulove", 10);
    assertEquals(receipt, ContestEntryReceipt.read(new MapReader(MapWriter.write(receipt::write))));
    Suggestion s = new Suggestion(1, "T", null, "https://acme.example/a", Network.LINKEDIN, "Words",
        List.of("acme"), null, "worksomewhereyoulove");
    assertEquals(s, Suggestion.read(new MapReader(MapWriter.write(s::write))));
  }

  @Test
  @DisplayName("An own post report reads back as written; one without text or on a foreign host is refused")
  void ownPosts() {
    OwnPostReport p = new OwnPostReport(Network.X, "https://x.com/janis/status/1860000000000000001",
        "Our new office! #WorkSomewhereYouLove", 1_700_000_000_000L);
    assertEquals(p, OwnPostReport.read(new MapReader(MapWriter.write(p::write))));
    Map<String, Object> noText = new HashMap<>(MapWriter.write(p::write));
    noText.remove("text");
    assertEquals("text", assertThrows(WireException.class, () -> OwnPostReport.read(new MapReader(noText))).field());
    Map<String, Object> foreign = new HashMap<>(MapWriter.write(p::write));
    foreign.put("postUrl", "https://evil.example/status/1");
    assertEquals("postUrl",
        assertThrows(WireException.class, () -> OwnPostReport.read(new MapReader(foreign))).field());
    Map<String, Object> tooLong = new HashMap<>(MapWriter.write(p::write));
    tooLong.put("text", "#tag " + "x".repeat(300));
    assertEquals("text", assertThrows(WireException.class, () -> OwnPostReport.read(new MapReader(tooLong))).field());
  }
}
