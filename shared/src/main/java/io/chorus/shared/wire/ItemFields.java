package io.chorus.shared.wire;

import io.chorus.shared.Network;
import io.chorus.shared.text.Hashtags;
import io.chorus.shared.text.ShareText;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for a library item's fields, in one place: the server refuses a draft by them, and the
 * console counts and checks what the liaison types by them before asking, so both say the same thing.
 * Each check returns the value as stored or throws a {@link WireException} naming the field.
 */
public final class ItemFields {
  public static final int MAX_TITLE = 200;
  public static final int MAX_SUMMARY = 1000;
  public static final int MAX_URL = 2000;
  /** A first bound before the network's own count (X's weighted length is dearer to compute). */
  public static final int MAX_TEXT = 6000;
  public static final int MAX_TAGS = 10;
  public static final int MAX_TOPIC = 50;
  public static final int MAX_PLACES = 100;

  private ItemFields() {}

  /** The field that holds an item's suggested words for the network ("linkedinText", "xText"). */
  public static String textField(Network network) {
    return network.wireName() + "Text";
  }

  /**
   * What the network counts of the words once posted (words, missing hashtags, link), as the network
   * counts it: X's weighted length, LinkedIn's characters.
   */
  public static int postedLength(Network network, String words, String url, List<String> hashtags) {
    return ShareText.length(network, ShareText.full(words, url, hashtags));
  }

  /** How many characters are left for the words on the network (negative: over by that many). */
  public static int remaining(Network network, String words, String url, List<String> hashtags) {
    return network.maxLength() - postedLength(network, words, url, hashtags);
  }

  /** The words for a network, or null when the item is not offered there; refused when they cannot fit. */
  public static String text(Network network, String words, String url, List<String> hashtags) {
    String field = textField(network);
    if (words == null || words.trim().isEmpty()) {
      return null;
    }
    String t = Fields.text(field, words, WireText.Kind.TEXT, 1, MAX_TEXT);
    int length = postedLength(network, t, url, hashtags);
    if (length > network.maxLength()) {
      throw new WireException(field, "'" + field + "' is " + length + " characters as " + network.displayName()
          + " counts them, with the link and hashtags; " + network.displayName() + " allows " + network.maxLength()
          + ".");
    }
    return t;
  }

  /**
   * An https address of a public web page or picture: a host with a dot, then plain URI characters (no
   * spaces, quotes or angle brackets). The employees' posts carry it; the console shows it as a link.
   */
  public static String url(String field, String value) {
    String t = Fields.text(field, value, WireText.Kind.LINE, 1, MAX_URL);
    String problem = urlProblem(t);
    if (problem != null) {
      throw new WireException(field, "'" + field + "' " + problem + ".");
    }
    return t;
  }

  /** Why {@code url} is not an https page address, as the end of a sentence, or null when it is one. */
  public static String urlProblem(String url) {
    if (!url.startsWith("https://")) {
      return "must be an https:// address";
    }
    int hostEnd = "https://".length();
    while (hostEnd < url.length() && "/?#".indexOf(url.charAt(hostEnd)) < 0) {
      hostEnd++;
    }
    String host = url.substring("https://".length(), hostEnd);
    if (host.indexOf('.') <= 0 || host.endsWith(".") || host.indexOf('@') >= 0) {
      return "must name a web host, such as https://acme.example/news";
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0) {
        return "contains a character a URL may not hold (" + (c == ' ' ? "a space" : WireText.hex(c)) + ")";
      }
    }
    return null;
  }

  /** Campaign hashtags, each one X would link, without its '#', each once (compared as the networks compare). */
  public static List<String> hashtags(List<String> tags) {
    List<String> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (String tag : tags) {
      if (!Hashtags.isValid(tag)) {
        throw new WireException("hashtags", "'hashtags' holds '" + tag + "', which is not a hashtag the networks "
            + "would link (letters, digits and _, not only digits).");
      }
      String folded = Hashtags.normalize(tag);
      if (!seen.contains(folded)) {
        seen.add(folded);
        out.add(Hashtags.strip(tag));
      }
    }
    if (out.size() > MAX_TAGS) {
      throw new WireException("hashtags", "'hashtags' holds " + out.size() + "; at most " + MAX_TAGS + ".");
    }
    return out;
  }

  /** Topics the numbers group items by ("Hiring", "Product"): one line each, each once whatever its case. */
  public static List<String> topics(List<String> topics) {
    List<String> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (String topic : topics) {
      String t = Fields.text("topics", topic, WireText.Kind.NAME, 1, MAX_TOPIC);
      if (!seen.contains(t.toLowerCase())) {
        seen.add(t.toLowerCase());
        out.add(t);
      }
    }
    if (out.size() > MAX_TAGS) {
      throw new WireException("topics", "'topics' holds " + out.size() + "; at most " + MAX_TAGS + ".");
    }
    return out;
  }
}
