package io.chorus.extension.console;

import elemental2.core.JsArray;
import elemental2.dom.CSSStyleDeclaration;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLCanvasElement;
import io.chorus.extension.wire.JsReader;
import io.chorus.shared.wire.WireReader;
import java.util.List;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Which chart each figure gets and how Chart.js is told to draw it: bars per row (lying down for the
 * top lists, whose labels are long), weekly actives with their trend line, in the console's own
 * colours (read from its style sheet, so dark mode follows). No animation: the numbers are the point.
 * Numbers handed to Chart.js are doubles: in GWT a boxed Double is a JS number, a boxed Integer is not.
 */
final class NumbersCharts {
  private record Series(String key, String label, String type, String colour) {}

  private record Spec(String labelKey, boolean lying, List<Series> series) {}

  private NumbersCharts() {}

  private static Spec spec(String figure) {
    switch (figure) {
      case "adoption":
        return new Spec("stage", true, List.of(new Series("people", "People", "bar", "--accent")));
      case "weekly-active":
        return new Spec("week", false, List.of(new Series("active", "Active advocates", "bar", "--accent"),
            new Series("trend", "Trend", "line", "--star")));
      case "networks":
        return new Spec("network", false, List.of(new Series("shares", "Shares", "bar", "--accent"),
            new Series("sharers", "People sharing", "bar", "--ok")));
      case "reach":
        return new Spec("network", false, List.of(new Series("reach", "Estimated reach", "bar", "--accent")));
      case "clicks":
        return new Spec("network", false, List.of(new Series("clicks", "Unique clicks", "bar", "--accent"),
            new Series("visitors", "Visitors", "bar", "--ok")));
      case "top-content":
        return new Spec("title", true, List.of(new Series("shares", "Shares", "bar", "--accent")));
      case "topics":
        return new Spec("topic", true, List.of(new Series("shares", "Shares", "bar", "--accent")));
      case "top-people":
        return new Spec("name", true, List.of(new Series("points", "Points", "bar", "--accent")));
      case "top-teams":
        return new Spec("team", true, List.of(new Series("points", "Points", "bar", "--accent")));
      default:
        return null;
    }
  }

  /** Whether the figure has a chart (a figure this page does not know yet is shown as a table only). */
  static boolean charted(String figure) {
    return spec(figure) != null;
  }

  /** Draws the figure's chart on the canvas; the chart is to be destroyed when the page redraws. */
  static ChartJs draw(HTMLCanvasElement canvas, String figure, List<WireReader> rows) {
    Spec spec = spec(figure);
    JsArray<Object> labels = new JsArray<>();
    for (WireReader row : rows) {
      String label = "week".equals(spec.labelKey()) ? NumbersText.shortDay(row.optString("week"))
          : NumbersText.axisLabel(NumbersText.code(spec.labelKey(), row.optString(spec.labelKey())));
      labels.push(label);
    }
    JsArray<Object> datasets = new JsArray<>();
    for (Series s : spec.series()) {
      JsArray<Object> values = new JsArray<>();
      for (WireReader row : rows) {
        Object v = ((JsReader) row).raw().get(s.key());
        values.push(v);
      }
      String colour = colour(s.colour());
      JsPropertyMap<Object> set = map("type", s.type(), "label", s.label(), "data", values, "backgroundColor", colour,
          "borderColor", colour, "borderWidth", "line".equals(s.type()) ? 2.0 : 0.0);
      set.set("pointRadius", 2.0);
      set.set("borderRadius", 3.0);
      set.set("maxBarThickness", 36.0);
      datasets.push(set);
    }
    String text = colour("--muted");
    String grid = colour("--line");
    JsPropertyMap<Object> valueAxis = map("beginAtZero", true, "ticks", map("color", text, "precision", 0.0),
        "grid", map("color", grid));
    JsPropertyMap<Object> labelAxis = map("ticks", map("color", text), "grid", map("display", false));
    JsPropertyMap<Object> scales = spec.lying() ? map("x", valueAxis, "y", labelAxis) : map("x", labelAxis, "y", valueAxis);
    JsPropertyMap<Object> options = map("animation", false, "responsive", true, "maintainAspectRatio", false,
        "indexAxis", spec.lying() ? "y" : "x", "scales", scales,
        "plugins", map("legend", map("display", spec.series().size() > 1, "labels", map("color", text))));
    return new ChartJs(canvas, map("type", "bar", "data", map("labels", labels, "datasets", datasets),
        "options", options));
  }

  private static JsPropertyMap<Object> map(Object... keysAndValues) {
    JsPropertyMap<Object> map = JsPropertyMap.of();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      map.set((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static String colour(String variable) {
    String value = computedStyle(DomGlobal.document.documentElement).getPropertyValue(variable);
    return value == null || value.trim().isEmpty() ? "#4b49c8" : value.trim();
  }

  @JsMethod(namespace = JsPackage.GLOBAL, name = "getComputedStyle")
  private static native CSSStyleDeclaration computedStyle(Element element);

  /** A row's value as a number for a chart (a missing value is left out of the line, not drawn as 0). */
  static Double number(WireReader row, String key) {
    Object v = ((JsReader) row).raw().get(key);
    return v == null || !"number".equals(Js.typeof(v)) ? null : Js.asDouble(v);
  }
}
