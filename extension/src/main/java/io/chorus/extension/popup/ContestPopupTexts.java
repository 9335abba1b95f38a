package io.chorus.extension.popup;

/** The popup's words about contests, DOM-free (a JVM test pins them), ready for the message catalogue. */
final class ContestPopupTexts {
  static final String HINT = "Post with the hashtag on LinkedIn or X, in your own words or by sharing a suggestion.";

  private ContestPopupTexts() {}

  /** "No entries yet", "1 entry · #4", "3 entries · #1". */
  static String mine(long entries, int rank) {
    if (entries <= 0) {
      return "No entries yet";
    }
    return entries + (entries == 1 ? " entry" : " entries") + (rank > 0 ? " \u00B7 #" + rank : "");
  }
}
