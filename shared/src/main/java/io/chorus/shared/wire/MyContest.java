package io.chorus.shared.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * A live contest as an employee's popup lists it ({@code GET /api/me/contests}, answered as
 * {@code {"contests":[…]}}, read with {@link #readList}): its hashtag, when it ends (epoch ms), how many
 * entries I have and my rank in it (0: no entry yet), and whether I may enter (the contest may be for
 * other offices or teams).
 */
@SuppressWarnings("unusable-by-js")
public record MyContest(long contestId, String name, String hashtag, long endsAt, long myEntries, int myRank,
    boolean eligible) {

  public static MyContest read(WireReader r) {
    return new MyContest(r.integer("contestId"), r.string("name"), r.string("hashtag"), r.integer("endsAt"),
        r.integer("myEntries"), (int) r.integer("myRank"), r.bool("eligible"));
  }

  public void write(WireWriter w) {
    w.put("contestId", contestId).put("name", name).put("hashtag", hashtag).put("endsAt", endsAt)
        .put("myEntries", myEntries).put("myRank", myRank).put("eligible", eligible);
  }

  public static List<MyContest> readList(WireReader r) {
    List<MyContest> out = new ArrayList<>();
    for (WireReader each : r.objects("contests")) {
      out.add(read(each));
    }
    return out;
  }

  public static void writeList(WireWriter w, List<MyContest> contests) {
    w.emptyArray("contests");
    for (MyContest each : contests) {
      each.write(w.addObject("contests"));
    }
  }
}
