package io.chorus.server.digest;

import static io.chorus.server.support.TestNode.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.chorus.server.support.MutableClock;
import io.chorus.server.support.TestNode;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A digest test's own data on a test node: a company of its own (Riga time) whose digest goes out one
 * minute after the test's clock when it is made, its people and items, and the mail that arrived at
 * the test's SMTP server for them. The demo company's digest is turned off so it never mails anyone.
 */
final class DigestWorld {
  /** Wednesday 25 November 2026, 10:00 in Riga: the test clocks start here. */
  static final Instant START = Instant.parse("2026-11-25T08:00:00Z");
  static final ZoneId RIGA = ZoneId.of("Europe/Riga");

  final TestNode node;
  final MutableClock clock;
  final long companyId;
  final String domain;
  final Instant sendAt;
  private final List<Long> itemsMade = new ArrayList<>();

  DigestWorld(TestNode node, MutableClock clock, String name) {
    this.node = node;
    this.clock = clock;
    this.domain = name.toLowerCase().replaceAll("[^a-z0-9]", "") + "-" + UUID.randomUUID().toString().substring(0, 6)
        + ".example";
    update("UPDATE digest_settings SET enabled = false WHERE company_id = (SELECT id FROM company WHERE slug = 'acme')");
    update("INSERT INTO digest_settings (company_id, enabled) SELECT id, false FROM company WHERE slug = 'acme' "
        + "ON CONFLICT DO NOTHING");
    // The moment: the next whole minute at least a minute ahead, as a day and time in Riga.
    Instant at = clock.instant().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
    LocalDateTime local = LocalDateTime.ofInstant(at, RIGA);
    this.sendAt = at;
    // One statement: the company and its settings appear together, so no run sees it on the default schedule.
    this.companyId = node.sql.number("WITH c AS (INSERT INTO company (slug, name, time_zone) VALUES (?, ?, 'Europe/Riga') "
        + "RETURNING id) INSERT INTO digest_settings (company_id, enabled, send_day, send_time) "
        + "SELECT id, true, ?, ?::time FROM c RETURNING company_id",
        domain, name, local.getDayOfWeek().getValue(), local.toLocalTime().toString());
  }

  static Map<String, String> smtp(int port) {
    Map<String, String> env = new HashMap<>();
    env.put("CHORUS_SMTP_HOST", "127.0.0.1");
    env.put("CHORUS_SMTP_PORT", String.valueOf(port));
    env.put("CHORUS_SMTP_STARTTLS", "disabled");
    env.put("CHORUS_SMTP_FROM", "Chorus <chorus@digest.example>");
    env.put("CHORUS_DIGEST_TICK_SECONDS", "0");
    return env;
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static GreenMail greenMail(int port) {
    GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }

  /** A person of this company (the demo password); returns their id. */
  long person(String name) {
    return person(name, "employee", true);
  }

  long person(String name, String role, boolean active) {
    String email = name.toLowerCase() + "@" + domain;
    return node.sql.number("INSERT INTO employee (company_id, email, display_name, role, password_hash, active) "
        + "SELECT ?, ?, ?, ?, password_hash, ? FROM employee WHERE email = 'janis@acme.example' RETURNING id",
        companyId, email, name, role, active);
  }

  String email(long employeeId) {
    return node.sql.text("SELECT email FROM employee WHERE id = ?", employeeId);
  }

  /** An approved item offered on both networks, live since {@code ago} before the clock's now. */
  long item(String title, Duration ago) {
    return item(title, ago, null, "approved", null);
  }

  /**
   * An item: {@code publishedAgo} before now (negative: in the future), {@code expiresIn} from now (null:
   * never), with a status, and approved {@code approvedAgo} before now (null: when published).
   */
  long item(String title, Duration publishedAgo, Duration expiresIn, String status, Duration approvedAgo) {
    Instant now = clock.instant();
    Instant published = now.minus(publishedAgo);
    long id = node.sql.number("INSERT INTO content (company_id, title, summary, url, status, publish_at, expires_at, "
            + "approved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        companyId, title, "About " + title, "https://" + domain + "/news/" + UUID.randomUUID(), status,
        Timestamp.from(published), expiresIn == null ? null : Timestamp.from(now.plus(expiresIn)),
        Timestamp.from(approvedAgo == null ? published : now.minus(approvedAgo)));
    update("INSERT INTO content_variant (content_id, network, text) VALUES (?, 'linkedin', ?), (?, 'x', ?)",
        id, "Read: " + title, id, "Read: " + title);
    itemsMade.add(id);
    return id;
  }

  /** A share of an item by a person (straight into the table: the digest only asks whether one exists). */
  void share(long employeeId, long contentId) {
    update("INSERT INTO share (company_id, employee_id, content_id, network, points, shared_at, posted_at) "
        + "VALUES (?, ?, ?, 'linkedin', 10, ?, ?)", companyId, employeeId, contentId,
        Timestamp.from(clock.instant()), Timestamp.from(clock.instant()));
  }

  String title(long contentId) {
    return node.sql.text("SELECT title FROM content WHERE id = ?", contentId);
  }

  String url(long contentId) {
    return node.sql.text("SELECT url FROM content WHERE id = ?", contentId);
  }

  /** The person's tracked link code for an item (as the digest made it), or null. */
  String linkCode(long employeeId, long contentId) {
    return node.sql.text("SELECT code FROM tracked_link WHERE employee_id = ? AND content_id = ? ORDER BY network "
        + "LIMIT 1", employeeId, contentId);
  }

  /** Moves the clock to just after this company's digest moment. */
  void reachSendTime() {
    Duration ahead = Duration.between(clock.instant(), sendAt.plusSeconds(1));
    if (!ahead.isNegative()) {
      clock.advance(ahead);
    }
  }

  /** One run of the digest job on a node, as its timer would run it. */
  static Digests.Run run(TestNode on) {
    return await(on.node.services().digests().runOnce());
  }

  long count(String sql, Object... args) {
    return node.sql.number(sql, args);
  }

  /** The mail that reached the server for people of this company, oldest first. */
  List<MimeMessage> mail(GreenMail server) {
    List<MimeMessage> out = new ArrayList<>();
    try {
      for (MimeMessage m : server.getReceivedMessages()) {
        if (m.getRecipients(Message.RecipientType.TO)[0].toString().endsWith("@" + domain)) {
          out.add(m);
        }
      }
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** The mail that reached the server for one person. */
  List<MimeMessage> mailTo(GreenMail server, long employeeId) {
    String email = email(employeeId);
    List<MimeMessage> out = new ArrayList<>();
    try {
      for (MimeMessage m : mail(server)) {
        if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(email)) {
          out.add(m);
        }
      }
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** A message's part of this type ("text/plain", "text/html"), decoded. */
  static String part(MimeMessage message, String type) {
    try {
      MimeMultipart multipart = (MimeMultipart) message.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart p = multipart.getBodyPart(i);
        if (p.isMimeType(type)) {
          return p.getContent().toString().replace("\r\n", "\n");
        }
      }
      return null;
    } catch (IOException | jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String header(MimeMessage message, String name) {
    try {
      String[] values = message.getHeader(name);
      return values == null ? null : values[0];
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  void update(String sql, Object... args) {
    try {
      node.sql.update(sql, args);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Monday of the week of {@link #sendAt} in Riga, as the Message-ID spells it. */
  String weekKey() {
    return LocalDateTime.ofInstant(sendAt, RIGA).toLocalDate().with(DayOfWeek.MONDAY).toString().replace("-", "");
  }
}
