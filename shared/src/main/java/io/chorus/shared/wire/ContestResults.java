package io.chorus.shared.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/contests/:id/results}: the winners, and what anyone needs to check the draw.
 * {@code status} is {@code provisional} until the grace period ends (the top-N winners are then as the
 * board stands; the draw has not happened: {@code seed} is null and the draw's winners are absent), and
 * {@code final} after: the entrant list is frozen ({@code entrantsUrl}, CSV
 * {@code employee_id,display_name,entries}), the seed revealed (64 hex characters, 32 bytes; {@code commitment}
 * is the SHA-256 of those 32 bytes) and the draw made. {@code drewAll}: the draw asked for more winners than there
 * were entrants, so every entrant won. The algorithm is in {@link #ALGORITHM}.
 */
@SuppressWarnings("unusable-by-js")
public record ContestResults(long contestId, String status, String commitment, String seed, List<Winner> winners,
    boolean drewAll, int entrants, int drawWinners, String entrantsUrl) {

  public static final String PROVISIONAL = "provisional";
  public static final String FINAL = "final";
  /** How the draw picks, in words the screen and README show. */
  public static final String ALGORITHM = "Each entrant's ticket is the SHA-256 (hex) of seed + \":\" + employee_id;"
      + " the K smallest tickets win.";

  /**
   * A winner: by rank on the board ({@code top}, {@code rank} their place) or by the draw ({@code draw},
   * {@code rank} the order drawn, 1 first). Top winners come first in the list, then the drawn ones.
   */
  public record Winner(long employeeId, String displayName, String reason, int rank) {
    public static final String TOP = "top";
    public static final String DRAW = "draw";

    public static Winner read(WireReader r) {
      return new Winner(r.integer("employeeId"), r.string("displayName"), r.string("reason"),
          (int) r.optInteger("rank", 0));
    }

    public void write(WireWriter w) {
      w.put("employeeId", employeeId).put("displayName", displayName).put("reason", reason).put("rank", rank);
    }
  }

  public boolean isFinal() {
    return FINAL.equals(status);
  }

  public static ContestResults read(WireReader r) {
    List<Winner> winners = new ArrayList<>();
    for (WireReader each : r.objects("winners")) {
      winners.add(Winner.read(each));
    }
    return new ContestResults(r.integer("contestId"), r.string("status"), r.optString("commitment"),
        r.optString("seed"), winners, r.bool("drewAll"), (int) r.integer("entrants"),
        (int) r.integer("drawWinners"), r.optString("entrantsUrl"));
  }

  public void write(WireWriter w) {
    w.put("contestId", contestId).put("status", status).put("commitment", commitment).put("seed", seed)
        .emptyArray("winners");
    for (Winner each : winners) {
      each.write(w.addObject("winners"));
    }
    w.put("drewAll", drewAll).put("entrants", entrants).put("drawWinners", drawWinners)
        .put("entrantsUrl", entrantsUrl);
  }
}
