package io.chorus.extension.console;

import io.chorus.shared.Network;
import io.chorus.shared.wire.LibraryItem;
import java.util.ArrayList;
import java.util.List;

/** The library page's words and the reading of what a liaison types, DOM-free (tested on the JVM). */
public final class LibraryText {
  private LibraryText() {}

  /** "#Acme, hiring  #Riga" → [Acme, hiring, Riga]: commas or spaces between, a leading '#' or '＃' dropped. */
  public static List<String> tags(String input) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    String s = input == null ? "" : input;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ',';
      if (c == ',' || c == ' ' || c == '\t' || c == '\n') {
        String tag = word.toString();
        if (tag.startsWith("#") || tag.startsWith("\uFF03")) {
          tag = tag.substring(1);
        }
        if (!tag.isEmpty()) {
          out.add(tag);
        }
        word.setLength(0);
      } else {
        word.append(c);
      }
    }
    return out;
  }

  /** "Hiring, Product launches" → [Hiring, Product launches]: commas between, spaces kept inside. */
  public static List<String> topics(String input) {
    List<String> out = new ArrayList<>();
    for (String part : (input == null ? "" : input).split(",")) {
      if (!part.trim().isEmpty()) {
        out.add(part.trim());
      }
    }
    return out;
  }

  /** The live counter under a network's words: "2,745 left of LinkedIn's 3,000" or "12 over X's 280". */
  public static String remaining(Network network, int remaining) {
    String limit = network.displayName() + "'s " + grouped(network.maxLength());
    return remaining >= 0 ? grouped(remaining) + " left of " + limit : grouped(-remaining) + " over " + limit;
  }

  /** The item's state in a word or two: Draft, Live, Scheduled, Ended, Archived. */
  public static String state(LibraryItem item, long nowMillis, long fromMillis, long untilMillis) {
    if (LibraryItem.ARCHIVED.equals(item.status())) {
      return "Archived";
    }
    if (LibraryItem.DRAFT.equals(item.status())) {
      return "Draft";
    }
    if (item.live()) {
      return "Live";
    }
    return fromMillis > nowMillis ? "Scheduled" : untilMillis != 0 && untilMillis <= nowMillis ? "Ended" : "Approved";
  }

  static String grouped(int n) {
    String digits = String.valueOf(n);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }
}
