package io.chorus.server.digest;

import static io.chorus.server.digest.DigestWorld.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.MutableClock;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import io.vertx.core.parsetools.RecordParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An SMTP server written in this test (a few lines of the protocol on a Vert.x socket) that answers
 * each recipient as the test says: 250, a temporary 451 once, or a permanent 550. The digest retries
 * what a retry can fix and gives up at once on what it cannot.
 */
@DisplayName("Digest and SMTP replies: a temporary refusal (451) is retried, a permanent one (550) is given up at once")
class DigestSmtpRepliesTest {
  private static Vertx vertx;
  private static MutableClock clock;
  private static NetServer smtp;
  private static TestNode node;
  /** Recipients of every message the server accepted (after the message's final "."). */
  private static final List<String> DELIVERED = Collections.synchronizedList(new ArrayList<>());
  /** How many more times "cat@" is refused for now. */
  private static final AtomicInteger CAT_REFUSALS = new AtomicInteger(1);

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    clock = new MutableClock(DigestWorld.START);
    smtp = TestNode.await(vertx.createNetServer().connectHandler(DigestSmtpRepliesTest::session)
        .listen(0, "127.0.0.1"));
    node = TestNode.start(vertx, "digest_smtp_replies", DigestWorld.smtp(smtp.actualPort()), clock);
  }

  @AfterAll
  static void stop() {
    node.close();
    TestNode.await(smtp.close());
    TestNode.await(vertx.close());
  }

  /** One SMTP session: greeting, EHLO, MAIL, RCPT (answered per address), DATA, RSET, NOOP, QUIT. */
  private static void session(NetSocket socket) {
    List<String> recipients = new ArrayList<>();
    boolean[] inData = {false};
    socket.write("220 fake.test ESMTP\r\n");
    socket.handler(RecordParser.newDelimited("\r\n", line -> {
      String l = line.toString();
      if (inData[0]) {
        if (l.equals(".")) {
          inData[0] = false;
          DELIVERED.addAll(recipients);
          recipients.clear();
          socket.write("250 2.0.0 queued\r\n");
        }
        return;
      }
      String upper = l.toUpperCase(Locale.ROOT);
      if (upper.startsWith("EHLO")) {
        socket.write("250-fake.test\r\n250 8BITMIME\r\n");
      } else if (upper.startsWith("RCPT TO:")) {
        String address = l.substring(l.indexOf('<') + 1, l.indexOf('>'));
        if (address.startsWith("nobody@")) {
          socket.write("550 5.1.1 No such user here\r\n");
        } else if (address.startsWith("cat@") && CAT_REFUSALS.getAndDecrement() > 0) {
          socket.write("451 4.3.0 Mailbox busy, try again later\r\n");
        } else {
          recipients.add(address);
          socket.write("250 2.1.5 OK\r\n");
        }
      } else if (upper.equals("DATA")) {
        inData[0] = true;
        socket.write("354 End data with <CR><LF>.<CR><LF>\r\n");
      } else if (upper.equals("RSET")) {
        recipients.clear();
        socket.write("250 2.0.0 OK\r\n");
      } else if (upper.equals("QUIT")) {
        socket.write("221 2.0.0 Bye\r\n").onComplete(r -> socket.close());
      } else if (upper.startsWith("MAIL FROM:") || upper.startsWith("HELO") || upper.equals("NOOP")) {
        socket.write("250 OK\r\n");
      } else {
        socket.write("502 5.5.2 Command not recognised\r\n");
      }
    }));
  }

  private static long count(String address) {
    synchronized (DELIVERED) {
      return DELIVERED.stream().filter(address::equals).count();
    }
  }

  @Test
  @DisplayName("Ann's email goes at once; Cat's, refused with 451, goes a minute later; Nobody's, refused with 550, is failed after one attempt")
  void temporaryRetriedPermanentNot() {
    DigestWorld w = new DigestWorld(node, clock, "Replies Co");
    long ann = w.person("Ann");
    long cat = w.person("Cat");
    long nobody = w.person("Nobody");
    w.item("News", Duration.ofHours(2));
    w.reachSendTime();
    run(node);

    assertEquals(1, count(w.email(ann)));
    assertEquals(0, count(w.email(cat)));
    assertEquals("pending", node.sql.text("SELECT state FROM digest_delivery WHERE employee_id = ?", cat));
    assertTrue(node.sql.text("SELECT last_error FROM digest_delivery WHERE employee_id = ?", cat).contains("451"));
    assertEquals("failed", node.sql.text("SELECT state FROM digest_delivery WHERE employee_id = ?", nobody));
    assertTrue(node.sql.text("SELECT last_error FROM digest_delivery WHERE employee_id = ?", nobody).contains("550"));

    clock.advance(Duration.ofSeconds(61));
    run(node);
    clock.advance(Duration.ofHours(3));
    run(node);
    assertEquals(1, count(w.email(ann)));
    assertEquals(1, count(w.email(cat)), "retried after the temporary refusal, delivered once");
    assertEquals(0, count(w.email(nobody)));
    assertEquals(2, w.count("SELECT attempts FROM digest_delivery WHERE employee_id = ?", cat));
    assertEquals(1, w.count("SELECT attempts FROM digest_delivery WHERE employee_id = ?", nobody),
        "a permanent refusal is not tried again");
  }
}
