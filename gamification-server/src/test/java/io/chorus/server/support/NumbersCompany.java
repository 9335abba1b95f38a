package io.chorus.server.support;

/**
 * A company whose numbers are known in advance (Northwind, Europe/Riga, UTC+2 in November 2026): two
 * offices, two teams, eight people and four weeks of shares and clicks, some a minute either side of
 * the period's edges. The period the answers are for is 2026-11-02 (a Monday) to 2026-11-30.
 *
 * <pre>
 * person  office   team   account                          audience li/x   shares in the period (posted, local)
 * Lina    -        -      liaison since Jan                -               none
 * Ann     Riga     Eng    since Jan                        1000 / 300      A li 11-02 00:30, A x 11-03, B li 11-10, C li 11-24
 * Bob     Riga     Sales  since Jan                        200 / -         B li 11-16 (A li 11-01 23:30 is before; B x 11-17 voided)
 * Cai     Tallinn  Eng    invited 10-25, joined 11-10      - / 50          A x 11-11, C li 11-29 23:59 (B x 11-30 00:00 is after)
 * Dan     Tallinn  Sales  invited 10-20, never joined      -               none
 * Eve     Tallinn  Eng    since Jan, deactivated 11-20     400 / -         A li 11-05
 * Fay     Riga     Eng    since Jan, deactivated 10-15     -               none
 * Gus     Riga     Sales  invited 12-05 (after)            -               none
 * </pre>
 * Clicks (visitor, local time): Ann's A li link v1 11-02 12:00, v2 11-03, v3 11-29 23:00, v4 11-30 01:00
 * (after); Ann's C li link v1 11-25, v8 11-26; Bob's B li link v5 11-17, v6 11-01 (before); Cai's A x
 * link v2 11-12; Eve's A li link v7 11-06. Each share is 10 points and each click 1, at its moment.
 * Topics: A (Launch) Product and News; B (Hiring) Hiring; C (the formula) News and news (one topic).
 */
public final class NumbersCompany {
  public static final String FROM = "2026-11-02";
  public static final String TO = "2026-11-30";
  public static final String PASSWORD = "numbers-are-known";
  public static final String LAUNCH = "Launch";
  /** Hostile to a page (markup) and to a spreadsheet (a formula). */
  public static final String HIRING = "Hiring <img src=x onerror=alert(1)>";
  public static final String FORMULA = "=HYPERLINK(\"https://evil.example\",\"Offices\")";

  public final CompanyFixture company;
  public final long riga;
  public final long tallinn;
  public final long eng;
  public final long sales;
  public final long lina;
  public final long ann;
  public final long bob;
  public final long cai;
  public final long eve;
  public final long launch;
  public final long hiring;
  public final long formula;
  public final String liaisonEmail;

  public NumbersCompany(Sql sql) {
    company = CompanyFixture.create(sql, "Northwind", "Europe/Riga");
    riga = company.office("Riga");
    tallinn = company.office("Tallinn");
    eng = company.team("Engineering");
    sales = company.team("Sales");

    CompanyFixture.Person liaison = company.person("Lina Liaison").liaison(PASSWORD);
    liaisonEmail = liaison.email();
    lina = liaison.add();
    ann = company.person("Ann Berg").in(riga, eng).audience(1000, 300).add();
    bob = company.person("Bob Stone").in(riga, sales).audience(200, null).add();
    cai = company.person("Cai Tamm").in(tallinn, eng).invited("2026-10-25 09:00", "2026-11-10 09:00")
        .audience(null, 50).add();
    company.person("Dan Kask").in(tallinn, sales).invited("2026-10-20 09:00", null).add();
    eve = company.person("Eve Saar").in(tallinn, eng).deactivated("2026-11-20 12:00").audience(400, null).add();
    company.person("Fay Ozola").in(riga, eng).deactivated("2026-10-15 12:00").add();
    company.person("Gus Liepa").in(riga, sales).invited("2026-12-05 09:00", null).add();

    launch = company.item(LAUNCH, "Product", "News");
    hiring = company.item(HIRING, "Hiring");
    formula = company.item(FORMULA, "News", "news");

    company.share(ann, launch, "linkedin", "2026-11-02 00:30");
    company.share(ann, launch, "x", "2026-11-03 10:00");
    company.share(ann, hiring, "linkedin", "2026-11-10 09:00");
    company.share(ann, formula, "linkedin", "2026-11-24 12:00");
    company.share(bob, launch, "linkedin", "2026-11-01 23:30");
    company.share(bob, hiring, "linkedin", "2026-11-16 10:00");
    company.voidShare(company.share(bob, hiring, "x", "2026-11-17 10:00"), "2026-11-18 10:00");
    company.share(cai, launch, "x", "2026-11-11 10:00");
    company.share(cai, formula, "linkedin", "2026-11-29 23:59");
    company.share(cai, hiring, "x", "2026-11-30 00:00");
    company.share(eve, launch, "linkedin", "2026-11-05 10:00");

    String annLaunch = company.link(ann, launch, "linkedin");
    company.click(annLaunch, "v1", "2026-11-02 12:00");
    company.click(annLaunch, "v2", "2026-11-03 12:00");
    company.click(annLaunch, "v3", "2026-11-29 23:00");
    company.click(annLaunch, "v4", "2026-11-30 01:00");
    String annFormula = company.link(ann, formula, "linkedin");
    company.click(annFormula, "v1", "2026-11-25 12:00");
    company.click(annFormula, "v8", "2026-11-26 12:00");
    String bobHiring = company.link(bob, hiring, "linkedin");
    company.click(bobHiring, "v5", "2026-11-17 12:00");
    company.click(bobHiring, "v6", "2026-11-01 12:00");
    company.click(company.link(cai, launch, "x"), "v2", "2026-11-12 12:00");
    company.click(company.link(eve, launch, "linkedin"), "v7", "2026-11-06 12:00");
  }
}
