package io.chorus.shared.wire;

import io.chorus.shared.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/library/items} (a new draft) and {@code PUT /api/library/items/:id} (the whole item
 * again): what a liaison writes. Words for at least one network; each network's words must fit it once
 * the link and missing hashtags are added ({@link ItemFields#text}). {@code from} and {@code until} are
 * ISO-8601 instants ("2026-12-01T09:00:00Z") or absent (from: as soon as approved; until: no end); the
 * server reads them, since the browser's clock and time zones are not shared code.
 */
@SuppressWarnings("unusable-by-js")
public record LibraryDraft(String title, String summary, String url, String imageUrl, String linkedinText,
    String xText, List<String> hashtags, List<String> topics, String language, List<ItemPlace> offices,
    List<ItemPlace> teams, String from, String until) {
  /** An ISO instant is at most this long; a longer one is not a time. */
  public static final int MAX_INSTANT = 40;

  /** The words for a network, or null when the item is not offered there. */
  public String text(Network network) {
    return network == Network.X ? xText : linkedinText;
  }

  public static LibraryDraft read(WireReader r) {
    Fields.allowOnly(r, "title", "summary", "url", "imageUrl", "linkedinText", "xText", "hashtags", "topics",
        "language", "offices", "teams", "from", "until");
    String title = Fields.text("title", r.string("title"), WireText.Kind.NAME, 1, ItemFields.MAX_TITLE);
    String summary = r.optString("summary");
    summary = summary == null || summary.trim().isEmpty() ? null
        : Fields.text("summary", summary, WireText.Kind.MESSAGE, 1, ItemFields.MAX_SUMMARY);
    String url = ItemFields.url("url", r.string("url"));
    String image = r.optString("imageUrl");
    image = image == null || image.trim().isEmpty() ? null : ItemFields.url("imageUrl", image);
    List<String> hashtags = ItemFields.hashtags(r.strings("hashtags"));
    String linkedin = ItemFields.text(Network.LINKEDIN, r.optString("linkedinText"), url, hashtags);
    String x = ItemFields.text(Network.X, r.optString("xText"), url, hashtags);
    if (linkedin == null && x == null) {
      throw new WireException("linkedinText", "Write the suggested words for at least one network "
          + "('linkedinText' or 'xText').");
    }
    List<String> topics = ItemFields.topics(r.strings("topics"));
    String language = PersonFields.language("language", r.optString("language"));
    List<ItemPlace> offices = places(r, "offices");
    List<ItemPlace> teams = places(r, "teams");
    String from = instant(r, "from");
    String until = instant(r, "until");
    return new LibraryDraft(title, summary, url, image, linkedin, x, hashtags, topics, language, offices, teams,
        from, until);
  }

  /**
   * A draft as the server wrote it, read without the checks: an item stored before a rule changed, or
   * made outside the library (the demo), must still show in the console so it can be fixed.
   */
  public static LibraryDraft readAsStored(WireReader r) {
    return new LibraryDraft(r.string("title"), r.optString("summary"), r.string("url"), r.optString("imageUrl"),
        r.optString("linkedinText"), r.optString("xText"), r.strings("hashtags"), r.strings("topics"),
        r.optString("language"), storedPlaces(r, "offices"), storedPlaces(r, "teams"), r.optString("from"),
        r.optString("until"));
  }

  private static List<ItemPlace> storedPlaces(WireReader r, String field) {
    List<ItemPlace> out = new ArrayList<>();
    for (WireReader each : r.objects(field)) {
      out.add(new ItemPlace(each.integer("id"), each.optString("name")));
    }
    return out;
  }

  private static List<ItemPlace> places(WireReader r, String field) {
    List<ItemPlace> out = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (WireReader each : r.objects(field)) {
      ItemPlace place = ItemPlace.read(each);
      if (place.id() <= 0) {
        throw new WireException(field, "'" + field + "' holds an id that is not a positive whole number.");
      }
      if (!ids.contains(place.id())) {
        ids.add(place.id());
        out.add(place);
      }
    }
    if (out.size() > ItemFields.MAX_PLACES) {
      throw new WireException(field, "'" + field + "' holds more than " + ItemFields.MAX_PLACES + ".");
    }
    return out;
  }

  private static String instant(WireReader r, String field) {
    String value = r.optString(field);
    if (value == null || value.trim().isEmpty()) {
      return null;
    }
    return Fields.text(field, value, WireText.Kind.LINE, 1, MAX_INSTANT);
  }

  public void write(WireWriter w) {
    w.put("title", title).put("summary", summary).put("url", url).put("imageUrl", imageUrl)
        .put("linkedinText", linkedinText).put("xText", xText).putStrings("hashtags", hashtags)
        .putStrings("topics", topics).put("language", language);
    w.emptyArray("offices");
    offices.forEach(p -> p.write(w.addObject("offices")));
    w.emptyArray("teams");
    teams.forEach(p -> p.write(w.addObject("teams")));
    w.put("from", from).put("until", until);
  }
}
