package io.chorus.extension.content;

/**
 * Where the panel may sit so it never covers the site's controls: the corners of the viewport are tried
 * (the current one first), unfolded when the employee wants it so, else folded to its bar; when every
 * corner would cover an obstacle (the open composer), the panel hides until it closes. DOM-free: rects
 * come in as numbers, so a plain JUnit test covers the choices.
 */
final class Placement {
  static final int BOTTOM_RIGHT = 0;
  static final int BOTTOM_LEFT = 1;
  static final int TOP_RIGHT = 2;
  static final int TOP_LEFT = 3;
  /** Answer of {@link #choose} when no corner is free. */
  static final int HIDDEN = -1;
  static final double MARGIN = 16;

  private Placement() {}

  /**
   * Chooses a corner and a state. {@code open} and {@code folded} are the panel's {width, height} in
   * each state; {@code obstacles} holds rects as {x, y, width, height, x, y, …}. The answer is
   * {@code corner * 2 + (folded ? 1 : 0)}, or {@link #HIDDEN}.
   */
  static int choose(double viewportWidth, double viewportHeight, double[] open, double[] folded,
      double[] obstacles, boolean wantOpen, int current) {
    int[] order = {current, BOTTOM_RIGHT, BOTTOM_LEFT, TOP_RIGHT, TOP_LEFT};
    if (wantOpen) {
      for (int corner : order) {
        if (free(viewportWidth, viewportHeight, open, corner, obstacles)) {
          return corner * 2;
        }
      }
    }
    for (int corner : order) {
      if (free(viewportWidth, viewportHeight, folded, corner, obstacles)) {
        return corner * 2 + 1;
      }
    }
    return HIDDEN;
  }

  /** Whether the panel of {@code size} at {@code corner} stays clear of every obstacle. */
  static boolean free(double viewportWidth, double viewportHeight, double[] size, int corner, double[] obstacles) {
    double x = corner == BOTTOM_LEFT || corner == TOP_LEFT ? MARGIN : viewportWidth - MARGIN - size[0];
    double y = corner == TOP_LEFT || corner == TOP_RIGHT ? MARGIN : viewportHeight - MARGIN - size[1];
    for (int i = 0; i + 3 < obstacles.length; i += 4) {
      boolean apart = x + size[0] <= obstacles[i] || obstacles[i] + obstacles[i + 2] <= x
          || y + size[1] <= obstacles[i + 1] || obstacles[i + 1] + obstacles[i + 3] <= y;
      if (!apart) {
        return false;
      }
    }
    return true;
  }
}
