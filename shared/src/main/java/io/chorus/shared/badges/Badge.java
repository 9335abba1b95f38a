package io.chorus.shared.badges;

import io.chorus.shared.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * The badge catalogue. Shared so the server awards, and the popup and office screen show, the same
 * badges by the same stable ids. Each badge is awarded at most once per person (the database's key is
 * (employee, badge)); the criterion says what earns it and the threshold how much of it.
 */
public enum Badge {
  FIRST_SHARE("first-share", "First share", "Shared approved content for the first time.", "🚀",
      Criterion.SHARES, 1),
  SHARES_10("shares-10", "10 shares", "Shared approved content 10 times.", "🔟", Criterion.SHARES, 10),
  SHARES_50("shares-50", "50 shares", "Shared approved content 50 times.", "🏅", Criterion.SHARES, 50),
  SHARES_100("shares-100", "100 shares", "Shared approved content 100 times.", "💯", Criterion.SHARES, 100),
  FIRST_ON_ITEM("first-on-item", "Trailblazer", "First in the company to share a new item.", "⚡",
      Criterion.FIRST_TO_SHARE_ITEM, 1),
  EVERY_NETWORK("every-network", "Everywhere", "Shared on every network Chorus supports.", "🌐",
      Criterion.NETWORKS_USED, Network.values().length),
  STREAK_4("streak-4", "4-week streak", "Shared in 4 weeks in a row.", "🔥", Criterion.STREAK_WEEKS, 4),
  STREAK_12("streak-12", "12-week streak", "Shared in 12 weeks in a row.", "☄️", Criterion.STREAK_WEEKS, 12),
  CONTEST_WINNER("contest-winner", "Contest winner", "Won a hashtag contest.", "🏆", Criterion.CONTEST_WIN, 1),
  WEEKLY_TOP_3("weekly-top-3", "Weekly top 3", "Finished a week in the company's top 3.", "🥇",
      Criterion.WEEKLY_TOP_3, 3),
  KUDOS_GIVEN_10("kudos-given-10", "Cheerleader", "Gave 10 kudos to colleagues.", "👏", Criterion.KUDOS_GIVEN, 10),
  KUDOS_RECEIVED_10("kudos-received-10", "Appreciated", "Received 10 kudos from colleagues.", "💛",
      Criterion.KUDOS_RECEIVED, 10),
  SPOTLIGHT("spotlight", "Liaison's spotlight", "Recognised by the advocacy liaison.", "🌟", Criterion.BY_HAND, 1);

  /** What earns a badge. */
  public enum Criterion {
    /** Shares counted (not voided) reach the threshold. */
    SHARES,
    /** The first share of a content item in the company. */
    FIRST_TO_SHARE_ITEM,
    /** Distinct networks shared on reach the threshold. */
    NETWORKS_USED,
    /** Consecutive ISO weeks with a share reach the threshold. */
    STREAK_WEEKS,
    /** Awarded when a contest closes (contests). */
    CONTEST_WIN,
    /** Awarded when a week closes, to its top {@code threshold}. */
    WEEKLY_TOP_3,
    /** Kudos given reach the threshold. */
    KUDOS_GIVEN,
    /** Kudos received reach the threshold. */
    KUDOS_RECEIVED,
    /** Awarded by a liaison. */
    BY_HAND
  }

  private final String id;
  private final String title;
  private final String description;
  private final String icon;
  private final Criterion criterion;
  private final int threshold;

  Badge(String id, String title, String description, String icon, Criterion criterion, int threshold) {
    this.id = id;
    this.title = title;
    this.description = description;
    this.icon = icon;
    this.criterion = criterion;
    this.threshold = threshold;
  }

  /** The stable id (wire, database). */
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  /**
   * An emoji, for plain text only (a log line, a notification's words). Never show it as the badge's
   * picture: a machine without a colour-emoji font (a fresh Debian Chromium, many TV sticks) draws an
   * empty box. The picture is {@link #iconPath()}.
   */
  public String icon() {
    return icon;
  }

  /**
   * The badge's picture, {@code badges/<id>.svg}, relative to the extension's root and to the office
   * screen's folder ({@code /screen/}); the SVGs ship with both (extension module, src/main/badges).
   */
  public String iconPath() {
    return "badges/" + id + ".svg";
  }

  public Criterion criterion() {
    return criterion;
  }

  public int threshold() {
    return threshold;
  }

  /** The badge with this id, or null for an id this build does not know. */
  public static Badge fromId(String id) {
    for (Badge b : values()) {
      if (b.id.equals(id)) {
        return b;
      }
    }
    return null;
  }

  /** Every badge of the criterion whose threshold {@code count} reaches, in catalogue order. */
  public static List<Badge> reached(Criterion criterion, long count) {
    List<Badge> out = new ArrayList<>();
    for (Badge b : values()) {
      if (b.criterion == criterion && count >= b.threshold) {
        out.add(b);
      }
    }
    return out;
  }
}
