package io.chorus.shared.sse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SseParserTest {

  @Test
  @DisplayName("Events split across chunks arrive whole, with id, type and multi-line data")
  void parsesAcrossChunks() {
    SseParser p = new SseParser();
    List<SseEvent> events = new ArrayList<>();
    events.addAll(p.feed("retry: 2000\n: heartbeat\n\nid: 7\nevent: bo"));
    events.addAll(p.feed("ard\ndata: {\"a\":1,\ndata: \"b\":2}\n"));
    assertEquals(0, events.size(), "not dispatched before the blank line");
    events.addAll(p.feed("\ndata: plain\n\n"));
    assertEquals(List.of(new SseEvent("7", "board", "{\"a\":1,\n\"b\":2}"), new SseEvent("7", "message", "plain")), events);
    assertEquals("7", p.lastEventId());
    assertEquals(2000, p.retryMillis());
  }

  @Test
  @DisplayName("CR, LF and CRLF line ends all work, even when CRLF is split between chunks")
  void handlesEveryLineEnd() {
    SseParser p = new SseParser();
    List<SseEvent> events = new ArrayList<>(p.feed("data: a\r"));
    events.addAll(p.feed("\n\r\ndata: b\r\rdata: c\n\n"));
    assertEquals(List.of("a", "b", "c"), events.stream().map(SseEvent::data).toList());
  }

  @Test
  @DisplayName("What the server formats, the parser reads back unchanged")
  void roundTrips() {
    SseEvent e = new SseEvent("42", "share", "line one\nline two");
    assertEquals(List.of(e), new SseParser().feed(e.format()));
  }
}
