package io.chorus.shared.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/digest/preview} (liaison): this week's digest as it stands now: the new items since
 * the last digest ({@code windowStart}), how many people would get the email, and the words of the email
 * (as the liaison would get it; each person's links are their own tracked links) and of the webhook message.
 */
@SuppressWarnings("unusable-by-js")
public record DigestPreview(long windowStart, long nextSendAt, int subscribers, boolean emailConfigured,
    boolean webhookSet, List<Item> items, String subject, String text, String webhookText) {

  /** One new item. */
  public record Item(long contentId, String title, String url) {
    public static Item read(WireReader r) {
      return new Item(r.integer("contentId"), r.string("title"), r.string("url"));
    }

    public void write(WireWriter w) {
      w.put("contentId", contentId).put("title", title).put("url", url);
    }
  }

  public static DigestPreview read(WireReader r) {
    List<Item> items = new ArrayList<>();
    for (WireReader i : r.objects("items")) {
      items.add(Item.read(i));
    }
    return new DigestPreview(r.integer("windowStart"), r.optInteger("nextSendAt", 0), (int) r.integer("subscribers"),
        r.bool("emailConfigured"), r.bool("webhookSet"), items, r.string("subject"), r.string("text"),
        r.string("webhookText"));
  }

  public void write(WireWriter w) {
    w.put("windowStart", windowStart).put("nextSendAt", nextSendAt).put("subscribers", subscribers)
        .put("emailConfigured", emailConfigured).put("webhookSet", webhookSet);
    w.emptyArray("items");
    for (Item i : items) {
      i.write(w.addObject("items"));
    }
    w.put("subject", subject).put("text", text).put("webhookText", webhookText);
  }
}
