package io.chorus.shared.wire;

/** A badge someone holds, by its catalogue id ({@code io.chorus.shared.badges.Badge}), and when it came. */
@SuppressWarnings("unusable-by-js")
public record BadgeAward(String badgeId, long awardedAt) {
  public static BadgeAward read(WireReader r) {
    return new BadgeAward(r.string("badgeId"), r.integer("awardedAt"));
  }

  public void write(WireWriter w) {
    w.put("badgeId", badgeId).put("awardedAt", awardedAt);
  }
}
