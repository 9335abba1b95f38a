package io.chorus.server.numbers;

import static io.chorus.server.support.NumbersCompany.FROM;
import static io.chorus.server.support.NumbersCompany.TO;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.NumbersCompany;
import io.chorus.server.support.TestNode;
import io.chorus.shared.wire.Role;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every figure of {@code GET /api/liaison/numbers} on a company whose answers are known in advance
 * ({@link NumbersCompany}, beside the demo company on the same node): the whole company, one office,
 * one team, both together, and periods that cut a minute either side of a share.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Numbers: every figure exactly, per office and team, at the period's edges")
class NumbersTest {
  private static TestNode node;
  private static NumbersCompany northwind;
  private static String liaison;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "numbers");
    northwind = new NumbersCompany(node.sql);
    liaison = node.node.services().tokens().forEmployee(northwind.lina, northwind.company.id, Role.LIAISON).token();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  static JsonObject numbers(String query) {
    Reply r = node.api.get("/api/liaison/numbers?" + query, liaison);
    assertEquals(200, r.status(), r.text());
    return r.json();
  }

  static JsonArray rows(JsonObject doc, String figure) {
    for (Object f : doc.getJsonArray("figures")) {
      JsonObject o = (JsonObject) f;
      if (o.getString("id").equals(figure)) {
        return o.getJsonArray("rows");
      }
    }
    throw new AssertionError("no figure " + figure + " in " + doc.encode());
  }

  private static void assertRows(String expected, JsonObject doc, String figure) {
    assertEquals(new JsonArray(expected), rows(doc, figure), figure);
  }

  @Test
  @DisplayName("The whole company over four weeks: adoption 6/5/4, weekly actives 2,2,1,2 with a falling trend, "
      + "shares, reach and clicks per network, top content, topics (one whatever its letter case), people and teams")
  void wholeCompany() {
    JsonObject doc = numbers("from=" + FROM + "&to=" + TO);
    assertEquals(new JsonObject().put("from", FROM).put("to", TO).put("timeZone", "Europe/Riga"),
        doc.getJsonObject("period"));
    assertRows("""
        [{"stage":"invited","people":6},{"stage":"joined","people":5},{"stage":"active","people":4}]""", doc, "adoption");
    assertRows("""
        [{"week":"2026-11-02","active":2,"joined":4,"partial":false,"trend":1.9},
         {"week":"2026-11-09","active":2,"joined":5,"partial":false,"trend":1.8},
         {"week":"2026-11-16","active":1,"joined":5,"partial":false,"trend":1.7},
         {"week":"2026-11-23","active":2,"joined":4,"partial":false,"trend":1.6}]""", doc, "weekly-active");
    assertRows("""
        [{"network":"linkedin","shares":6,"sharers":4},{"network":"x","shares":2,"sharers":2}]""", doc, "networks");
    assertRows("""
        [{"network":"linkedin","shares":6,"sharesWithAudience":5,"reach":3600},
         {"network":"x","shares":2,"sharesWithAudience":2,"reach":350}]""", doc, "reach");
    assertRows("""
        [{"network":"linkedin","clicks":7,"visitors":6,"links":4},
         {"network":"x","clicks":1,"visitors":1,"links":1}]""", doc, "clicks");
    assertRows("""
        [{"contentId":%d,"title":"Launch","shares":4,"sharers":3,"clicks":5,"reach":1750},
         {"contentId":%d,"title":%s,"shares":2,"sharers":2,"clicks":2,"reach":1000},
         {"contentId":%d,"title":%s,"shares":2,"sharers":2,"clicks":1,"reach":1200}]""".formatted(
        northwind.launch, northwind.formula, quoted(NumbersCompany.FORMULA), northwind.hiring,
        quoted(NumbersCompany.HIRING)), doc, "top-content");
    assertRows("""
        [{"topic":"News","items":2,"shares":6,"sharers":3,"clicks":7,"reach":2750},
         {"topic":"Product","items":1,"shares":4,"sharers":3,"clicks":5,"reach":1750},
         {"topic":"Hiring","items":1,"shares":2,"sharers":2,"clicks":1,"reach":1200}]""", doc, "topics");
    assertRows("""
        [{"employeeId":%d,"name":"Ann Berg","office":"Riga","team":"Engineering","points":45,"shares":4,"clicks":5,"deactivated":false},
         {"employeeId":%d,"name":"Cai Tamm","office":"Tallinn","team":"Engineering","points":21,"shares":2,"clicks":1,"deactivated":false},
         {"employeeId":%d,"name":"Bob Stone","office":"Riga","team":"Sales","points":11,"shares":1,"clicks":1,"deactivated":false},
         {"employeeId":%d,"name":"Eve Saar","office":"Tallinn","team":"Engineering","points":11,"shares":1,"clicks":1,"deactivated":true}]"""
        .formatted(northwind.ann, northwind.cai, northwind.bob, northwind.eve), doc, "top-people");
    assertRows("""
        [{"teamId":%d,"team":"Engineering","people":3,"active":3,"shares":7,"points":77},
         {"teamId":%d,"team":"Sales","people":2,"active":1,"shares":1,"points":11}]"""
        .formatted(northwind.eng, northwind.sales), doc, "top-teams");
  }

  @Test
  @DisplayName("One office (Riga): only its people's adoption, shares, reach, clicks, people and teams")
  void oneOffice() {
    JsonObject doc = numbers("from=" + FROM + "&to=" + TO + "&office=" + northwind.riga);
    assertEquals(new JsonObject().put("id", northwind.riga).put("name", "Riga"),
        doc.getJsonObject("period").getJsonObject("office"));
    assertRows("""
        [{"stage":"invited","people":2},{"stage":"joined","people":2},{"stage":"active","people":2}]""", doc, "adoption");
    assertRows("""
        [{"network":"linkedin","shares":4,"sharers":2},{"network":"x","shares":1,"sharers":1}]""", doc, "networks");
    assertRows("""
        [{"network":"linkedin","shares":4,"sharesWithAudience":4,"reach":3200},
         {"network":"x","shares":1,"sharesWithAudience":1,"reach":300}]""", doc, "reach");
    assertRows("""
        [{"network":"linkedin","clicks":6,"visitors":5,"links":3},
         {"network":"x","clicks":0,"visitors":0,"links":0}]""", doc, "clicks");
    assertEquals(2, rows(doc, "top-people").size());
    assertRows("""
        [{"teamId":%d,"team":"Engineering","people":1,"active":1,"shares":4,"points":45},
         {"teamId":%d,"team":"Sales","people":1,"active":1,"shares":1,"points":11}]"""
        .formatted(northwind.eng, northwind.sales), doc, "top-teams");
  }

  @Test
  @DisplayName("One team (Engineering), and a team within an office (Engineering in Tallinn)")
  void teams() {
    JsonObject eng = numbers("from=" + FROM + "&to=" + TO + "&team=" + northwind.eng);
    assertRows("""
        [{"stage":"invited","people":3},{"stage":"joined","people":3},{"stage":"active","people":3}]""", eng, "adoption");
    assertRows("""
        [{"week":"2026-11-02","active":2,"joined":2,"partial":false,"trend":1.8},
         {"week":"2026-11-09","active":2,"joined":3,"partial":false,"trend":1.6},
         {"week":"2026-11-16","active":0,"joined":3,"partial":false,"trend":1.4},
         {"week":"2026-11-23","active":2,"joined":2,"partial":false,"trend":1.2}]""", eng, "weekly-active");
    assertRows("""
        [{"teamId":%d,"team":"Engineering","people":3,"active":3,"shares":7,"points":77}]""".formatted(northwind.eng),
        eng, "top-teams");

    JsonObject tallinnEng = numbers("from=" + FROM + "&to=" + TO + "&office=" + northwind.tallinn + "&team=" + northwind.eng);
    assertRows("""
        [{"network":"linkedin","shares":2,"sharers":2},{"network":"x","shares":1,"sharers":1}]""", tallinnEng, "networks");
    assertRows("""
        [{"teamId":%d,"team":"Engineering","people":2,"active":2,"shares":3,"points":32}]""".formatted(northwind.eng),
        tallinnEng, "top-teams");
  }

  @Test
  @DisplayName("Period edges in the company's time zone: 00:30 on the first day is in, 23:30 the day before is out; "
      + "23:59 on the last day is in, 00:00 on 'to' is out; a one-day period is one partial week without a trend")
  void edges() {
    JsonObject firstDay = numbers("from=2026-11-02&to=2026-11-03");
    assertRows("""
        [{"network":"linkedin","shares":1,"sharers":1},{"network":"x","shares":0,"sharers":0}]""", firstDay, "networks");
    assertRows("""
        [{"week":"2026-11-02","active":1,"joined":4,"partial":true,"trend":null}]""", firstDay, "weekly-active");

    JsonObject dayBefore = numbers("from=2026-11-01&to=2026-11-02");
    assertEquals(new JsonArray().add(new JsonObject().put("employeeId", northwind.bob).put("name", "Bob Stone")
            .put("office", "Riga").put("team", "Sales").put("points", 11).put("shares", 1).put("clicks", 1)
            .put("deactivated", false)),
        rows(dayBefore, "top-people"), "the share at 23:30 and the click on 11-01 belong to 11-01");

    JsonObject lastDay = numbers("from=2026-11-29&to=2026-11-30");
    assertRows("""
        [{"network":"linkedin","shares":1,"sharers":1},{"network":"x","shares":0,"sharers":0}]""", lastDay, "networks");
    JsonObject toDay = numbers("from=2026-11-30&to=2026-12-01");
    assertRows("""
        [{"network":"linkedin","shares":0,"sharers":0},{"network":"x","shares":1,"sharers":1}]""", toDay, "networks");
  }

  @Test
  @DisplayName("A figure as CSV: RFC 4180 quoting, every row of a top list, and a title that is a formula "
      + "neutralised with an apostrophe")
  void csv() {
    Reply r = node.api.get("/api/liaison/numbers/top-content.csv?from=" + FROM + "&to=" + TO, liaison);
    assertEquals(200, r.status(), r.text());
    assertEquals("text/csv; charset=utf-8; header=present", r.headers().firstValue("Content-Type").orElse(""));
    assertEquals("attachment; filename=\"chorus-top-content-2026-11-02-to-2026-11-30.csv\"",
        r.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals("\uFEFFItem id,Title,Shares,People sharing,Unique clicks,Estimated reach\r\n"
        + northwind.launch + ",Launch,4,3,5,1750\r\n"
        + northwind.formula + ",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Offices\"\")\",2,2,2,1000\r\n"
        + northwind.hiring + ",Hiring <img src=x onerror=alert(1)>,2,2,1,1200\r\n", r.text());

    Reply weeks = node.api.get("/api/liaison/numbers/weekly-active.csv?from=2026-11-02&to=2026-11-03", liaison);
    assertEquals("\uFEFFWeek of,Active advocates,Joined people,Part of the week,Trend\r\n2026-11-02,1,4,true,\r\n",
        weeks.text());
  }

  @Test
  @DisplayName("Bad input is a 4xx naming the field: from after to, a malformed day, an unknown office or team, "
      + "another company's office, an unknown figure; an employee is refused")
  void refusals() {
    long demoOffice = node.sql.number("SELECT min(id) FROM office WHERE company_id <> ?", northwind.company.id);
    refused("from=2026-11-30&to=2026-11-02", 400, "invalid_field", "from");
    refused("from=2026-11-02&to=2026-11-02", 400, "invalid_field", "from");
    refused("from=2026-02-30&to=2026-11-02", 400, "invalid_field", "from");
    refused("from=2026-11-02&to=tomorrow", 400, "invalid_field", "to");
    refused("from=2000-01-01&to=2026-11-02", 400, "invalid_field", "to");
    refused("office=abc", 400, "invalid_field", "office");
    refused("office=987654321", 404, "office_not_found", "office");
    refused("office=" + demoOffice, 404, "office_not_found", "office");
    refused("team=" + northwind.riga * 1000, 404, "team_not_found", "team");

    Reply csv = node.api.get("/api/liaison/numbers/salaries.csv", liaison);
    assertEquals(404, csv.status());
    assertEquals("not_found", csv.errorCode());
    Reply officeCsv = node.api.get("/api/liaison/numbers/adoption.csv?office=" + demoOffice, liaison);
    assertEquals(404, officeCsv.status());

    String ann = node.node.services().tokens().forEmployee(northwind.ann, northwind.company.id, Role.EMPLOYEE).token();
    assertEquals(403, node.api.get("/api/liaison/numbers", ann).status());
    assertEquals(401, node.api.get("/api/liaison/numbers", null).status());
  }

  @Test
  @DisplayName("Without a period: the 12 weeks up to and including this one, in the company's time zone")
  void defaultPeriod() {
    JsonObject period = numbers("").getJsonObject("period");
    java.time.LocalDate monday = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Riga"))
        .with(java.time.DayOfWeek.MONDAY);
    assertEquals(monday.minusWeeks(11).toString(), period.getString("from"));
    assertEquals(monday.plusWeeks(1).toString(), period.getString("to"));
    assertEquals(12, rows(numbers(""), "weekly-active").size());
  }

  private static void refused(String query, int status, String code, String field) {
    String before = node.sql.footprint();
    Reply r = node.api.get("/api/liaison/numbers?" + query, liaison);
    assertEquals(status, r.status(), query + ": " + r.text());
    assertEquals(code, r.errorCode(), query);
    assertEquals(field, r.json().getJsonObject("error").getString("field"), query);
    assertEquals(before, node.sql.footprint(), "nothing changed");
  }

  static String quoted(String s) {
    return new JsonArray().add(s).encode().substring(1).replaceAll("]$", "");
  }
}
