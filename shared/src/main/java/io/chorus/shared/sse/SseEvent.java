package io.chorus.shared.sse;

/** One server-sent event: its id (may be null), its type ("message" when unnamed) and its data. */
public record SseEvent(String id, String type, String data) {
  /** The event in text/event-stream framing, ending with the blank line that dispatches it. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    if (id != null) {
      sb.append("id: ").append(id).append('\n');
    }
    if (type != null && !type.equals("message")) {
      sb.append("event: ").append(type).append('\n');
    }
    int start = 0;
    while (true) {
      int nl = data.indexOf('\n', start);
      sb.append("data: ").append(nl < 0 ? data.substring(start) : data.substring(start, nl)).append('\n');
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return sb.append('\n').toString();
  }
}
