package io.chorus.server.library;

import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A company of the test's own next to the demo, so a test knows every item its people could be offered:
 * offices, teams, people (demo password) and items written through the library's API as its liaison.
 */
public final class LibraryWorld {
  public final TestNode node;
  public final String slug;
  public final long companyId;
  public final String liaison;
  private final Map<String, Long> offices = new HashMap<>();
  private final Map<String, Long> teams = new HashMap<>();

  public LibraryWorld(TestNode node, String slug) {
    this.node = node;
    this.slug = slug;
    this.companyId = node.sql.number("INSERT INTO company (slug, name) VALUES (?, ?) RETURNING id", slug, slug);
    this.liaison = node.signIn(person("Liaison", "liaison", null, null, null));
  }

  public long office(String name) {
    return offices.computeIfAbsent(name, n -> node.sql.number(
        "INSERT INTO office (company_id, name) VALUES (?, ?) RETURNING id", companyId, n));
  }

  public long team(String name) {
    return teams.computeIfAbsent(name, n -> node.sql.number(
        "INSERT INTO team (company_id, name) VALUES (?, ?) RETURNING id", companyId, n));
  }

  /** A person of this company with the demo password; returns the email. */
  public String person(String name, String role, String office, String team, String language) {
    String email = name.toLowerCase().replace(' ', '.') + "@" + slug + ".example";
    node.sql.number("INSERT INTO employee (company_id, office_id, team_id, email, display_name, role, language, "
            + "password_hash) SELECT ?, ?, ?, ?, ?, ?, ?, password_hash FROM employee "
            + "WHERE email = 'janis@acme.example' RETURNING id",
        companyId, office == null ? null : office(office), team == null ? null : team(team), email, name, role,
        language);
    return email;
  }

  /**
   * A draft's body: words for both networks, no targets, no window. The link is on a real top-level
   * domain, so X counts it as a link (23), as it would the company's own news.
   */
  public static JsonObject draft(String title) {
    return new JsonObject().put("title", title).put("url", "https://news.initech.com/" + Math.abs(title.hashCode()))
        .put("linkedinText", "About " + title + ", in our own words.").put("xText", "About " + title)
        .put("hashtags", new JsonArray().add("AcmeEmployee"));
  }

  public static JsonArray places(long... ids) {
    JsonArray out = new JsonArray();
    for (long id : ids) {
      out.add(new JsonObject().put("id", id));
    }
    return out;
  }

  public Reply create(JsonObject draft) {
    return node.api.postJson("/api/library/items", liaison, draft.encode());
  }

  /** Creates and approves an item; returns its id. */
  public long approved(JsonObject draft) {
    Reply created = create(draft);
    if (created.status() != 201) {
      throw new IllegalStateException(created.text());
    }
    long id = created.json().getLong("id");
    Reply approved = node.api.postJson("/api/library/items/" + id + "/approve", liaison, "");
    if (approved.status() != 200) {
      throw new IllegalStateException(approved.text());
    }
    return id;
  }

  /** Sets when the item went live, as if approved that long ago (tests of freshness). */
  public void liveSince(long itemId, String interval) {
    try {
      node.sql.update("UPDATE content SET publish_at = now() - ?::interval WHERE id = ?", interval, itemId);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
