package io.chorus.extension.content;

import io.chorus.extension.messaging.PanelItem;

/** Comparing a composer's text with a suggestion, whatever the editor did to spaces and line breaks. */
final class Drafts {
  private Drafts() {}

  /** Spaces of any kind (no-break ones, line breaks) as single spaces, trimmed. */
  static String normalise(String s) {
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the text shows {@code wanted}. */
  static boolean shows(String text, String wanted) {
    return text != null && normalise(text).contains(normalise(wanted));
  }

  /**
   * Whether a composer's text already holds the item: its whole text, or its link (a site that
   * prefills it may order text, link and hashtags its own way). Such a composer gets nothing added.
   */
  static boolean holds(String text, PanelItem item) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    return shows(text, item.shareText) || text.contains(item.link()) || (item.url != null && text.contains(item.url));
  }

  /** Whether a posted text carries the item's link (tracked or plain): a share only counts with it. */
  static boolean carriesLink(String text, PanelItem item) {
    return text != null && (text.contains(item.link()) || (item.url != null && text.contains(item.url)));
  }
}
