package io.chorus.server.library;

import io.chorus.shared.wire.ItemFields;
import io.chorus.shared.wire.LinkPreview;
import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself, read with jsoup: Open Graph first (what LinkedIn's own preview shows),
 * then Twitter's card tags, then the {@code <title>} and meta description. Texts come back as one line
 * of plain text without control or direction characters, cut to what a library item holds; the picture
 * only when it is an https address (items refuse others).
 */
final class PageMeta {
  private PageMeta() {}

  static LinkPreview read(byte[] html, String charset, URI pageUri) {
    Document doc = Jsoup.parse(new String(html, charset(charset)), pageUri.toString());
    String title = first(doc, "meta[property=og:title]", "meta[name=twitter:title]");
    if (title == null) {
      title = clean(doc.title(), ItemFields.MAX_TITLE);
    }
    String description = first(doc, "meta[property=og:description]", "meta[name=description]",
        "meta[name=twitter:description]");
    String image = absolute(doc, "meta[property=og:image]", "meta[property=og:image:secure_url]",
        "meta[name=twitter:image]");
    String url = absolute(doc, "meta[property=og:url]", "link[rel=canonical]");
    return new LinkPreview(url != null ? url : pageUri.toString(), cut(title, ItemFields.MAX_TITLE),
        cut(description, ItemFields.MAX_SUMMARY), image);
  }

  private static java.nio.charset.Charset charset(String name) {
    try {
      return name == null ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return java.nio.charset.StandardCharsets.UTF_8;
    }
  }

  private static String first(Document doc, String... selectors) {
    for (String selector : selectors) {
      Element e = doc.selectFirst(selector);
      String value = e == null ? null : clean(e.attr("content"), ItemFields.MAX_SUMMARY);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The first https address among the tags (relative ones resolved against the page). */
  private static String absolute(Document doc, String... selectors) {
    for (String selector : selectors) {
      Element e = doc.selectFirst(selector);
      if (e != null) {
        String value = e.hasAttr("content") ? e.absUrl("content") : e.absUrl("href");
        if (!value.isEmpty() && value.length() <= ItemFields.MAX_URL && ItemFields.urlProblem(value) == null) {
          return value;
        }
      }
    }
    return null;
  }

  /** One line, no control, format or direction characters (a joiner inside an emoji stays), or null. */
  static String clean(String text, int max) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < text.length() && out.length() <= max; i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      boolean drop = type == Character.CONTROL || (type == Character.FORMAT && c != '\u200D')
          || (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
              && Character.isHighSurrogate(text.charAt(i - 1))));
      if (drop) {
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.length() == 0 ? null : out.toString();
  }

  private static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    return text.substring(0, end).trim() + "\u2026";
  }
}
