package io.chorus.shared.sse;

import java.util.ArrayList;
import java.util.List;

/**
 * An incremental text/event-stream parser (the WHATWG rules: CR, LF or CRLF line ends, comments,
 * multi-line data, a remembered last event id). The office screen reads the stream with fetch — so it
 * can send its token in a header, which EventSource cannot — and feeds each chunk here.
 */
public final class SseParser {
  private final StringBuilder pending = new StringBuilder();
  private final StringBuilder data = new StringBuilder();
  private boolean hasData;
  private String type;
  private String lastEventId;
  private int retryMillis = -1;
  private boolean skipLeadingLf;

  /** Parses a chunk and returns the events it completed (possibly none). */
  public List<SseEvent> feed(String chunk) {
    List<SseEvent> events = new ArrayList<>();
    for (int i = 0; i < chunk.length(); i++) {
      char c = chunk.charAt(i);
      if (skipLeadingLf) {
        skipLeadingLf = false;
        if (c == '\n') {
          continue;
        }
      }
      if (c == '\r' || c == '\n') {
        skipLeadingLf = c == '\r';
        SseEvent e = line(pending.toString());
        pending.setLength(0);
        if (e != null) {
          events.add(e);
        }
      } else {
        pending.append(c);
      }
    }
    return events;
  }

  /** The id of the last event seen, for a reconnect's Last-Event-ID header. */
  public String lastEventId() {
    return lastEventId;
  }

  /** The reconnection delay the server asked for, or -1 when it said nothing. */
  public int retryMillis() {
    return retryMillis;
  }

  private SseEvent line(String line) {
    if (line.isEmpty()) {
      return dispatch();
    }
    if (line.charAt(0) == ':') {
      return null;
    }
    int colon = line.indexOf(':');
    String field = colon < 0 ? line : line.substring(0, colon);
    String value = colon < 0 ? "" : line.substring(colon + 1);
    if (value.startsWith(" ")) {
      value = value.substring(1);
    }
    switch (field) {
      case "data":
        if (hasData) {
          data.append('\n');
        }
        data.append(value);
        hasData = true;
        break;
      case "event":
        type = value;
        break;
      case "id":
        if (value.indexOf('\0') < 0) {
          lastEventId = value;
        }
        break;
      case "retry":
        retryMillis = parseDigits(value, retryMillis);
        break;
      default:
        break;
    }
    return null;
  }

  private SseEvent dispatch() {
    if (!hasData) {
      type = null;
      return null;
    }
    SseEvent e = new SseEvent(lastEventId, type == null || type.isEmpty() ? "message" : type, data.toString());
    data.setLength(0);
    hasData = false;
    type = null;
    return e;
  }

  private static int parseDigits(String s, int otherwise) {
    if (s.isEmpty() || s.length() > 9) {
      return otherwise;
    }
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return otherwise;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
