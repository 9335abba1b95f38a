package io.chorus.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.Seed;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The liaison console's cookie session on a real node: what the cookie is, what a change needs besides
 * it, and every way it ends. Each test signs in its own session (or its own liaison), so they are
 * independent of each other.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("The console's session: an HttpOnly SameSite cookie, an anti-forgery header on every change")
class ConsoleSessionTest {
  private static TestNode node;
  private static Seed seed;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "console_session");
    seed = new Seed(node);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static ConsoleClient liaison() {
    ConsoleClient console = new ConsoleClient(node.url());
    Reply signedIn = console.signIn("liga@acme.example");
    assertEquals(200, signedIn.status(), signedIn.text());
    return console;
  }

  /** A liaison of the demo company nobody else signs in as (for demoting or signing out everywhere). */
  private static String ownLiaison(String name) {
    String email = seed.employee(name);
    seed.update("UPDATE employee SET role = 'liaison' WHERE email = ?", email);
    return email;
  }

  private static String rules(int linkedInShare) {
    return new JsonObject().put("linkedInShare", linkedInShare).put("xShare", 10).put("freshBonus", 5)
        .put("ownWordsBonus", 5).put("clickPoints", 1).put("kudosPoints", 5).put("kudosPerWeek", 5)
        .put("dailyCap", 100).encode();
  }

  private static long linkedInPoints() {
    return node.sql.number("SELECT coalesce((SELECT linkedin_share FROM scoring_rules r JOIN company c "
        + "ON c.id = r.company_id WHERE c.slug = 'acme'), 10)");
  }

  @Test
  @DisplayName("Sign-in sets an HttpOnly, SameSite=Strict, Path=/ cookie (not Secure on http) and answers only the CSRF token and the profile")
  void signInSetsAStrictCookie() {
    ConsoleClient console = new ConsoleClient(node.url());
    Reply r = console.signIn("liga@acme.example");

    assertEquals(200, r.status(), r.text());
    String cookie = console.lastSetCookie;
    assertNotNull(cookie);
    String flags = cookie.toLowerCase(Locale.ROOT);
    assertTrue(cookie.startsWith("chorus-console=ey"), cookie);
    assertTrue(flags.contains("; httponly"), cookie);
    assertTrue(flags.contains("; samesite=strict"), cookie);
    assertTrue(flags.contains("; path=/"), cookie);
    assertTrue(flags.contains("; max-age=43200"), "twelve hours by default: " + cookie);
    assertFalse(flags.contains("; secure"), "the test node's public address is http: " + cookie);
    assertEquals(List.of("csrfToken", "expiresAt", "profile"), r.json().fieldNames().stream().sorted().toList());
    assertEquals("liaison", r.json().getJsonObject("profile").getString("role"));
    assertFalse(r.text().contains(console.cookie.substring("chorus-console=".length())), "the token is never in the body");

    Reply session = console.get("/api/console/session");
    assertEquals(200, session.status(), session.text());
    assertEquals(console.csrf, session.json().getString("csrfToken"), "a reload gets the same CSRF token back");
    assertEquals("Līga Ozola", session.json().getJsonObject("profile").getString("name"));
  }

  @Test
  @DisplayName("With cookie and CSRF header a liaison changes the rules; without the header, or with a wrong one, it is 403 and nothing changes")
  void changesNeedTheCsrfHeader() {
    ConsoleClient console = liaison();
    long before = linkedInPoints();

    Reply missing = console.changeWith("PUT", "/api/rules", rules(31), "Sec-Fetch-Site", "same-origin");
    Reply wrong = console.changeWith("PUT", "/api/rules", rules(32), "Sec-Fetch-Site", "same-origin",
        "X-CSRF-Token", console.csrf.substring(1) + "A");
    Reply otherSession = console.changeWith("PUT", "/api/rules", rules(33), "Sec-Fetch-Site", "same-origin",
        "X-CSRF-Token", liaison().csrf);

    for (Reply refused : List.of(missing, wrong, otherSession)) {
      assertEquals(403, refused.status(), refused.text());
      assertEquals("csrf_token_invalid", refused.errorCode());
    }
    assertEquals(before, linkedInPoints(), "no refused change reached the rules");

    Reply changed = console.change("PUT", "/api/rules", rules(before == 12 ? 13 : 12));
    assertEquals(200, changed.status(), changed.text());
    assertEquals(before == 12 ? 13 : 12, linkedInPoints());
  }

  @Test
  @DisplayName("A change the browser marks as cross-site is refused with 403, even with the right cookie and CSRF token")
  void crossSiteChangesAreRefused() {
    ConsoleClient console = liaison();
    long before = linkedInPoints();

    Reply crossSite = console.changeWith("PUT", "/api/rules", rules(41), "Sec-Fetch-Site", "cross-site",
        "X-CSRF-Token", console.csrf);
    Reply sameSite = console.changeWith("PUT", "/api/rules", rules(42), "Sec-Fetch-Site", "same-site",
        "X-CSRF-Token", console.csrf);
    Reply foreignOrigin = console.changeWith("PUT", "/api/rules", rules(43), "Origin", "https://evil.example",
        "X-CSRF-Token", console.csrf);
    Reply asBrowsersSendIt = console.changeWith("POST", "/api/shares/1/void", "{\"reason\":\"forged\"}",
        "Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example", "X-CSRF-Token", console.csrf);
    Reply signIn = console.send("POST", "/api/console/sign-in",
        "{\"email\":\"liga@acme.example\",\"password\":\"chorus-demo\"}", List.of("Sec-Fetch-Site", "cross-site"));

    for (Reply refused : List.of(crossSite, sameSite, foreignOrigin, asBrowsersSendIt, signIn)) {
      assertEquals(403, refused.status(), refused.text());
      assertEquals("cross_site_request", refused.errorCode());
    }
    assertEquals(before, linkedInPoints());
    assertEquals(0, node.sql.number("SELECT count(*) FROM share WHERE voided_at IS NOT NULL"));
  }

  @Test
  @DisplayName("Sign-out clears the cookie and ends the session: a saved copy of the cookie gets 401 token_revoked")
  void signOutEndsTheSession() {
    ConsoleClient console = liaison();
    String saved = console.cookie;

    Reply out = console.change("POST", "/api/console/sign-out", "{}");

    assertEquals(200, out.status(), out.text());
    assertTrue(console.lastSetCookie.startsWith("chorus-console=;"), console.lastSetCookie);
    assertTrue(console.lastSetCookie.toLowerCase(Locale.ROOT).contains("max-age=0"), console.lastSetCookie);
    assertNull(console.cookie);
    console.cookie = saved;
    Reply after = console.get("/api/console/session");
    assertEquals(401, after.status(), after.text());
    assertEquals("token_revoked", after.errorCode());
    assertEquals(401, console.get("/api/liaison/shares").status());
  }

  @Test
  @DisplayName("Sign-out without the CSRF header is refused (403) and the session goes on")
  void signOutNeedsTheCsrfHeader() {
    ConsoleClient console = liaison();
    Reply forced = console.changeWith("POST", "/api/console/sign-out", "{}", "Sec-Fetch-Site", "same-origin");
    assertEquals(403, forced.status(), forced.text());
    assertEquals(200, console.get("/api/console/session").status());
  }

  @Test
  @DisplayName("Signing out everywhere (here from the extension's bearer token) revokes the console session too")
  void signOutEverywhereRevokesTheConsole() {
    String email = ownLiaison("Everywhere Liaison");
    ConsoleClient console = new ConsoleClient(node.url());
    assertEquals(200, console.signIn(email).status());
    assertEquals(200, console.get("/api/liaison/shares").status());

    Reply out = node.api.postJson("/api/auth/sign-out-everywhere", node.signIn(email), "{}");

    assertEquals(200, out.status(), out.text());
    Reply after = console.get("/api/liaison/shares");
    assertEquals(401, after.status(), after.text());
    assertEquals("token_revoked", after.errorCode());
  }

  @Test
  @DisplayName("An employee's correct password gets 403 liaisons_only and no cookie; their bearer token gets 403 on every liaison list")
  void employeesGetLiaisonsOnly() {
    ConsoleClient console = new ConsoleClient(node.url());
    Reply r = console.signIn("janis@acme.example");

    assertEquals(403, r.status(), r.text());
    assertEquals("liaisons_only", r.errorCode());
    assertNull(console.lastSetCookie, "no session for an employee");
    Reply wrongPassword = console.send("POST", "/api/console/sign-in",
        "{\"email\":\"janis@acme.example\",\"password\":\"not-it\"}", console.ownPage());
    assertEquals("bad_credentials", wrongPassword.errorCode(), "the role is told only to the right password");

    String employee = node.signIn("janis@acme.example");
    for (String list : List.of("/api/liaison/shares", "/api/liaison/ledger", "/api/liaison/screens",
        "/api/liaison/people")) {
      Reply refused = node.api.get(list, employee);
      assertEquals(403, refused.status(), list + ": " + refused.text());
      assertEquals("forbidden", refused.errorCode());
    }
  }

  @Test
  @DisplayName("A liaison demoted to employee while signed in gets 403 liaisons_only from the session and every route")
  void demotedLiaisonLosesTheConsole() {
    String email = ownLiaison("Demoted Liaison");
    ConsoleClient console = new ConsoleClient(node.url());
    assertEquals(200, console.signIn(email).status());

    seed.update("UPDATE employee SET role = 'employee' WHERE email = ?", email);

    Reply session = console.get("/api/console/session");
    assertEquals(403, session.status());
    assertEquals("liaisons_only", session.errorCode());
    assertEquals("liaisons_only", console.get("/api/rules").errorCode());
  }

  @Test
  @DisplayName("A console token is no bearer token, and a bearer token is no console cookie (401 token_invalid)")
  void tokensStayInTheirLane() {
    ConsoleClient console = liaison();
    String consoleToken = console.cookie.substring("chorus-console=".length());
    Reply asBearer = node.api.get("/api/liaison/shares", consoleToken);
    assertEquals(401, asBearer.status());
    assertEquals("token_invalid", asBearer.errorCode());

    console.cookie = "chorus-console=" + node.signIn("liga@acme.example");
    Reply asCookie = console.get("/api/liaison/shares");
    assertEquals(401, asCookie.status());
    assertEquals("token_invalid", asCookie.errorCode());
  }

  @Test
  @DisplayName("Without any session the liaison lists answer 401; an unknown liaison path answers a JSON 404")
  void liaisonRouterIsGuarded() {
    ConsoleClient nobody = new ConsoleClient(node.url());
    Reply anonymous = nobody.get("/api/liaison/shares");
    assertEquals(401, anonymous.status());
    assertEquals("token_missing", anonymous.errorCode());

    Reply unknown = liaison().get("/api/liaison/nothing-here");
    assertEquals(404, unknown.status(), unknown.text());
    assertEquals("not_found", unknown.errorCode());
  }

  @Test
  @DisplayName("/console is served with a strict CSP (self only, no inline, no framing, Trusted Types), nosniff and no-referrer")
  void pageHasStrictPolicy() {
    Reply page = node.api.get("/console", null);

    assertEquals(200, page.status());
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    for (String directive : List.of("default-src 'none'", "script-src 'self'", "style-src 'self'",
        "connect-src 'self'", "img-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'",
        "require-trusted-types-for 'script'")) {
      assertTrue(csp.contains(directive), directive + " in " + csp);
    }
    assertFalse(csp.contains("unsafe"), csp);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
    assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(null));
    assertTrue(page.text().contains("<script src=\"/console/console.js\"></script>"), page.text());
    assertFalse(page.text().contains("<script>"), "no inline script");
    assertFalse(page.text().contains("style="), "no inline style");
  }
}
