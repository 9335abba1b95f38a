package io.chorus.shared.wire;

import java.util.ArrayList;
import java.util.List;

/** {@code GET /api/kudos/options}: who can receive kudos, the company's values, and what is left of this week's budget. */
@SuppressWarnings("unusable-by-js")
public record KudosOptions(List<Colleague> colleagues, List<String> values, int kudosLeft) {
  public static KudosOptions read(WireReader r) {
    List<Colleague> colleagues = new ArrayList<>();
    for (WireReader c : r.objects("colleagues")) {
      colleagues.add(Colleague.read(c));
    }
    return new KudosOptions(colleagues, r.strings("values"), (int) r.integer("kudosLeft"));
  }

  public void write(WireWriter w) {
    w.emptyArray("colleagues");
    for (Colleague c : colleagues) {
      c.write(w.addObject("colleagues"));
    }
    w.putStrings("values", values).put("kudosLeft", kudosLeft);
  }
}
