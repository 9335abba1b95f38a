package io.chorus.extension.console;

/** Reading what a liaison typed, DOM-free (tested on the JVM). */
public final class Inputs {
  private Inputs() {}

  /** "12", "-3": digits with an optional minus, short enough to travel as an exact JSON number. */
  public static boolean wholeNumber(String s) {
    int start = s.startsWith("-") ? 1 : 0;
    if (s.length() == start || s.length() - start > 15) {
      return false;
    }
    for (int i = start; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
