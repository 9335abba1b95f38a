package io.chorus.extension.console;

import io.chorus.shared.wire.ImportReport;

/** The people page's sentences, DOM-free (a JVM test pins them). */
public final class PeopleText {
  /** The import's size limit, as the server's (WebPolicy.UPLOAD_LIMIT_BYTES). */
  public static final double MAX_FILE_BYTES = 1024 * 1024;

  private PeopleText() {}

  /** "Added 3 people. 1 was already here. 2 lines were refused (below)." */
  public static String importSummary(ImportReport report) {
    StringBuilder s = new StringBuilder();
    s.append("Added ").append(count(report.added(), "person", "people")).append(".");
    if (report.unchanged() > 0) {
      s.append(" ").append(report.unchanged() == 1 ? "1 person was" : report.unchanged() + " people were")
          .append(" already here, left as they are.");
    }
    if (!report.problems().isEmpty()) {
      int lines = (int) report.problems().stream().mapToInt(ImportReport.Problem::line).distinct().count();
      s.append(" ").append(lines).append(lines == 1 ? " line was" : " lines were").append(" refused (below).");
    }
    return s.toString();
  }

  /** A refused line as the list shows it: "Line 4 · email: 'email' is not an email address (…)". */
  public static String problem(ImportReport.Problem p) {
    return "Line " + p.line() + (p.column() == null ? "" : " \u00B7 " + p.column()) + ": " + p.message();
  }

  /** Why a picked file is not sent at all, or null when it may be. */
  public static String fileProblem(String name, double size) {
    if (size <= 0) {
      return "That file is empty.";
    }
    if (size > MAX_FILE_BYTES) {
      return "That file is " + megabytes(size) + "; an import takes at most 1 MB (about 10,000 people). "
          + "Split it into smaller files.";
    }
    return null;
  }

  static String megabytes(double bytes) {
    long tenths = Math.round(bytes * 10 / (1024 * 1024));
    return (tenths % 10 == 0 ? String.valueOf(tenths / 10) : tenths / 10 + "." + tenths % 10) + " MB";
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
