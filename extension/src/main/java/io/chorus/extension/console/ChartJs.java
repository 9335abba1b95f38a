package io.chorus.extension.console;

import elemental2.dom.HTMLCanvasElement;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * Chart.js (the global {@code Chart} of its UMD build, which the console's page loads before the
 * console's own script): it draws on a canvas, text included, so no label ever becomes markup.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Chart")
final class ChartJs {
  ChartJs(HTMLCanvasElement canvas, Object config) {}

  /** Lets go of the canvas and of the listeners Chart.js added for resizing. */
  native void destroy();
}
