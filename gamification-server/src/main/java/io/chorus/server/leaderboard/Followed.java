package io.chorus.server.leaderboard;

import io.chorus.server.points.LedgerEvent;
import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.KudosEvent;

/**
 * One numbered thing a node follows, in the ledger's sequence: a ledger entry, a badge award or a
 * kudos (awards and kudos take their numbers from the ledger's sequence). Whether it came on the event
 * bus or from PostgreSQL, it is the same value, so a node applies it once by its number.
 */
sealed interface Followed {
  long seq();

  long companyId();

  /** Whether the office screen's feed shows it (a share's base entry, a kudos, a badge award). */
  boolean inFeed();

  record Entry(LedgerEvent event) implements Followed {
    @Override
    public long seq() {
      return event.seq();
    }

    @Override
    public long companyId() {
      return event.companyId();
    }

    @Override
    public boolean inFeed() {
      return event.contentTitle() != null;
    }
  }

  record Badge(long companyId, BadgeEvent event) implements Followed {
    @Override
    public long seq() {
      return event.seq();
    }

    @Override
    public boolean inFeed() {
      return true;
    }
  }

  record Kudos(long companyId, KudosEvent event) implements Followed {
    @Override
    public long seq() {
      return event.seq();
    }

    @Override
    public boolean inFeed() {
      return true;
    }
  }

  /** A contest entry's number: seen by the follower, applied to no company board, never in the feed. */
  record Skip(long seq, long companyId) implements Followed {
    @Override
    public boolean inFeed() {
      return false;
    }
  }
}
