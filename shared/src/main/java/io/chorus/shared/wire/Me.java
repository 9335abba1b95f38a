package io.chorus.shared.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/me}: the popup's view of the signed-in person: standings in the company, their office
 * and their team; badges (oldest first); streak; kudos they may still give this week.
 */
@SuppressWarnings("unusable-by-js")
public record Me(Profile profile, Standing standing, Standing officeStanding, Standing teamStanding,
    List<BadgeAward> badges, Streak streak, int kudosLeft) {
  public static Me read(WireReader r) {
    List<BadgeAward> badges = new ArrayList<>();
    for (WireReader b : r.objects("badges")) {
      badges.add(BadgeAward.read(b));
    }
    return new Me(Profile.read(r.object("profile")), Standing.read(r.object("standing")),
        Standing.read(r.object("officeStanding")), Standing.read(r.object("teamStanding")), badges,
        Streak.read(r.object("streak")), (int) r.integer("kudosLeft"));
  }

  public void write(WireWriter w) {
    profile.write(w.object("profile"));
    standing.write(w.object("standing"));
    officeStanding.write(w.object("officeStanding"));
    teamStanding.write(w.object("teamStanding"));
    w.emptyArray("badges");
    for (BadgeAward b : badges) {
      b.write(w.addObject("badges"));
    }
    streak.write(w.object("streak"));
    w.put("kudosLeft", kudosLeft);
  }
}
