package io.chorus.extension.worker;

import io.chorus.extension.i18n.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * The line the panel shows under a draft while the employee edits, worded here in the worker (the content
 * scripts only show it, so they carry neither the words nor the rules): characters left or over the
 * network's limit, the company's blocklisted words found in it, a missing disclosure tag, and how far the
 * draft is from the own-words bonus. "68 characters left · Add a few words of your own: +5 points".
 * DOM-free.
 */
public final class DraftLine {
  /** The line and whether something in it needs fixing before posting. */
  @SuppressWarnings("unusable-by-js")
  public record Line(String text, boolean bad) {}

  private DraftLine() {}

  /**
   * {@code flagged}: blocklisted words found in the draft (empty when none); {@code missingTag}: the
   * disclosure tag the company requires and the draft lacks, or null.
   */
  public static Line of(Words w, String network, int length, int maxLength, int newWords, int minNewWords, int bonus,
      List<String> flagged, String missingTag) {
    List<String> parts = new ArrayList<>();
    int left = maxLength - length;
    parts.add(left >= 0 ? w.count("d_left", left) : w.count("d_over", -left, network));
    if (!flagged.isEmpty()) {
      parts.add(w.get("d_block", String.join(", ", flagged)));
    }
    if (missingTag != null) {
      parts.add(w.get("d_tag", missingTag));
    }
    if (bonus > 0) {
      String points = w.count("d_pts", bonus);
      if (newWords >= minNewWords) {
        parts.add(w.get("d_earn", points));
      } else if (newWords == 0) {
        parts.add(w.get("d_add", points));
      } else {
        parts.add(w.count("d_more", minNewWords - newWords, points));
      }
    }
    return new Line(String.join(" \u00B7 ", parts), left < 0 || !flagged.isEmpty() || missingTag != null);
  }
}
