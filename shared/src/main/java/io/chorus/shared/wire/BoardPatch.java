package io.chorus.shared.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two boards of one live stream, sent as a {@code board-patch} event instead of the
 * whole board to a stream that asked for patches ({@link ApiPaths#STREAM_PATCHES}) and already shows a
 * board: a share usually moves a row or two, and the full board is most of the bytes 10,000 screens read.
 * Shared because the server builds patches ({@link #between}) and the office screen applies them
 * ({@link #apply}); both must agree on {@link #fingerprint} to the bit (OfficeScreenTest checks that in
 * Chromium).
 *
 * <p>{@code base} is the fingerprint of the board the patch applies to and {@code fingerprint} that of the
 * board it makes: a client whose board is not the base, or whose result is not the board the server meant,
 * shows nothing of it and reconnects (a fresh connection opens with a full board). {@code size} is the new
 * number of rows; rows not listed are the base's rows at the same position; {@code company} and
 * {@code scopeName} are null when unchanged (a rename).
 */
@SuppressWarnings("unusable-by-js")
public record BoardPatch(int base, int fingerprint, long seq, int size, String company, String scopeName,
    List<Row> rows) {
  /** The stream's event name. */
  public static final String EVENT = "board-patch";

  /**
   * Row {@code at} (0-based) of the new board: either a whole {@code row}, or the base's row {@code from}
   * (the same person, name, office, team and badges) with a new {@code rank} and {@code points} — what a
   * climb, a fall or a gain is, in a few bytes.
   */
  @SuppressWarnings("unusable-by-js")
  public record Row(int at, LeaderboardRow row, int from, int rank, long points) {
    static Row whole(int at, LeaderboardRow row) {
      return new Row(at, row, -1, row.rank(), row.points());
    }

    static Row moved(int at, int from, int rank, long points) {
      return new Row(at, null, from, rank, points);
    }

    static Row read(WireReader r) {
      int at = (int) r.integer("at");
      if (r.has("from")) {
        return moved(at, (int) r.integer("from"), (int) r.integer("rank"), r.integer("points"));
      }
      return whole(at, LeaderboardRow.read(r));
    }

    void write(WireWriter w) {
      w.put("at", at);
      if (row == null) {
        w.put("from", from).put("rank", rank).put("points", points);
      } else {
        row.write(w);
      }
    }
  }

  /** The patch that turns {@code before} into {@code after} (two boards of one scope and period). */
  public static BoardPatch between(Leaderboard before, Leaderboard after) {
    List<Row> rows = new ArrayList<>();
    List<LeaderboardRow> was = before.rows();
    for (int at = 0; at < after.rows().size(); at++) {
      LeaderboardRow row = after.rows().get(at);
      if (at < was.size() && was.get(at).equals(row)) {
        continue;
      }
      int from = samePerson(was, row);
      rows.add(from < 0 ? Row.whole(at, row) : Row.moved(at, from, row.rank(), row.points()));
    }
    return new BoardPatch(fingerprint(before), fingerprint(after), after.seq(), after.rows().size(),
        same(before.company(), after.company()) ? null : after.company(),
        same(before.scopeName(), after.scopeName()) ? null : after.scopeName(), rows);
  }

  /** Where the same person is on the old board with everything but rank and points unchanged, or -1. */
  private static int samePerson(List<LeaderboardRow> was, LeaderboardRow row) {
    for (int i = 0; i < was.size(); i++) {
      LeaderboardRow w = was.get(i);
      if (w.employeeId() == row.employeeId()) {
        boolean sameElse = same(w.name(), row.name()) && same(w.office(), row.office())
            && same(w.team(), row.team()) && w.badges().equals(row.badges());
        return sameElse ? i : -1;
      }
    }
    return -1;
  }

  /**
   * The board this patch makes of {@code base}, or null when {@code base} is not the board it was made for
   * (or the result is not the board the server had): the caller must then not show it, and start afresh.
   */
  public Leaderboard apply(Leaderboard base) {
    if (base == null || fingerprint(base) != this.base) {
      return null;
    }
    List<LeaderboardRow> out = new ArrayList<>(size);
    int next = 0;
    for (int at = 0; at < size; at++) {
      Row change = next < rows.size() && rows.get(next).at() == at ? rows.get(next++) : null;
      LeaderboardRow row;
      if (change == null) {
        row = at < base.rows().size() ? base.rows().get(at) : null;
      } else if (change.row() != null) {
        row = change.row();
      } else if (change.from() >= 0 && change.from() < base.rows().size()) {
        LeaderboardRow w = base.rows().get(change.from());
        row = new LeaderboardRow(change.rank(), w.employeeId(), w.name(), w.office(), w.team(), change.points(),
            w.badges());
      } else {
        row = null;
      }
      if (row == null) {
        return null;
      }
      out.add(row);
    }
    Leaderboard result = new Leaderboard(company == null ? base.company() : company, base.period(), base.scope(),
        scopeName == null ? base.scopeName() : scopeName, seq, out);
    return next == rows.size() && fingerprint(result) == fingerprint ? result : null;
  }

  /**
   * A 32-bit digest of everything a board shows, the same on the JVM and in the browser: the hash of one
   * text of all its fields. (Not arithmetic on ints: compiled to JavaScript, an int that overflows is not
   * wrapped as on the JVM, while String's hash is computed the Java way on both.) Names the board a patch
   * applies to, and checks the board it makes.
   */
  public static int fingerprint(Leaderboard b) {
    StringBuilder text = new StringBuilder(64 + 64 * b.rows().size());
    field(text, b.company());
    field(text, b.scopeName());
    field(text, b.period().wireName());
    field(text, b.scope().wireName());
    text.append(b.seq()).append(FIELD).append(b.rows().size()).append(FIELD);
    for (LeaderboardRow r : b.rows()) {
      text.append(r.rank()).append(FIELD).append(r.employeeId()).append(FIELD);
      field(text, r.name());
      field(text, r.office());
      field(text, r.team());
      text.append(r.points()).append(FIELD).append(r.badges().size()).append(FIELD);
      for (String badge : r.badges()) {
        field(text, badge);
      }
    }
    return text.toString().hashCode();
  }

  private static final char FIELD = '\u0001';
  private static final char NO_VALUE = '\u0002';

  private static void field(StringBuilder text, String value) {
    if (value == null) {
      text.append(NO_VALUE);
    } else {
      text.append(value);
    }
    text.append(FIELD);
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  public static BoardPatch read(WireReader r) {
    List<Row> rows = new ArrayList<>();
    for (WireReader row : r.objects("rows")) {
      rows.add(Row.read(row));
    }
    return new BoardPatch((int) r.integer("base"), (int) r.integer("fingerprint"), r.integer("seq"),
        (int) r.integer("size"), r.optString("company"), r.optString("scopeName"), rows);
  }

  public void write(WireWriter w) {
    w.put("base", base).put("fingerprint", fingerprint).put("seq", seq).put("size", size);
    if (company != null) {
      w.put("company", company);
    }
    if (scopeName != null) {
      w.put("scopeName", scopeName);
    }
    w.emptyArray("rows");
    for (Row row : rows) {
      row.write(w.addObject("rows"));
    }
  }
}
