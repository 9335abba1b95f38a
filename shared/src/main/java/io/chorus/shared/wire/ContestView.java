package io.chorus.shared.wire;

/**
 * One contest as the console, the popup and the screen see it ({@code GET /api/contests/:id}, the answer
 * to every contest change, and the items of {@code GET /api/liaison/contests}): the liaison's
 * {@link ContestDraft} fields, flat, plus what the server keeps.
 *
 * @param startsAt the start as an instant (epoch ms), from {@code starts} in {@code timeZone}
 * @param endsAt the end as an instant (epoch ms)
 * @param graceEndsAt until when late reports of posts made inside the window still count (epoch ms);
 *     results are provisional until then
 * @param commitment SHA-256 (hex) of the draw's secret seed, published when the contest goes live; null
 *     before
 * @param entries entries counted so far; {@code entrants} how many people made them
 */
@SuppressWarnings("unusable-by-js")
public record ContestView(long id, ContestStatus status, ContestDraft contest, String timeZone, long startsAt,
    long endsAt, long graceEndsAt, String commitment, long entries, long entrants) {

  public static ContestView read(WireReader r) {
    ContestStatus status = ContestStatus.fromWire(r.string("status"));
    if (status == null) {
      throw new WireException("status", "Unknown contest status.");
    }
    return new ContestView(r.integer("id"), status, ContestDraft.readWritten(r), r.string("timeZone"),
        r.integer("startsAt"), r.integer("endsAt"), r.integer("graceEndsAt"), r.optString("commitment"),
        r.optInteger("entries", 0), r.optInteger("entrants", 0));
  }

  public void write(WireWriter w) {
    w.put("id", id).put("status", status.wireName());
    contest.write(w);
    w.put("timeZone", timeZone).put("startsAt", startsAt).put("endsAt", endsAt).put("graceEndsAt", graceEndsAt)
        .put("commitment", commitment).put("entries", entries).put("entrants", entrants);
  }
}
