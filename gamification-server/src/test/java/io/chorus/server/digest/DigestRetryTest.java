package io.chorus.server.digest;

import static io.chorus.server.digest.DigestWorld.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.chorus.server.support.MutableClock;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The SMTP server is down when the digest goes out (nothing listens on its port), then comes back:
 * each email is tried, waits out its backoff, and arrives exactly once.
 */
@DisplayName("Digest retries: an SMTP server that is down, then back, gets each email exactly once after the backoff")
class DigestRetryTest {
  private static Vertx vertx;
  private static MutableClock clock;
  private static int port;
  private static GreenMail smtp;
  private static TestNode node;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    clock = new MutableClock(DigestWorld.START);
    port = DigestWorld.freePort();
    node = TestNode.start(vertx, "digest_retry", DigestWorld.smtp(port), clock);
  }

  @AfterAll
  static void stop() {
    node.close();
    if (smtp != null) {
      smtp.stop();
    }
    TestNode.await(vertx.close());
  }

  @Test
  @DisplayName("Down: every email waits 1, then 2 minutes and is not tried before; back up: each arrives once, after 3 attempts")
  void downThenBack() {
    DigestWorld w = new DigestWorld(node, clock, "Retry Co");
    long ann = w.person("Ann");
    long ben = w.person("Ben");
    long cat = w.person("Cat");
    w.item("News while the mail server is down", Duration.ofHours(2));
    w.reachSendTime();

    run(node);
    String waiting = "SELECT count(*) FROM digest_delivery WHERE company_id = ? AND state = 'pending' AND attempts = ?";
    assertEquals(3, w.count(waiting, w.companyId, 1));
    String error = node.sql.text("SELECT last_error FROM digest_delivery WHERE employee_id = ?", ann);
    assertTrue(error.toLowerCase().contains("connect"), error);

    // Not due again before its backoff: runs now change nothing.
    run(node);
    clock.advance(Duration.ofSeconds(50));
    run(node);
    assertEquals(3, w.count(waiting, w.companyId, 1));

    clock.advance(Duration.ofSeconds(11));
    run(node);
    assertEquals(3, w.count(waiting, w.companyId, 2), "second attempt after 1 minute, still down");

    smtp = DigestWorld.greenMail(port);
    clock.advance(Duration.ofMinutes(1));
    run(node);
    assertEquals(3, w.count(waiting, w.companyId, 2), "the next attempt waits 2 minutes");
    clock.advance(Duration.ofMinutes(1).plusSeconds(1));
    run(node);
    for (long person : new long[] {ann, ben, cat}) {
      assertEquals(1, w.mailTo(smtp, person).size());
    }
    assertEquals(3, w.count("SELECT count(*) FROM digest_delivery WHERE company_id = ? AND state = 'sent' "
        + "AND attempts = 3", w.companyId));

    // Hours later: still one each.
    clock.advance(Duration.ofHours(5));
    run(node);
    assertEquals(3, w.mail(smtp).size());
  }

  @Test
  @DisplayName("A delivery that keeps failing is given up after 10 attempts and never tried again")
  void givenUpAfterTenAttempts() {
    DigestWorld w = new DigestWorld(node, clock, "Hopeless Co");
    long ann = w.person("Ann");
    w.item("News", Duration.ofHours(2));
    w.reachSendTime();
    // The mail server stays down for this one (stopped if the other test started it).
    if (smtp != null) {
      smtp.stop();
      smtp = null;
    }
    for (int attempt = 1; attempt <= Digests.MAX_ATTEMPTS; attempt++) {
      run(node);
      assertEquals(attempt, w.count("SELECT attempts FROM digest_delivery WHERE employee_id = ?", ann));
      clock.advance(Digests.LONGEST_RETRY);
    }
    assertEquals("failed", node.sql.text("SELECT state FROM digest_delivery WHERE employee_id = ?", ann));
    run(node);
    assertEquals(Digests.MAX_ATTEMPTS, w.count("SELECT attempts FROM digest_delivery WHERE employee_id = ?", ann));
  }
}
