package io.chorus.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.demo.DemoCompany;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("Signing in, hashed passwords, throttling and signing out everywhere")
class SignInTest {
  private static TestNode node;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "sign_in");
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static Reply signIn(String email, String password) {
    return node.api.postJson("/api/auth/sign-in", null,
        new JsonObject().put("email", email).put("password", password).encode());
  }

  @Test
  @DisplayName("The right password gives a token and the profile; the role says liaison for a liaison")
  void signsInWithProfile() {
    Reply r = signIn("LIGA@acme.example", DemoCompany.PASSWORD);

    assertEquals(200, r.status(), r.text());
    assertTrue(r.json().getString("token").split("\\.").length == 3);
    assertTrue(r.json().getLong("expiresAt") > System.currentTimeMillis());
    JsonObject profile = r.json().getJsonObject("profile");
    assertEquals("Līga Ozola", profile.getString("name"));
    assertEquals("liaison", profile.getString("role"));
    assertEquals("Riga", profile.getString("office"));
    assertEquals("Acme Robotics", profile.getString("company"));
  }

  @Test
  @DisplayName("Passwords are stored as Argon2id hashes, never as given")
  void storesArgon2idHashes() {
    String hash = node.sql.text("SELECT password_hash FROM employee WHERE email = 'janis@acme.example'");
    assertTrue(hash.startsWith("$argon2id$"), hash);
    assertFalse(hash.contains(DemoCompany.PASSWORD));
  }

  @Test
  @DisplayName("A wrong password and an unknown email get the same 401 bad_credentials")
  void wrongPasswordAndUnknownEmailLookAlike() {
    Reply wrong = signIn("janis@acme.example", "guess");
    Reply unknown = signIn("nobody@acme.example", "guess");

    assertEquals(401, wrong.status());
    assertEquals("bad_credentials", wrong.errorCode());
    assertEquals(wrong.json(), unknown.json());
  }

  @Test
  @DisplayName("After 5 failures from one address an account is throttled there (429 with Retry-After until the "
      + "window clears), even for the right password")
  void throttlesRepeatedFailures() {
    for (int i = 0; i < 5; i++) {
      assertEquals(401, signIn("marco@acme.example", "wrong-" + i).status());
    }
    Reply throttled = signIn("marco@acme.example", DemoCompany.PASSWORD);

    assertEquals(429, throttled.status());
    assertEquals("too_many_attempts", throttled.errorCode());
    long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter > 60 && retryAfter <= 300, "until the 5-minute window clears: " + retryAfter);
  }

  @Test
  @DisplayName("A sign-in without a password or with a malformed email is a 400 naming the field")
  void refusesIncompleteSignIns() {
    Reply noPassword = node.api.postJson("/api/auth/sign-in", null, "{\"email\":\"janis@acme.example\"}");
    Reply badEmail = signIn("janis", "x");

    assertEquals(400, noPassword.status());
    assertTrue(noPassword.json().getJsonObject("error").getString("message").contains("password"));
    assertEquals(400, badEmail.status());
    assertEquals("invalid_field", badEmail.errorCode());
  }

  @Test
  @DisplayName("Signing out everywhere revokes every token issued before: they get 401 token_revoked")
  void signOutEverywhereRevokesTokens() {
    String token = node.signIn("aisyah@acme.example");
    assertEquals(200, node.api.get("/api/me", token).status());

    Reply out = node.api.postJson("/api/auth/sign-out-everywhere", token, "{}");
    Reply after = node.api.get("/api/me", token);

    assertEquals(200, out.status());
    assertEquals(401, after.status());
    assertEquals("token_revoked", after.errorCode());
  }

  @Test
  @DisplayName("A screen token cannot read an employee's own data (403), an employee token can")
  void screenTokensAreNotEmployees() {
    Reply me = node.api.get("/api/me", node.screenToken());
    assertEquals(403, me.status());
    assertEquals("forbidden", me.errorCode());
  }
}
