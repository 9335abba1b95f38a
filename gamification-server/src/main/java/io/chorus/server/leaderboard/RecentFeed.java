package io.chorus.server.leaderboard;

import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.KudosEvent;
import io.chorus.shared.wire.ShareEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The office screen's feed: the latest shares, kudos and badge awards of one company. Every item gets a
 * local stamp as it arrives, so a live stream can ask for "everything after what I already sent" across
 * the three kinds, whatever order their transactions committed in. Not thread-safe: its
 * {@link CompanyBoard} guards it.
 */
final class RecentFeed {
  static final int PER_KIND = 8;
  private static final int REMEMBERED_KUDOS = 10_000;

  /** A feed item and when it arrived here; {@code event} is a ShareEvent, KudosEvent or BadgeEvent. */
  record Stamped(long stamp, Object event) {}

  /** The feed at one moment, newest first, and the stamp to continue from. */
  record Snapshot(long stamp, List<ShareEvent> shares, List<KudosEvent> kudos, List<BadgeEvent> badges) {}

  private long stamp;
  private final Deque<Stamped> shares = new ArrayDeque<>();
  private final Deque<Stamped> kudos = new ArrayDeque<>();
  private final Deque<Stamped> badges = new ArrayDeque<>();
  private final LinkedHashSet<Long> kudosSeen = new LinkedHashSet<>();

  void share(ShareEvent e) {
    push(shares, e);
  }

  /** False when this kudos is already known (loaded, or heard before: a node hears its own publish too). */
  boolean kudos(KudosEvent e) {
    if (!kudosSeen.add(e.id())) {
      return false;
    }
    if (kudosSeen.size() > REMEMBERED_KUDOS) {
      kudosSeen.remove(kudosSeen.iterator().next());
    }
    push(kudos, e);
    return true;
  }

  /** The caller decides whether the award is new (a person holds each badge once). */
  void badge(BadgeEvent e) {
    push(badges, e);
  }

  /** Loads items given newest first (from the database), so the newest ends up with the highest stamp. */
  void loadShares(List<ShareEvent> newestFirst) {
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      share(newestFirst.get(i));
    }
  }

  void loadKudos(List<KudosEvent> newestFirst) {
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      kudos(newestFirst.get(i));
    }
  }

  void loadBadges(List<BadgeEvent> newestFirst) {
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      badge(newestFirst.get(i));
    }
  }

  Snapshot snapshot() {
    return new Snapshot(stamp, events(shares, ShareEvent.class), events(kudos, KudosEvent.class),
        events(badges, BadgeEvent.class));
  }

  /** Items that arrived after {@code after}, oldest first. */
  List<Stamped> since(long after) {
    List<Stamped> out = new ArrayList<>();
    for (Deque<Stamped> kind : List.of(shares, kudos, badges)) {
      for (Stamped s : kind) {
        if (s.stamp() > after) {
          out.add(s);
        }
      }
    }
    out.sort(Comparator.comparingLong(Stamped::stamp));
    return out;
  }

  long stamp() {
    return stamp;
  }

  private void push(Deque<Stamped> kind, Object event) {
    kind.addFirst(new Stamped(++stamp, event));
    while (kind.size() > PER_KIND) {
      kind.removeLast();
    }
  }

  private static <T> List<T> events(Deque<Stamped> kind, Class<T> type) {
    List<T> out = new ArrayList<>(kind.size());
    for (Stamped s : kind) {
      out.add(type.cast(s.event()));
    }
    return out;
  }
}
