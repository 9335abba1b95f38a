package io.chorus.shared.wire;

import java.util.ArrayList;
import java.util.List;

/** {@code GET /api/suggestions?network=…}: what the panel offers, best first. */
public record SuggestionList(List<Suggestion> suggestions) {
  public static SuggestionList read(WireReader r) {
    List<Suggestion> list = new ArrayList<>();
    for (WireReader s : r.objects("suggestions")) {
      list.add(Suggestion.read(s));
    }
    return new SuggestionList(list);
  }

  public void write(WireWriter w) {
    w.emptyArray("suggestions");
    for (Suggestion s : suggestions) {
      s.write(w.addObject("suggestions"));
    }
  }
}
