package io.chorus.shared.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer to a void ({@code POST /api/shares/{id}/void} or {@code POST /api/ledger/{seq}/void}): the
 * reversals written and the points they moved in all (negative; 0 when a voided share had nothing left
 * to reverse). Shared so the liaison's page can show what a void did.
 */
@SuppressWarnings("unusable-by-js")
public record VoidReceipt(List<Reversal> reversed, long points) {
  public static VoidReceipt of(List<Reversal> reversed) {
    long points = 0;
    for (Reversal r : reversed) {
      points += r.points();
    }
    return new VoidReceipt(reversed, points);
  }

  public static VoidReceipt read(WireReader r) {
    List<Reversal> reversed = new ArrayList<>();
    for (WireReader each : r.objects("reversed")) {
      reversed.add(Reversal.read(each));
    }
    return new VoidReceipt(reversed, r.integer("points"));
  }

  public void write(WireWriter w) {
    w.emptyArray("reversed");
    for (Reversal each : reversed) {
      each.write(w.addObject("reversed"));
    }
    w.put("points", points);
  }
}
