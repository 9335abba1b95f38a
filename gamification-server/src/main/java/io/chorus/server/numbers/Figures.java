package io.chorus.server.numbers;

import static io.chorus.server.numbers.Figure.count;
import static io.chorus.server.numbers.Figure.date;
import static io.chorus.server.numbers.Figure.decimal;
import static io.chorus.server.numbers.Figure.flag;
import static io.chorus.server.numbers.Figure.text;

import java.util.List;

/**
 * The figures, in the dashboard's order. Adding one is an entry here and its query in
 * {@link NumbersStore}; the JSON document, the CSV and the console's table follow from the columns.
 */
final class Figures {
  static final Figure ADOPTION = new Figure("adoption", "Adoption", List.of(
      text("stage", "Stage"),
      count("people", "People")), false);
  static final Figure WEEKLY_ACTIVE = new Figure("weekly-active", "Weekly active advocates", List.of(
      date("week", "Week of"),
      count("active", "Active advocates"),
      count("joined", "Joined people"),
      flag("partial", "Part of the week"),
      decimal("trend", "Trend")), false);
  static final Figure NETWORKS = new Figure("networks", "Shares per network", List.of(
      text("network", "Network"),
      count("shares", "Shares"),
      count("sharers", "People sharing")), false);
  static final Figure REACH = new Figure("reach", "Estimated reach", List.of(
      text("network", "Network"),
      count("shares", "Shares"),
      count("sharesWithAudience", "Shares by people who stated an audience"),
      count("reach", "Estimated reach")), false);
  static final Figure CLICKS = new Figure("clicks", "Clicks on tracked links", List.of(
      text("network", "Network"),
      count("clicks", "Unique clicks"),
      count("visitors", "Visitors"),
      count("links", "Links clicked")), false);
  static final Figure TOP_CONTENT = new Figure("top-content", "Top content", List.of(
      count("contentId", "Item id"),
      text("title", "Title"),
      count("shares", "Shares"),
      count("sharers", "People sharing"),
      count("clicks", "Unique clicks"),
      count("reach", "Estimated reach")), true);
  static final Figure TOPICS = new Figure("topics", "Topics", List.of(
      text("topic", "Topic"),
      count("items", "Items shared"),
      count("shares", "Shares"),
      count("sharers", "People sharing"),
      count("clicks", "Unique clicks"),
      count("reach", "Estimated reach")), true);
  static final Figure TOP_PEOPLE = new Figure("top-people", "Top people", List.of(
      count("employeeId", "Person id"),
      text("name", "Name"),
      text("office", "Office"),
      text("team", "Team"),
      count("points", "Points"),
      count("shares", "Shares"),
      count("clicks", "Unique clicks"),
      flag("deactivated", "Deactivated")), true);
  static final Figure TOP_TEAMS = new Figure("top-teams", "Top teams", List.of(
      count("teamId", "Team id"),
      text("team", "Team"),
      count("people", "People"),
      count("active", "Active advocates"),
      count("shares", "Shares"),
      count("points", "Points")), true);

  static final List<Figure> ALL = List.of(ADOPTION, WEEKLY_ACTIVE, NETWORKS, REACH, CLICKS, TOP_CONTENT, TOPICS,
      TOP_PEOPLE, TOP_TEAMS);

  private Figures() {}

  /** The figure of that id, or null. */
  static Figure byId(String id) {
    for (Figure f : ALL) {
      if (f.id().equals(id)) {
        return f;
      }
    }
    return null;
  }
}
