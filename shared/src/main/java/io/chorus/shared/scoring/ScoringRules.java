package io.chorus.shared.scoring;

import io.chorus.shared.Network;
import io.chorus.shared.wire.Fields;
import io.chorus.shared.wire.WireException;
import io.chorus.shared.wire.WireReader;
import io.chorus.shared.wire.WireWriter;

/**
 * A company's points rules. Shared so the panel can say "+10" before the employee posts and the
 * server awards exactly that. {@link #DEFAULT} is what a new company starts with (the README's table);
 * a liaison may change them ({@code PUT /api/rules}). A change applies from then on: points already in
 * the ledger are never rescored.
 */
@SuppressWarnings("unusable-by-js")
public record ScoringRules(
    int linkedInShare,
    int xShare,
    /* for sharing an item within 24 h of its publication */
    int freshBonus,
    /* for a post in the employee's own words (see OwnWords) */
    int ownWordsBonus,
    /* per unique human click on the share's tracked link */
    int clickPoints,
    /* per kudos received */
    int kudosPoints,
    /* kudos a person may give per ISO week */
    int kudosPerWeek,
    /* the most an employee can earn by sharing (shares, bonuses, clicks) in one day of the company's zone */
    int dailyCap) {

  public static final ScoringRules DEFAULT = new ScoringRules(10, 10, 5, 5, 1, 5, 5, 100);
  /** Upper bound on every number, so a typo cannot put a billion points on the board. */
  public static final int MAX_VALUE = 10_000;
  public static final long FRESH_WINDOW_MILLIS = 24L * 60 * 60 * 1000;

  public int pointsForShare(Network network) {
    return network == Network.LINKEDIN ? linkedInShare : xShare;
  }

  public static ScoringRules read(WireReader r) {
    Fields.allowOnly(r, "linkedInShare", "xShare", "freshBonus", "ownWordsBonus", "clickPoints", "kudosPoints",
        "kudosPerWeek", "dailyCap");
    return new ScoringRules(number(r, "linkedInShare", 0), number(r, "xShare", 0), number(r, "freshBonus", 0),
        number(r, "ownWordsBonus", 0), number(r, "clickPoints", 0), number(r, "kudosPoints", 0),
        number(r, "kudosPerWeek", 0), number(r, "dailyCap", 1));
  }

  private static int number(WireReader r, String field, int min) {
    long v = r.integer(field);
    if (v < min || v > MAX_VALUE) {
      throw new WireException(field, "'" + field + "' must be a whole number from " + min + " to " + MAX_VALUE + ".");
    }
    return (int) v;
  }

  public void write(WireWriter w) {
    w.put("linkedInShare", linkedInShare).put("xShare", xShare).put("freshBonus", freshBonus)
        .put("ownWordsBonus", ownWordsBonus).put("clickPoints", clickPoints).put("kudosPoints", kudosPoints)
        .put("kudosPerWeek", kudosPerWeek).put("dailyCap", dailyCap);
  }
}
