package io.chorus.bench.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading a Chromium trace for a content script's tasks")
class TraceTasksTest {
  private static final String EXT = "chrome-extension://abc/x.js";

  @Test
  @DisplayName("The longest top-level task holding the script's work counts, not the page's own longer tasks")
  void longestTaskOfTheScript() {
    String trace = """
        {"traceEvents": [
          {"ph": "X", "name": "RunTask", "pid": 1, "tid": 7, "ts": 1000, "dur": 30000},
          {"ph": "X", "name": "FunctionCall", "pid": 1, "tid": 7, "ts": 2000, "dur": 12000, "args": {"data": {"url": "chrome-extension://abc/x.js"}}},
          {"ph": "X", "name": "RunTask", "pid": 1, "tid": 7, "ts": 50000, "dur": 90000},
          {"ph": "X", "name": "FunctionCall", "pid": 1, "tid": 7, "ts": 51000, "dur": 80000, "args": {"data": {"url": "https://x.com/app.js"}}},
          {"ph": "X", "name": "RunTask", "pid": 1, "tid": 7, "ts": 200000, "dur": 8000},
          {"ph": "X", "name": "EvaluateScript", "pid": 1, "tid": 7, "ts": 200100, "dur": 7000, "args": {"data": {"url": "chrome-extension://abc/x.js"}}},
          {"ph": "X", "name": "FunctionCall", "pid": 2, "tid": 7, "ts": 2000, "dur": 5000, "args": {"data": {"url": "chrome-extension://abc/x.js"}}}
        ]}""";

    TraceTasks.Result r = TraceTasks.longest(trace, EXT);

    assertEquals(30.0, r.longestTaskMs());
    assertEquals(12.0, r.longestSliceMs());
    assertEquals(2, r.tasks());
    assertEquals(3, r.slices());
  }
}
