package io.chorus.server.leaderboard;

import io.chorus.shared.wire.Leaderboard.Scope;

/** Whose board: the whole company, or one office or team by its id (0 for the company). */
public record BoardScope(Scope scope, long id) {
  public static final BoardScope COMPANY = new BoardScope(Scope.COMPANY, 0);

  public static BoardScope office(long officeId) {
    return new BoardScope(Scope.OFFICE, officeId);
  }

  public static BoardScope team(long teamId) {
    return new BoardScope(Scope.TEAM, teamId);
  }
}
