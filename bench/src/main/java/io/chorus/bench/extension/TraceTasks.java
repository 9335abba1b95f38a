package io.chorus.bench.extension;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Chromium trace (devtools.timeline) for the work a script did: its own slices (evaluating it,
 * calls into it from timers, events, observers and promises, compiling it) and the longest top-level
 * task that contains any of them — the task the script caused, whatever else ran in it.
 */
final class TraceTasks {
  private static final List<String> SCRIPT_SLICES = List.of("EvaluateScript", "FunctionCall", "v8.compile",
      "v8.callFunction", "v8.run");

  /** Durations in milliseconds: the longest task holding the script's work, its longest slice, their counts. */
  record Result(double longestTaskMs, double longestSliceMs, int tasks, int slices) {}

  private TraceTasks() {}

  static Result longest(String traceJson, String scriptUrlPrefix) {
    JsonElement root = JsonParser.parseString(traceJson);
    JsonArray events = root.isJsonArray() ? root.getAsJsonArray() : root.getAsJsonObject().getAsJsonArray("traceEvents");
    List<JsonObject> tasks = new ArrayList<>();
    List<JsonObject> slices = new ArrayList<>();
    for (JsonElement e : events) {
      JsonObject ev = e.getAsJsonObject();
      if (!"X".equals(str(ev, "ph")) || !ev.has("dur")) {
        continue;
      }
      String name = str(ev, "name");
      if ("RunTask".equals(name) || "ThreadControllerImpl::RunTask".equals(name)) {
        tasks.add(ev);
      } else if (SCRIPT_SLICES.contains(name) && url(ev).startsWith(scriptUrlPrefix)) {
        slices.add(ev);
      }
    }
    double longestSlice = 0;
    double longestTask = 0;
    int taskCount = 0;
    List<JsonObject> counted = new ArrayList<>();
    for (JsonObject s : slices) {
      longestSlice = Math.max(longestSlice, ev(s, "dur") / 1000.0);
      for (JsonObject t : tasks) {
        if (same(t, s, "pid") && same(t, s, "tid") && ev(t, "ts") <= ev(s, "ts")
            && ev(s, "ts") + ev(s, "dur") <= ev(t, "ts") + ev(t, "dur")) {
          if (!counted.contains(t)) {
            counted.add(t);
            taskCount++;
            longestTask = Math.max(longestTask, ev(t, "dur") / 1000.0);
          }
          break;
        }
      }
    }
    return new Result(Math.max(longestTask, longestSlice), longestSlice, taskCount, slices.size());
  }

  private static String url(JsonObject ev) {
    JsonObject args = ev.has("args") ? ev.getAsJsonObject("args") : null;
    if (args == null) {
      return "";
    }
    JsonObject data = args.has("data") && args.get("data").isJsonObject() ? args.getAsJsonObject("data") : args;
    if (data.has("url") && data.get("url").isJsonPrimitive()) {
      return data.get("url").getAsString();
    }
    if (args.has("fileName") && args.get("fileName").isJsonPrimitive()) {
      return args.get("fileName").getAsString();
    }
    return "";
  }

  private static String str(JsonObject o, String key) {
    return o.has(key) && o.get(key).isJsonPrimitive() ? o.get(key).getAsString() : "";
  }

  private static double ev(JsonObject o, String key) {
    return o.get(key).getAsDouble();
  }

  private static boolean same(JsonObject a, JsonObject b, String key) {
    return a.has(key) && b.has(key) && a.get(key).getAsLong() == b.get(key).getAsLong();
  }
}
