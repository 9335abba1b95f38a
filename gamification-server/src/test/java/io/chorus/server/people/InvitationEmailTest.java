package io.chorus.server.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.chorus.server.console.ConsoleClient;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With an SMTP server configured, an invitation goes out by email through the node's one mail sender (the
 * weekly digest's), to a real SMTP server on loopback (GreenMail, in this JVM), and the link in it works.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Invitations by email: with SMTP configured, each invitee gets their one-time link, marked emailed")
class InvitationEmailTest {
  private static GreenMail smtp;
  private static TestNode node;
  private static ConsoleClient console;

  @BeforeAll
  static void start(Vertx vertx) {
    int port = freePort();
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    node = TestNode.start(vertx, "invitation_email", Map.of("CHORUS_SMTP_HOST", "127.0.0.1",
        "CHORUS_SMTP_PORT", String.valueOf(port), "CHORUS_SMTP_STARTTLS", "disabled",
        "CHORUS_SMTP_FROM", "Chorus <chorus@invites.example>", "CHORUS_DIGEST_TICK_SECONDS", "0"));
    console = new ConsoleClient(node.url());
    assertEquals(200, console.signIn("liga@acme.example").status());
  }

  @AfterAll
  static void stop() {
    node.close();
    smtp.stop();
  }

  @Test
  @DisplayName("An imported person gets one email with their set-password link; the import says it was emailed; the link sets a password")
  void importedPersonGetsTheLinkByEmail() throws Exception {
    Reply r = console.upload("/api/people/import", ("name,email,office,team,language,role\n"
        + "Rūta Ozola,ruta.invite@acme.example,Riga,Engineering,lv,employee\n").getBytes(StandardCharsets.UTF_8),
        "text/csv");
    assertEquals(200, r.status(), r.text());
    JsonObject invite = r.json().getJsonArray("invites").getJsonObject(0);
    assertTrue(invite.getBoolean("emailed"), "the SMTP server took it: " + invite.encode());

    MimeMessage[] received = smtp.getReceivedMessages();
    assertEquals(1, received.length, "one email");
    MimeMessage mail = received[0];
    assertEquals("ruta.invite@acme.example", mail.getRecipients(Message.RecipientType.TO)[0].toString());
    assertTrue(mail.getSubject().startsWith("You're invited to Chorus"), mail.getSubject());
    String url = invite.getString("url");
    String text = plainText(mail.getContent());
    assertTrue(text.contains(url), "the link is in the email:\n" + text);

    Reply set = node.api.postJson("/api/welcome", null, new JsonObject()
        .put("token", url.substring(url.indexOf('#') + 1)).put("password", "a long new password").encode());
    assertEquals(200, set.status(), set.text());
    Reply signIn = node.api.postJson("/api/auth/sign-in", null, new JsonObject()
        .put("email", "ruta.invite@acme.example").put("password", "a long new password").encode());
    assertEquals(200, signIn.status(), signIn.text());
  }

  /** The decoded text/plain part of a message (multipart/alternative, possibly inside multipart/mixed). */
  private static String plainText(Object content) throws Exception {
    if (content instanceof String s) {
      return s;
    }
    Multipart parts = (Multipart) content;
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.isMimeType("text/plain")) {
        return (String) part.getContent();
      }
      if (part.isMimeType("multipart/*")) {
        return plainText(part.getContent());
      }
    }
    throw new AssertionError("no text/plain part");
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
