package io.chorus.shared.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * What a CSV import did ({@code POST /api/people/import}): how many people it added and how many rows
 * named someone already here (left as they are: importing a file twice changes nothing), every row it
 * refused with its line and why, and the new people's one-time links (shown once).
 */
@SuppressWarnings("unusable-by-js")
public record ImportReport(int rows, int added, int unchanged, List<Problem> problems, List<InviteLink> invites) {

  /** A refused row: its line in the file (the header is line 1), the column, and what is wrong. */
  public record Problem(int line, String column, String message) {
    public static Problem read(WireReader r) {
      return new Problem((int) r.integer("line"), r.optString("column"), r.string("message"));
    }

    public void write(WireWriter w) {
      w.put("line", line).put("column", column).put("message", message);
    }
  }

  public static ImportReport read(WireReader r) {
    List<Problem> problems = new ArrayList<>();
    for (WireReader p : r.objects("problems")) {
      problems.add(Problem.read(p));
    }
    List<InviteLink> invites = new ArrayList<>();
    for (WireReader i : r.objects("invites")) {
      invites.add(InviteLink.read(i));
    }
    return new ImportReport((int) r.integer("rows"), (int) r.integer("added"), (int) r.integer("unchanged"), problems,
        invites);
  }

  public void write(WireWriter w) {
    w.put("rows", rows).put("added", added).put("unchanged", unchanged);
    w.emptyArray("problems");
    for (Problem p : problems) {
      p.write(w.addObject("problems"));
    }
    w.emptyArray("invites");
    for (InviteLink i : invites) {
      i.write(w.addObject("invites"));
    }
  }
}
