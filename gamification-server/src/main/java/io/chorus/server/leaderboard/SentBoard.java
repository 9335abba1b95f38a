package io.chorus.server.leaderboard;

import io.chorus.server.http.JsonWriter;
import io.chorus.shared.wire.BoardPatch;
import io.chorus.shared.wire.Leaderboard;

/**
 * One board as the streams of a view were sent it: the board and the {@code data} of its {@code board}
 * event, encoded once. One instance per distinct board, compared by identity (a stream's
 * {@code boardSent} is the very instance written on its connection), so 10,000 streams that show the same
 * board are told apart from the others without comparing bytes, and a patch from it is encoded once for all.
 */
final class SentBoard {
  final Leaderboard board;
  final String data;

  SentBoard(Leaderboard board) {
    this.board = board;
    this.data = JsonWriter.encode(board::write).encode();
  }

  /**
   * The data of a {@code board-patch} event that turns this board into {@code next}, or null when the patch
   * would not be smaller than the whole board (then the whole board goes out).
   */
  String patchTo(SentBoard next) {
    BoardPatch patch = BoardPatch.between(board, next.board);
    String encoded = JsonWriter.encode(patch::write).encode();
    return encoded.length() < next.data.length() ? encoded : null;
  }
}
