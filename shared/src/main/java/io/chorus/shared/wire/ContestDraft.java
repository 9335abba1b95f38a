package io.chorus.shared.wire;

import io.chorus.shared.text.Hashtags;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/contests} (create a draft) and {@code PUT /api/contests/:id} (the whole contest again,
 * as the console's form holds it): what a liaison decides about a hashtag contest. Shared so the console
 * refuses a bad form with the same words, field by field, as the server.
 *
 * <p>{@code starts} and {@code ends} are wall-clock times in the company's time zone,
 * {@code YYYY-MM-DDTHH:MM} (what a {@code datetime-local} input gives); the server turns them into
 * instants. {@code offices}/{@code teams} empty = everyone may enter; otherwise people in any of those
 * offices or teams. {@code maxEntriesPerDay} 0 = no cap; {@code prizeTopN} 0 = no top prize;
 * {@code drawWinners} 0 = no draw. {@code hashtag} is kept as typed without its sign and compared as
 * the networks compare ({@link Hashtags#normalize}).
 */
@SuppressWarnings("unusable-by-js")
public record ContestDraft(String name, String hashtag, String description, String rules, String starts,
    String ends, List<ContestPlace> offices, List<ContestPlace> teams, boolean countsShares,
    boolean countsOwnPosts, int pointsPerEntry, int pointsPerClick, int maxEntriesPerDay, int prizeTopN,
    int drawWinners, int drawMinEntries, int graceHours) {

  public static final int MAX_NAME = 120;
  public static final int MAX_HASHTAG = 100;
  public static final int MAX_DESCRIPTION = 2000;
  public static final int MAX_RULES = 4000;
  public static final int DEFAULT_GRACE_HOURS = 24;
  /** A week: the extension's outbox keeps reports for days, not for ever. */
  public static final int MAX_GRACE_HOURS = 168;

  public static ContestDraft read(WireReader r) {
    Fields.allowOnly(r, "name", "hashtag", "description", "rules", "starts", "ends", "offices", "teams",
        "countsShares", "countsOwnPosts", "pointsPerEntry", "pointsPerClick", "maxEntriesPerDay", "prizeTopN",
        "drawWinners", "drawMinEntries", "graceHours");
    String name = Fields.text("name", r.optString("name"), WireText.Kind.NAME, 1, MAX_NAME);
    String hashtag = hashtag(r.optString("hashtag"));
    String description = Fields.optionalText("description", r.optString("description"), WireText.Kind.MESSAGE,
        0, MAX_DESCRIPTION);
    String rules = Fields.optionalText("rules", r.optString("rules"), WireText.Kind.MESSAGE, 0, MAX_RULES);
    String starts = localTime("starts", r.optString("starts"));
    String ends = localTime("ends", r.optString("ends"));
    if (ends.compareTo(starts) <= 0) {
      throw new WireException("ends", "'ends' must be after 'starts'.");
    }
    List<ContestPlace> offices = places(r, "offices");
    List<ContestPlace> teams = places(r, "teams");
    boolean countsShares = r.has("countsShares") ? r.bool("countsShares") : true;
    boolean countsOwnPosts = r.has("countsOwnPosts") ? r.bool("countsOwnPosts") : true;
    if (!countsShares && !countsOwnPosts) {
      throw new WireException("countsShares", "A contest counts shares, own posts or both: pick at least one.");
    }
    int perEntry = range(r, "pointsPerEntry", 10, 0, 1000);
    int perClick = range(r, "pointsPerClick", 1, 0, 100);
    int perDay = range(r, "maxEntriesPerDay", 0, 0, 100);
    int topN = range(r, "prizeTopN", 0, 0, 100);
    int draw = range(r, "drawWinners", 0, 0, 1000);
    int minEntries = range(r, "drawMinEntries", 1, 1, 1000);
    int grace = range(r, "graceHours", DEFAULT_GRACE_HOURS, 0, MAX_GRACE_HOURS);
    return new ContestDraft(name, hashtag, description, rules, starts, ends, offices, teams, countsShares,
        countsOwnPosts, perEntry, perClick, perDay, topN, draw, minEntries, grace);
  }

  /** A draft as the server wrote it inside a {@link ContestView}: trusted, so read without the form's checks. */
  static ContestDraft readWritten(WireReader r) {
    return new ContestDraft(r.string("name"), r.string("hashtag"), r.optString("description"), r.optString("rules"),
        r.string("starts"), r.string("ends"), readPlaces(r, "offices"), readPlaces(r, "teams"), r.bool("countsShares"),
        r.bool("countsOwnPosts"), (int) r.integer("pointsPerEntry"), (int) r.integer("pointsPerClick"),
        (int) r.integer("maxEntriesPerDay"), (int) r.integer("prizeTopN"), (int) r.integer("drawWinners"),
        (int) r.integer("drawMinEntries"), (int) r.integer("graceHours"));
  }

  /** A hashtag X would link, one and only one, kept without its sign ('#' or '＃'). */
  static String hashtag(String value) {
    String t = Fields.text("hashtag", value, WireText.Kind.NAME, 1, MAX_HASHTAG + 1);
    if (!Hashtags.isValidTag(t)) {
      throw new WireException("hashtag", "'hashtag' must be one hashtag as X links them: letters, digits"
          + " and '_', at least one letter, no spaces or punctuation (like #worksomewhereyoulove).");
    }
    return t.startsWith("#") || t.startsWith("\uFF03") ? t.substring(1) : t;
  }

  /** {@code YYYY-MM-DDTHH:MM} with plausible numbers; the server checks the day exists in the zone. */
  static String localTime(String field, String value) {
    if (value == null) {
      throw new WireException(field, "'" + field + "' is required.");
    }
    String v = value.trim();
    boolean shape = v.length() == 16 && v.charAt(4) == '-' && v.charAt(7) == '-' && v.charAt(10) == 'T'
        && v.charAt(13) == ':';
    if (shape) {
      for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15}) {
        shape &= v.charAt(i) >= '0' && v.charAt(i) <= '9';
      }
    }
    if (shape) {
      int month = Integer.parseInt(v.substring(5, 7));
      int day = Integer.parseInt(v.substring(8, 10));
      int hour = Integer.parseInt(v.substring(11, 13));
      int minute = Integer.parseInt(v.substring(14, 16));
      shape = month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59;
    }
    if (!shape) {
      throw new WireException(field, "'" + field + "' must be a date and time like 2026-12-24T09:00"
          + " (in the company's time zone).");
    }
    return v;
  }

  private static List<ContestPlace> places(WireReader r, String field) {
    List<ContestPlace> out = new ArrayList<>();
    for (WireReader each : r.objects(field)) {
      long id = each.integer("id");
      if (id <= 0) {
        throw new WireException(field, "'" + field + "' must list ids of your company's " + field + ".");
      }
      boolean seen = false;
      for (ContestPlace p : out) {
        seen |= p.id() == id;
      }
      if (!seen) {
        out.add(new ContestPlace(id, each.optString("name")));
      }
    }
    return out;
  }

  private static int range(WireReader r, String field, int whenAbsent, int min, int max) {
    long v = r.optInteger(field, whenAbsent);
    if (v < min || v > max) {
      throw new WireException(field, "'" + field + "' must be a whole number from " + min + " to " + max + ".");
    }
    return (int) v;
  }

  public void write(WireWriter w) {
    w.put("name", name).put("hashtag", hashtag).put("description", description).put("rules", rules)
        .put("starts", starts).put("ends", ends);
    writePlaces(w, "offices", offices);
    writePlaces(w, "teams", teams);
    w.put("countsShares", countsShares).put("countsOwnPosts", countsOwnPosts).put("pointsPerEntry", pointsPerEntry)
        .put("pointsPerClick", pointsPerClick).put("maxEntriesPerDay", maxEntriesPerDay).put("prizeTopN", prizeTopN)
        .put("drawWinners", drawWinners).put("drawMinEntries", drawMinEntries).put("graceHours", graceHours);
  }

  static void writePlaces(WireWriter w, String field, List<ContestPlace> places) {
    w.emptyArray(field);
    for (ContestPlace p : places) {
      p.write(w.addObject(field));
    }
  }

  static List<ContestPlace> readPlaces(WireReader r, String field) {
    List<ContestPlace> out = new ArrayList<>();
    for (WireReader each : r.objects(field)) {
      out.add(ContestPlace.read(each));
    }
    return out;
  }
}
