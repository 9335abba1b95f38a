package io.chorus.server.digest;

import static io.chorus.server.digest.DigestWorld.header;
import static io.chorus.server.digest.DigestWorld.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.chorus.server.support.MutableClock;
import io.chorus.server.support.TestNode;
import io.chorus.server.support.Waits;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one database, each with its own Vert.x, the digest job on a one-second timer on both
 * and the test running it by hand on both at once as well: a week is claimed once and each person gets
 * one email. Then the one way a digest goes out twice: a node that dies after the SMTP server took the
 * message and before 'sent' was written.
 */
@DisplayName("Digest on two nodes: one claim per company and week, one email per person, whatever runs at once")
class DigestOnceTest {
  private static final int PEOPLE = 24;
  private static Vertx vertx1;
  private static Vertx vertx2;
  private static MutableClock clock;
  private static GreenMail smtp;
  private static TestNode one;
  private static TestNode two;

  @BeforeAll
  static void start() {
    vertx1 = Vertx.vertx();
    vertx2 = Vertx.vertx();
    clock = new MutableClock(DigestWorld.START);
    int port = DigestWorld.freePort();
    smtp = DigestWorld.greenMail(port);
    Map<String, String> settings = new HashMap<>(DigestWorld.smtp(port));
    settings.put("CHORUS_DIGEST_TICK_SECONDS", "1");
    one = TestNode.start(vertx1, "digest_once", settings, clock);
    two = TestNode.join(vertx2, one, settings, clock);
  }

  @AfterAll
  static void stop() {
    two.close();
    one.close();
    smtp.stop();
    TestNode.await(vertx2.close());
    TestNode.await(vertx1.close());
  }

  @Test
  @DisplayName("Eight runs at once on two nodes plus both timers: one week row, 24 emails to 24 people, each delivery sent in one attempt")
  void oncePerWeekOnTwoNodes() throws Exception {
    DigestWorld w = new DigestWorld(one, clock, "Two Nodes Co");
    List<Long> people = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      people.add(w.person("P" + i));
    }
    w.item("Robots in Riga", Duration.ofHours(3));
    w.item("Robots in Kuala Lumpur", Duration.ofHours(6));
    w.reachSendTime();

    List<Future<Digests.Run>> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runs.add(one.node.services().digests().runOnce());
      runs.add(two.node.services().digests().runOnce());
    }
    TestNode.await(Future.all(runs));
    // The timers keep running on both nodes; let each complete two more runs after the work is done.
    int timerOne = one.node.services().digests().timerRuns();
    int timerTwo = two.node.services().digests().timerRuns();
    assertTrue(Waits.until(() -> one.node.services().digests().timerRuns() >= timerOne + 2
        && two.node.services().digests().timerRuns() >= timerTwo + 2, Duration.ofSeconds(30)));

    assertEquals(1, w.count("SELECT count(*) FROM digest_week WHERE company_id = ?", w.companyId));
    List<MimeMessage> mail = w.mail(smtp);
    Set<String> recipients = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (MimeMessage m : mail) {
      recipients.add(m.getRecipients(Message.RecipientType.TO)[0].toString());
      ids.add(header(m, "Message-ID"));
    }
    assertEquals(PEOPLE, mail.size(), "one email per person");
    assertEquals(PEOPLE, recipients.size());
    assertEquals(PEOPLE, ids.size());
    assertEquals(PEOPLE, w.count("SELECT count(*) FROM digest_delivery WHERE company_id = ? AND state = 'sent' "
        + "AND attempts = 1", w.companyId));

    // Later that day and the next: nothing more.
    clock.advance(Duration.ofHours(20));
    run(one);
    run(two);
    assertEquals(PEOPLE, w.mail(smtp).size());
  }

  @Test
  @DisplayName("A node that died after the server took a message and before writing 'sent' leaves it to be sent again once its lease ends, with the same Message-ID")
  void crashBetweenSendAndRecordResendsTheSameMessage() throws Exception {
    DigestWorld w = new DigestWorld(one, clock, "Crash Co");
    long ann = w.person("Ann");
    w.item("News", Duration.ofHours(2));
    w.reachSendTime();
    run(one);
    assertEquals(1, w.mailTo(smtp, ann).size());
    String firstId = header(w.mailTo(smtp, ann).get(0), "Message-ID");

    // What that crash leaves: the row taken ('sending') with a lease that has not run out yet.
    w.update("UPDATE digest_delivery SET state = 'sending', sent_at = NULL, lease_until = ?, next_attempt_at = ? "
        + "WHERE employee_id = ?", Timestamp.from(clock.instant().plus(Digests.LEASE)),
        Timestamp.from(clock.instant().plus(Digests.LEASE)), ann);
    run(one);
    run(two);
    assertEquals(1, w.mailTo(smtp, ann).size(), "while the lease lasts, no other node sends it");

    clock.advance(Digests.LEASE.plusSeconds(1));
    run(two);
    List<MimeMessage> toAnn = w.mailTo(smtp, ann);
    assertEquals(2, toAnn.size(), "at least once: sent again after the lease");
    assertEquals(firstId, header(toAnn.get(1), "Message-ID"), "the duplicate is the same message to the receiver");
    assertEquals("sent", one.sql.text("SELECT state FROM digest_delivery WHERE employee_id = ?", ann));
    assertEquals(2, w.count("SELECT attempts FROM digest_delivery WHERE employee_id = ?", ann));
  }
}
