package io.chorus.server.support;

import io.chorus.server.auth.PasswordHasher;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A company of a test's own, written straight to the database with exact times: offices, teams, people
 * (invited, joined, deactivated, with stated audiences), items, shares with their ledger entries, voids,
 * tracked links and clicks. Times are local to the company's time zone ({@code "2026-11-02 00:30"}), so a
 * test can put a share a minute either side of a period's edge and know every figure in advance. It
 * never touches the demo company, which stays beside it as "another company".
 */
public final class CompanyFixture {
  private final Sql sql;
  public final long id;
  public final String timeZone;

  private CompanyFixture(Sql sql, long id, String timeZone) {
    this.sql = sql;
    this.id = id;
    this.timeZone = timeZone;
  }

  public static CompanyFixture create(Sql sql, String name, String timeZone) {
    long id = sql.number("INSERT INTO company (slug, name, time_zone) VALUES (?, ?, ?) RETURNING id",
        name.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID().toString().substring(0, 8), name, timeZone);
    return new CompanyFixture(sql, id, timeZone);
  }

  public long office(String name) {
    return sql.number("INSERT INTO office (company_id, name) VALUES (?, ?) RETURNING id", id, name);
  }

  public long team(String name) {
    return sql.number("INSERT INTO team (company_id, name) VALUES (?, ?) RETURNING id", id, name);
  }

  /** A person to describe, then {@link Person#add()}: joined at {@code since} unless told otherwise. */
  public Person person(String name) {
    return new Person(name);
  }

  public final class Person {
    private final String name;
    private final String email;
    private Long office;
    private Long team;
    private String created = "2026-01-01 09:00";
    private String joined = created;
    private String deactivated;
    private Integer linkedin;
    private Integer x;
    private String role = "employee";
    private String passwordHash = "no-password-of-a-test";

    private Person(String name) {
      this.name = name;
      this.email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "." + UUID.randomUUID().toString().substring(0, 8)
          + "@fixture.example";
    }

    public Person in(Long office, Long team) {
      this.office = office;
      this.team = team;
      return this;
    }

    /** Has had an account (and a password) since then. */
    public Person since(String local) {
      this.created = local;
      this.joined = local;
      return this;
    }

    /** Invited then; joined (set a password) at {@code joined}, or never when null. */
    public Person invited(String local, String joined) {
      this.created = local;
      this.joined = joined;
      return this;
    }

    public Person deactivated(String local) {
      this.deactivated = local;
      return this;
    }

    /** Followers stated on LinkedIn and X (null: not said). */
    public Person audience(Integer linkedin, Integer x) {
      this.linkedin = linkedin;
      this.x = x;
      return this;
    }

    /** A liaison who can sign in with this password. */
    public Person liaison(String password) {
      this.role = "liaison";
      this.passwordHash = PasswordHasher.hashNow(password);
      return this;
    }

    public String email() {
      return email;
    }

    /** Writes the person; returns their id. */
    public long add() {
      return sql.number("INSERT INTO employee (company_id, office_id, team_id, email, display_name, role, password_hash, "
              + "created_at, invited_at, joined_at, active, deactivated_at, audience_linkedin, audience_x) "
              + "VALUES (?, ?, ?, ?, ?, ?, ?, ?::timestamp AT TIME ZONE ?, ?::timestamp AT TIME ZONE ?, "
              + "?::timestamp AT TIME ZONE ?, ?, ?::timestamp AT TIME ZONE ?, ?, ?) RETURNING id",
          id, office, team, email, name, role, joined == null ? null : passwordHash, created, timeZone, created, timeZone,
          joined, timeZone, deactivated == null, deactivated, timeZone, linkedin, x);
    }
  }

  /** An approved item of this company, with the library's topics. */
  public long item(String title, String... topics) {
    return sql.number("INSERT INTO content (company_id, title, url, status, publish_at, created_at, topics) "
        + "VALUES (?, ?, ?, 'approved', '2026-01-01', '2026-01-01', ?::text[]) RETURNING id",
        id, title, "https://fixture.example/" + UUID.randomUUID(), "{" + String.join(",", topics) + "}");
  }

  /** A share posted (and reported) then, with its 10 points in the ledger at the same moment. Returns its id. */
  public long share(long employee, long item, String network, String local) {
    long share = sql.number("INSERT INTO share (company_id, employee_id, content_id, network, points, shared_at, posted_at) "
        + "VALUES (?, ?, ?, ?, 10, ?::timestamp AT TIME ZONE ?, ?::timestamp AT TIME ZONE ?) RETURNING id",
        id, employee, item, network, local, timeZone, local, timeZone);
    sql.number("INSERT INTO ledger_entry (company_id, employee_id, kind, points, share_id, created_at) "
        + "SELECT company_id, employee_id, 'share', points, id, shared_at FROM share WHERE id = ? RETURNING seq", share);
    return share;
  }

  /** Voids a share then: marked voided, and a reversal of its points in the ledger. */
  public void voidShare(long share, String local) {
    try {
      sql.update("UPDATE share SET voided_at = ?::timestamp AT TIME ZONE ?, void_reason = 'test' WHERE id = ?",
          local, timeZone, share);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    sql.number("INSERT INTO ledger_entry (company_id, employee_id, kind, points, share_id, reverses, reason, created_at) "
        + "SELECT company_id, employee_id, 'reversal', -points, share_id, seq, 'test', ?::timestamp AT TIME ZONE ? "
        + "FROM ledger_entry WHERE share_id = ? AND kind = 'share' RETURNING seq", local, timeZone, share);
  }

  /** The person's tracked link for an item on a network; returns its code. */
  public String link(long employee, long item, String network) {
    String code = "fx" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    sql.number("INSERT INTO tracked_link (code, company_id, employee_id, content_id, network) VALUES (?, ?, ?, ?, ?) "
        + "RETURNING 1", code, id, employee, item, network);
    return code;
  }

  /** A visitor's click on a link then, with its 1 point for the link's owner. */
  public void click(String code, String visitor, String local) {
    long click = sql.number("INSERT INTO link_click (code, visitor, clicked_at) VALUES (?, ?, ?::timestamp AT TIME ZONE ?) "
        + "RETURNING id", code, visitor, local, timeZone);
    sql.number("INSERT INTO ledger_entry (company_id, employee_id, kind, points, click_id, created_at) "
        + "SELECT l.company_id, l.employee_id, 'click', 1, k.id, k.clicked_at FROM link_click k "
        + "JOIN tracked_link l ON l.code = k.code WHERE k.id = ? RETURNING seq", click);
  }
}
