package io.chorus.server.support;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

/**
 * Test data written straight to the database: people and items of the demo company that no other test
 * touches, so a test can reason about exact points, badges and caps.
 */
public final class Seed {
  private final TestNode node;

  public Seed(TestNode node) {
    this.node = node;
  }

  /** A new employee of the demo company (demo password), with no shares, points or badges. Returns the email. */
  public String employee(String name) {
    String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8)
        + "@acme.example";
    update("INSERT INTO employee (company_id, office_id, team_id, email, display_name, role, password_hash) "
        + "SELECT company_id, office_id, team_id, ?, ?, 'employee', password_hash FROM employee "
        + "WHERE email = 'janis@acme.example'", email, name);
    return email;
  }

  /** The suggested words of every seeded item, on both networks. */
  public static String suggestedText(String title) {
    return "Read about " + title + " on our company blog today.";
  }

  /** A new approved item of the demo company, published {@code ago} ago, offered on both networks. */
  public long item(String title, Duration ago) {
    long id = node.sql.number("INSERT INTO content (company_id, title, url, status, hashtags, publish_at) "
        + "SELECT id, ?, ?, 'approved', '{AcmeEmployee}', now() - make_interval(secs => ?) FROM company "
        + "WHERE slug = 'acme' RETURNING id", title, "https://acme.example/news/" + UUID.randomUUID(),
        (double) ago.toSeconds());
    update("INSERT INTO content_variant (content_id, network, text) VALUES (?, 'linkedin', ?), (?, 'x', ?)",
        id, suggestedText(title), id, suggestedText(title));
    return id;
  }

  /** A share (and its ledger entry) as if reported {@code ago} ago, bypassing the API. */
  public void pastShare(String email, long contentId, String network, Duration ago) {
    update("WITH s AS (INSERT INTO share (company_id, employee_id, content_id, network, points, shared_at, posted_at) "
        + "SELECT company_id, id, ?, ?, 10, now() - make_interval(secs => ?), now() - make_interval(secs => ?) "
        + "FROM employee WHERE email = ? RETURNING id, company_id, employee_id, points, shared_at) "
        + "INSERT INTO ledger_entry (company_id, employee_id, kind, points, share_id, created_at) "
        + "SELECT company_id, employee_id, 'share', points, id, shared_at FROM s",
        contentId, network, (double) ago.toSeconds(), (double) ago.toSeconds(), email);
  }

  public void update(String sql, Object... args) {
    try {
      node.sql.update(sql, args);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
