package io.chorus.server.people;

import io.chorus.server.http.ApiException;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.InviteLink;
import io.chorus.shared.wire.Invitee;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One-time links to set a password: 32 random bytes (base64url) in the link's fragment
 * ({@code /welcome#<token>}, which browsers never send to a server, a log or a referrer), only their
 * SHA-256 kept, valid {@link #VALID 7 days}, used once (the use and the password are one transaction),
 * withdrawn by a newer link for the same person or by deactivation. The link is shown to the liaison
 * once and, through {@link #deliver}, emailed when the node has a mail sender.
 */
public final class Invitations {
  public static final Duration VALID = Duration.ofDays(7);
  private static final Logger log = LoggerFactory.getLogger(Invitations.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final String WITHDRAW_OPEN = """
      UPDATE invitation SET revoked_at = now()
       WHERE employee_id = ANY($1::bigint[]) AND used_at IS NULL AND revoked_at IS NULL
      """;
  private static final String CREATE = """
      INSERT INTO invitation (token_hash, company_id, employee_id, created_by, expires_at)
      SELECT v.hash, $1, v.employee_id, $2, now() + make_interval(secs => $5)
        FROM unnest($3::bytea[], $4::bigint[]) AS v(hash, employee_id)
      RETURNING employee_id, (extract(epoch FROM expires_at) * 1000)::bigint AS expires_ms
      """;
  private static final String STATE = """
      SELECT i.employee_id, i.used_at IS NOT NULL AS used, i.revoked_at IS NOT NULL AS withdrawn,
             i.expires_at <= now() AS expired, (extract(epoch FROM i.expires_at) * 1000)::bigint AS expires_ms,
             e.display_name, e.email, e.active, e.password_hash IS NOT NULL AS joined, c.name AS company
        FROM invitation i
        JOIN employee e ON e.id = i.employee_id
        JOIN company c ON c.id = i.company_id
       WHERE i.token_hash = $1
      """;
  // The link is spent and the password set in one transaction: of two tabs submitting at once, one wins.
  private static final String SPEND = """
      UPDATE invitation SET used_at = now()
       WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
      RETURNING employee_id
      """;
  private static final String SET_PASSWORD = """
      UPDATE employee SET password_hash = $2, joined_at = now()
       WHERE id = $1 AND active AND password_hash IS NULL
      RETURNING email
      """;
  private static final String EMAILED = "UPDATE invitation SET emailed_at = now() WHERE token_hash = $1";

  private final Pool pool;
  private final InviteMailer mailer;

  public Invitations(Pool pool, InviteMailer mailer) {
    this.pool = pool;
    this.mailer = mailer;
  }

  /** A fresh token and what is kept of it. */
  record Token(String value, byte[] hash) {
    static Token mint() {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      return new Token(value, Invitations.hash(value));
    }
  }

  /** Who gets a link: the person and where to greet them. */
  record Recipient(long employeeId, String name, String email) {}

  static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The page a token opens: the token in the fragment only. */
  static String url(String publicUrl, String token) {
    return publicUrl + ApiPaths.WELCOME_PAGE + "#" + token;
  }

  /**
   * New links for these people (inside the caller's transaction): any open older link of theirs is
   * withdrawn first. Answers the links in the order given, not yet emailed.
   */
  static Future<List<Minted>> create(SqlConnection conn, long companyId, long by, List<Recipient> people,
      Supplier<String> publicUrl) {
    if (people.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    Long[] ids = people.stream().map(Recipient::employeeId).toArray(Long[]::new);
    List<Token> tokens = new ArrayList<>();
    people.forEach(p -> tokens.add(Token.mint()));
    Buffer[] hashes = tokens.stream().map(t -> Buffer.buffer(t.hash())).toArray(Buffer[]::new);
    return conn.preparedQuery(WITHDRAW_OPEN).execute(Tuple.of((Object) ids))
        .compose(v -> conn.preparedQuery(CREATE).execute(Tuple.of(companyId, by, hashes, ids, (double) VALID.toSeconds())))
        .map(rows -> {
          java.util.Map<Long, Long> expires = new java.util.HashMap<>();
          for (Row r : rows) {
            expires.put(r.getLong("employee_id"), r.getLong("expires_ms"));
          }
          List<Minted> out = new ArrayList<>();
          for (int i = 0; i < people.size(); i++) {
            Recipient p = people.get(i);
            out.add(new Minted(tokens.get(i), new InviteLink(p.employeeId(), p.name(), p.email(),
                url(publicUrl.get(), tokens.get(i).value()), expires.get(p.employeeId()), false)));
          }
          return out;
        });
  }

  /** A link made in a transaction, with its token (kept only in memory, to mail it after commit). */
  record Minted(Token token, InviteLink link) {}

  /**
   * The hook that sends a link by email after the transaction that made it committed: with no mail
   * sender configured it answers the link as it is (to be copied by hand); with one, the link marked
   * emailed once the SMTP server took it. A failed send is logged (never the link) and left to copying.
   */
  public Future<InviteLink> deliver(Minted minted, String company) {
    InviteLink link = minted.link();
    if (mailer == null) {
      return Future.succeededFuture(link);
    }
    String subject = "You're invited to Chorus at " + company;
    String text = "Hello " + link.name() + ",\n\n" + company + " uses Chorus to share company news on LinkedIn and X."
        + "\nSet your password here (the link works once, for 7 days):\n\n" + link.url() + "\n\nThen sign in with "
        + link.email() + " in the Chorus browser extension.\n";
    String html = "<p>Hello " + escape(link.name()) + ",</p><p>" + escape(company) + " uses Chorus to share company news on "
        + "LinkedIn and X.</p><p><a href=\"" + escape(link.url()) + "\">Set your password</a> (the link works once, for "
        + "7 days), then sign in with " + escape(link.email()) + " in the Chorus browser extension.</p>";
    return mailer.send(link.email(), subject, text, html)
        .compose(sent -> pool.preparedQuery(EMAILED).execute(Tuple.of(Buffer.buffer(minted.token().hash())))
            .map(v -> new InviteLink(link.employeeId(), link.name(), link.email(), link.url(), link.expiresAt(), true)))
        .recover(e -> {
          log.warn("Invitation email to person {} not sent ({}); the liaison has the link to copy", link.employeeId(),
              e.toString());
          return Future.succeededFuture(link);
        });
  }

  /** Whose link this is, or the reason it does not work (404 forged, 410 expired, used or withdrawn). */
  public Future<Invitee> check(String token) {
    return state(token).map(s -> new Invitee(s.getString("display_name"), s.getString("email"),
        s.getString("company"), s.getLong("expires_ms")));
  }

  /**
   * Spends the link and sets the person's password (already hashed) in one transaction; answers their
   * email. A link spent meanwhile (another tab) is {@code invitation_used}.
   */
  public Future<String> redeem(String token, String passwordHash) {
    Buffer hash = Buffer.buffer(hash(token));
    return pool.withTransaction(conn -> conn.preparedQuery(SPEND).execute(Tuple.of(hash))
            .compose(rows -> rows.size() == 0 ? Future.succeededFuture((String) null)
                : conn.preparedQuery(SET_PASSWORD).execute(Tuple.of(rows.iterator().next().getLong("employee_id"),
                    passwordHash)).compose(set -> set.size() == 0
                        ? Future.failedFuture(new ApiException(ErrorCode.INVITATION_USED))
                        : Future.succeededFuture(set.iterator().next().getString("email")))))
        // Not spendable: say why, as the check would.
        .compose(email -> email != null ? Future.succeededFuture(email) : state(token).map(s -> {
          throw new ApiException(ErrorCode.INVITATION_USED);
        }));
  }

  /** The link's row when it can still be used; else the failure that says why not. */
  private Future<Row> state(String token) {
    return pool.preparedQuery(STATE).execute(Tuple.of(Buffer.buffer(hash(token)))).map(rows -> {
      if (rows.size() == 0) {
        throw new ApiException(ErrorCode.INVITATION_INVALID);
      }
      Row r = rows.iterator().next();
      if (r.getBoolean("used") || r.getBoolean("joined")) {
        throw new ApiException(ErrorCode.INVITATION_USED);
      }
      if (r.getBoolean("withdrawn") || !r.getBoolean("active")) {
        throw new ApiException(ErrorCode.INVITATION_WITHDRAWN);
      }
      if (r.getBoolean("expired")) {
        throw new ApiException(ErrorCode.INVITATION_EXPIRED);
      }
      return r;
    });
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
