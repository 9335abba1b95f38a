package io.chorus.server.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.http.ApiException;
import io.chorus.shared.wire.ImportReport.Problem;
import io.chorus.shared.wire.Role;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Reading a people CSV: good rows in stored form, every broken row named by its line, the rest kept")
class PeopleCsvTest {
  private static PeopleCsv.Parsed parse(String text) {
    return PeopleCsv.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String lines(PeopleCsv.Parsed parsed) {
    return parsed.problems().stream().map(p -> p.line() + ":" + p.column()).collect(Collectors.joining(" "));
  }

  private static List<String> emails(PeopleCsv.Parsed parsed) {
    return parsed.good().stream().map(PeopleCsv.Row::email).toList();
  }

  @Test
  @DisplayName("A clean file: columns in any order and case, emails folded, languages as codes, roles defaulted, blanks as none")
  void cleanFile() {
    PeopleCsv.Parsed p = parse("""
        Email,Name,OFFICE,team,Language,role
        Anna.Berzina@Acme.example,Anna Bērziņa,Riga,Engineering,lv-LV,
        tom@acme.example,Tom de Boer,,Sales,NL,Liaison

        "li.wei@acme.example","Wei, Li",Kuala Lumpur,"",,employee
        """);
    assertEquals(3, p.rows());
    assertEquals(List.of(), p.problems());
    PeopleCsv.Row anna = p.good().get(0);
    assertEquals(new PeopleCsv.Row(2, "Anna Bērziņa", "anna.berzina@acme.example", "Riga", "Engineering", "lv",
        Role.EMPLOYEE), anna);
    assertEquals(new PeopleCsv.Row(3, "Tom de Boer", "tom@acme.example", null, "Sales", "nl", Role.LIAISON),
        p.good().get(1));
    assertEquals(new PeopleCsv.Row(5, "Wei, Li", "li.wei@acme.example", "Kuala Lumpur", null, null, Role.EMPLOYEE),
        p.good().get(2), "a blank line is skipped but still counted in line numbers");
  }

  @Test
  @DisplayName("Each kind of broken row is refused with its line and column, and every good row around it is kept")
  void brokenRows() {
    String longName = "N".repeat(101);
    PeopleCsv.Parsed p = parse("name,email,office,team,language,role\n"
        + "Good One,one@acme.example,Riga,Sales,en,employee\n"          // 2
        + "Bad Email,not-an-email,Riga,Sales,en,employee\n"              // 3
        + "Boss,boss@acme.example,Riga,Sales,en,admin\n"                 // 4
        + ",noname@acme.example,Riga,Sales,en,employee\n"                // 5
        + "Dup,one@acme.example,Riga,Sales,en,employee\n"                // 6
        + longName + ",long@acme.example,Riga,Sales,en,employee\n"       // 7
        + "Bell\u0007,bell@acme.example,Riga,Sales,en,employee\n"        // 8
        + "Lang,lang@acme.example,Riga,Sales,Latvian,employee\n"         // 9
        + "Few,few@acme.example\n"                                       // 10
        + "Override \u202Eevil,rlo@acme.example,Riga,Sales,en,employee\n" // 11
        + "Good Two,two@acme.example,\"Riga\",Sales,,\n");               // 12
    assertEquals(11, p.rows());
    assertEquals(List.of("one@acme.example", "two@acme.example"), emails(p));
    assertEquals("3:email 4:role 5:name 6:email 7:name 8:name 9:language 10:null 11:name", lines(p));
    assertTrue(p.problems().get(3).message().contains("also on line 2"), p.problems().get(3).message());
    assertTrue(p.problems().get(4).message().contains("longer than 100"), p.problems().get(4).message());
    assertTrue(p.problems().get(5).message().contains("control character (U+0007)"), p.problems().get(5).message());
    assertTrue(p.problems().get(7).message().contains("has 2 values; the header has 6"), p.problems().get(7).message());
  }

  @Test
  @DisplayName("A quote never closed costs its own line: reading starts again on the next one")
  void strayQuote() {
    PeopleCsv.Parsed p = parse("""
        name,email
        Anna,anna@acme.example
        "Bo
        Bob",bob@acme.example
        "Carl,carl@acme.example
        Dina,dina@acme.example
        Ed"x,ed@acme.example
        Fay,fay@acme.example
        """);
    assertEquals(List.of("anna@acme.example", "dina@acme.example", "ed@acme.example", "fay@acme.example"), emails(p));
    List<Problem> problems = p.problems();
    assertEquals(2, problems.size(), problems.toString());
    assertEquals(3, problems.get(0).line(), "a quoted value over two lines is named where it starts");
    assertEquals("name", problems.get(0).column(), "a name must be one line");
    assertEquals(5, problems.get(1).line(), "the line whose quote pairs up only with a later line's");
    assertTrue(problems.get(1).message().contains("could not be read as CSV"), problems.get(1).message());
    assertEquals("Ed\"x", p.good().get(2).name(), "a quote inside an unquoted value is just a character");
    assertEquals(7, p.good().get(2).line());
  }

  @Test
  @DisplayName("Spreadsheet habits: a byte-order mark, CR LF line ends, semicolons as separators")
  void spreadsheetHabits() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "name;email;office\r\nJānis;janis.b@acme.example;Rīga\r\nSanne;sanne.v@acme.example;\r\n"
        .getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(bom);
    file.writeBytes(text);
    PeopleCsv.Parsed p = PeopleCsv.parse(file.toByteArray());
    assertEquals(List.of(), p.problems());
    assertEquals("Rīga", p.good().get(0).office());
    assertEquals(3, p.good().get(1).line());
  }

  @Test
  @DisplayName("A row with bytes that are not UTF-8 is refused by line; the others import")
  void notUtf8() {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes("name,email\nAnna,anna@acme.example\n".getBytes(StandardCharsets.UTF_8));
    file.writeBytes(new byte[] {'J', (byte) 0xE2, 'n', 'i', 's', ','});   // Latin-1 "ā" would be 0xE2 alone
    file.writeBytes("janis.l1@acme.example\nBea,bea@acme.example\n".getBytes(StandardCharsets.UTF_8));
    PeopleCsv.Parsed p = PeopleCsv.parse(file.toByteArray());
    assertEquals(List.of("anna@acme.example", "bea@acme.example"), emails(p));
    assertEquals("3:null", lines(p));
    assertTrue(p.problems().get(0).message().contains("not UTF-8"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "an empty file||The file is empty",
      "no email column|name,office|no 'email' column",
      "an unknown column|name,email,phone|does not know: 'phone'",
      "a column twice|name,email,Email|names the column 'email' twice",
  })
  @DisplayName("A file whose header is wrong is refused whole, saying what the header must be")
  void badHeaders(String what, String header, String expected) {
    ApiException e = assertThrows(ApiException.class, () -> parse(header == null ? "" : header + "\nA,a@b.example\n"));
    assertEquals("csv_unreadable", e.code().code());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  @DisplayName("An Excel workbook is recognised and refused with what to do instead")
  void workbook() {
    ApiException e = assertThrows(ApiException.class, () -> PeopleCsv.parse(new byte[] {'P', 'K', 3, 4, 20, 0}));
    assertTrue(e.getMessage().contains("CSV UTF-8"), e.getMessage());
  }
}
