package io.chorus.server.digest;

import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The words of a digest: the email (a plain-text part and a simple HTML part) and the webhook's message.
 * Titles and summaries are the library's text, so the HTML part escapes every piece and isolates it
 * ({@code <bdi>}); there are no images and nothing is loaded from elsewhere. English only: the server
 * has no message catalogue yet (the extension's locales are browser-side).
 */
public final class DigestMessages {
  /** The most items one email or message lists; the rest are counted ("and 3 more"). */
  public static final int MAX_ITEMS = 10;

  private DigestMessages() {}

  /** One item as a digest shows it; {@code link} is the recipient's tracked link, or the item's URL. */
  public record Item(long contentId, String title, String summary, String link) {}

  /** An email, ready for the mail client. */
  public record Email(String subject, String text, String html) {}

  /** The email to one person. {@code unsubscribeUrl} null: a test send to the liaison (no link). */
  public static Email email(String companyName, String recipientName, List<Item> items, int more,
      String unsubscribeUrl, boolean test) {
    int total = items.size() + more;
    String subject = (test ? "[Test] " : "") + total + " new " + (total == 1 ? "post" : "posts")
        + " to share from " + oneLine(companyName);

    StringBuilder text = new StringBuilder();
    text.append("Hello ").append(oneLine(recipientName)).append(",\n\n");
    if (items.isEmpty()) {
      text.append("Nothing new was approved since the last digest, so this week's digest would not be sent.\n");
    } else {
      text.append("New this week from ").append(oneLine(companyName)).append(", approved and ready to share:\n\n");
      int n = 1;
      for (Item item : items) {
        text.append(n++).append(". ").append(oneLine(item.title())).append('\n');
        if (item.summary() != null && !item.summary().isBlank()) {
          text.append("   ").append(oneLine(item.summary())).append('\n');
        }
        text.append("   ").append(item.link()).append("\n\n");
      }
      if (more > 0) {
        text.append("…and ").append(more).append(" more in the Chorus panel.\n\n");
      }
      text.append("Open LinkedIn or X: the Chorus panel offers each one with its words ready. Or open a link to "
          + "read it first.\n");
    }
    text.append("\n-- \n");
    if (test) {
      text.append("A test of the weekly digest, sent from the liaison console. Links in the real digest are each "
          + "person's own tracked links.\n");
    } else {
      text.append("You get this weekly digest as a member of the ").append(oneLine(companyName))
          .append(" advocacy programme.\nUnsubscribe: ").append(unsubscribeUrl).append('\n');
    }

    StringBuilder html = new StringBuilder();
    html.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(escape(subject)).append("</title></head>\n")
        .append("<body style=\"margin:0;padding:0;background:#f5f6f8\">\n")
        .append("<div style=\"max-width:560px;margin:0 auto;padding:24px;background:#ffffff;color:#1f2933;")
        .append("font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5\">\n")
        .append("<p>Hello <bdi>").append(escape(recipientName)).append("</bdi>,</p>\n");
    if (items.isEmpty()) {
      html.append("<p>Nothing new was approved since the last digest, so this week's digest would not be sent.</p>\n");
    } else {
      html.append("<p>New this week from <bdi>").append(escape(companyName))
          .append("</bdi>, approved and ready to share:</p>\n<ol style=\"padding-left:20px\">\n");
      for (Item item : items) {
        html.append("<li style=\"margin:0 0 14px\">");
        if (isWebLink(item.link())) {
          html.append("<a href=\"").append(escape(item.link()))
              .append("\" style=\"color:#0b57d0;font-weight:600\"><bdi>").append(escape(item.title())).append("</bdi></a>");
        } else {
          html.append("<strong><bdi>").append(escape(item.title())).append("</bdi></strong>");
        }
        if (item.summary() != null && !item.summary().isBlank()) {
          html.append("<br><span style=\"color:#52606d\"><bdi>").append(escape(item.summary())).append("</bdi></span>");
        }
        html.append("</li>\n");
      }
      html.append("</ol>\n");
      if (more > 0) {
        html.append("<p>…and ").append(more).append(" more in the Chorus panel.</p>\n");
      }
      html.append("<p>Open LinkedIn or X: the Chorus panel offers each one with its words ready. Or open a link to "
          + "read it first.</p>\n");
    }
    html.append("<hr style=\"border:none;border-top:1px solid #d9dee3;margin:24px 0\">\n")
        .append("<p style=\"font-size:13px;color:#52606d\">");
    if (test) {
      html.append("A test of the weekly digest, sent from the liaison console. Links in the real digest are each "
          + "person's own tracked links.");
    } else {
      html.append("You get this weekly digest as a member of the <bdi>").append(escape(companyName))
          .append("</bdi> advocacy programme. <a href=\"").append(escape(unsubscribeUrl))
          .append("\" style=\"color:#52606d\">Unsubscribe</a>");
    }
    html.append("</p>\n</div>\n</body></html>\n");
    return new Email(subject, text.toString(), html.toString());
  }

  /** The text of the company channel's message (Slack mrkdwn, which Slack-compatible receivers take). */
  public static String webhookText(String companyName, List<Item> items, int more, boolean test) {
    StringBuilder b = new StringBuilder();
    if (test) {
      b.append("_A test of the weekly digest, sent from the Chorus liaison console._\n");
    }
    int total = items.size() + more;
    if (total == 0) {
      b.append("Nothing new to share from ").append(slack(companyName))
          .append(" since the last digest (a real digest would not be posted this week).");
      return b.toString();
    }
    b.append("*").append(total).append(" new ").append(total == 1 ? "post" : "posts").append(" to share from ")
        .append(slack(companyName)).append("*\n");
    for (Item item : items) {
      b.append("• ");
      if (isWebLink(item.link())) {
        b.append('<').append(slackUrl(item.link())).append('|').append(slack(item.title()).replace('|', '\uFF5C'))
            .append('>');
      } else {
        b.append(slack(item.title()));
      }
      b.append('\n');
    }
    if (more > 0) {
      b.append("…and ").append(more).append(" more.\n");
    }
    b.append("Open LinkedIn or X: the Chorus panel has each one ready to share.");
    return b.toString();
  }

  /** The webhook's JSON body: {@code {"text": …}}, the one field every Slack-compatible receiver reads. */
  public static JsonObject webhookBody(String text) {
    return new JsonObject().put("text", text);
  }

  /** HTML text and attribute escaping. */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Slack's three control characters, escaped as Slack asks. */
  static String slack(String s) {
    return s == null ? "" : oneLine(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String slackUrl(String url) {
    return url.replace("|", "%7C").replace(">", "%3E").replace("<", "%3C").replace(" ", "%20");
  }

  private static boolean isWebLink(String url) {
    return url != null && (url.startsWith("https://") || url.startsWith("http://"));
  }

  /** Text on one line (a title never breaks the plain-text layout or a header). */
  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("[\\r\\n\\u2028\\u2029\\t]+", " ").trim();
  }
}
