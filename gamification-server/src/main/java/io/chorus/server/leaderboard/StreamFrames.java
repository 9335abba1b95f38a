package io.chorus.server.leaderboard;

import io.chorus.server.http.JsonWriter;
import io.chorus.shared.sse.SseEvent;
import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.BoardPatch;
import io.chorus.shared.wire.Period;
import io.chorus.shared.wire.ShareEvent;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one flush of a company's streams writes, each frame encoded once and the same {@link Buffer}
 * written to every stream that needs it: 10,000 screens of a company cost one JSON encoding of a new
 * share and one of each distinct board, not 10,000 of each (encoding per client was most of a flush's
 * time). A stream's bytes depend only on what it has sent so far and which board it shows, so streams
 * are grouped by those two; in the usual case every stream of a company is in one group.
 *
 * <p>The bytes come in {@link Chunk}s, one write each: the items in order, as many as fit in
 * {@link #CHUNK_BYTES}, the last chunk together with the board — so a share, the badges it brought and
 * the board it changed are one write: each write costs a stream a Netty write and flush, a system call
 * and their garbage, most of a flush's time in the profile. A stream whose write queue fills up stops
 * between two chunks and takes up the rest from the shared feed when it drains, so a burst never queues
 * up whole for a client that cannot take it. Chunks stay small: once Netty's buffer is full Vert.x 5
 * counts a connection's queue in writes, so a stream that stops reading holds at most that many chunks
 * more before it counts as full. The board carries
 * the number the stream is then as of — unless the stream already shows that very board: a flush that
 * changed nothing a stream shows writes nothing to it. A stream that asked for patches and shows a board
 * gets a {@code board-patch} from that board instead of the whole new one (when smaller), encoded once for
 * all the streams that show the same board.
 */
final class StreamFrames {
  /** The most bytes of items one write takes (a commit's few items fit many times over). */
  static final int CHUNK_BYTES = 4 * 1024;
  /** Which board a stream shows. */
  record View(BoardScope scope, Period period, int rows) {}

  /** Bytes to write in one go; once written, the stream has sent everything of the feed up to {@code upTo}. */
  record Chunk(Buffer bytes, long upTo) {}

  /**
   * Streams that get the same bytes: {@code patchFrom} is the board a patch applies to (compared by
   * identity), null for a stream that gets whole boards or shows none yet.
   */
  private record Key(long sentUpTo, View view, boolean withBoard, SentBoard patchFrom) {}

  private record PatchKey(View view, SentBoard from) {}

  private final CompanyFeed feed;
  private final long upTo;
  private final Map<View, SentBoard> boards;
  /** Each distinct patch's data (null: the whole board is smaller), encoded once per flush. */
  private final Map<PatchKey, String> patches = new HashMap<>();
  private final Map<Long, Buffer> items = new HashMap<>();
  private final Map<Key, List<Chunk>> chunks = new HashMap<>();
  private Buffer recent;
  private Key last;
  private List<Chunk> lastChunks;

  /**
   * @param upTo the follower's watermark: every stream is brought up to it
   * @param boards each view's board as of now (one instance per distinct board, so a stream that was sent
   *     it can be told by identity); a view without one gets the items only
   */
  StreamFrames(CompanyFeed feed, long upTo, Map<View, SentBoard> boards) {
    this.feed = feed;
    this.upTo = upTo;
    this.boards = boards;
  }

  long upTo() {
    return upTo;
  }

  /**
   * What a stream that has sent everything up to {@code sentUpTo}, shows {@code view} and was last sent
   * the board {@code boardSent} gets now ({@code board}: its view's board in this flush, from
   * the boards this was made with): the feed's items after it (or a fresh {@code recent} when the
   * node no longer keeps them all), then the board if it is not that one — as a patch from
   * {@code boardSent} when the stream takes {@code patches}. Empty when nothing is new to it.
   */
  List<Chunk> catchUp(long sentUpTo, View view, SentBoard board, SentBoard boardSent, boolean patches) {
    boolean withBoard = board != null && board != boardSent;
    SentBoard patchFrom = withBoard && patches ? boardSent : null;
    Key key = last != null && last.sentUpTo() == sentUpTo && last.withBoard() == withBoard
        && last.patchFrom() == patchFrom && (last.view() == view || last.view().equals(view))
        ? last : new Key(sentUpTo, view, withBoard, patchFrom);
    if (key != last) {
      // Streams mostly come in runs of one kind (a company's screens all behind by the same share).
      last = key;
      lastChunks = chunks.computeIfAbsent(key, k -> build(k.sentUpTo(), k.view(), k.withBoard(), k.patchFrom()));
    }
    return lastChunks;
  }

  private List<Chunk> build(long sentUpTo, View view, boolean withBoard, SentBoard patchFrom) {
    List<Chunk> out = new ArrayList<>();
    Buffer pending = Buffer.buffer();
    List<Followed> after = sentUpTo >= upTo ? List.of() : feed.since(sentUpTo, upTo);
    if (after == null) {
      // It fell further behind than this node keeps (blocked for long): it starts afresh, board and all.
      pending.appendBuffer(recent());
      withBoard = boards.get(view) != null;
      // A fresh start shows a fresh board: whatever the client showed before, it gets the whole one.
      patchFrom = null;
    } else {
      long pendingUpTo = sentUpTo;
      for (Followed item : after) {
        Buffer frame = items.computeIfAbsent(item.seq(), seq -> frame(feedEvent(item)));
        if (pending.length() > 0 && pending.length() + frame.length() > CHUNK_BYTES) {
          out.add(new Chunk(pending, pendingUpTo));
          pending = Buffer.buffer();
        }
        pending.appendBuffer(frame);
        pendingUpTo = item.seq();
      }
    }
    long sent = Math.max(sentUpTo, upTo);
    if (withBoard) {
      SentBoard board = boards.get(view);
      String patch = patchFrom == null ? null : patch(view, patchFrom, board);
      pending.appendBuffer(frame(patch != null ? patchEvent(sent, patch) : boardEvent(sent, board.data)));
    }
    if (pending.length() > 0) {
      out.add(new Chunk(pending, sent));
    }
    return out;
  }

  /** The patch's data (null when the whole board is smaller), encoded once for every stream that needs it. */
  private String patch(View view, SentBoard from, SentBoard to) {
    PatchKey key = new PatchKey(view, from);
    if (!patches.containsKey(key)) {
      patches.put(key, from.patchTo(to));
    }
    return patches.get(key);
  }

  /** A fresh start as of the watermark: the latest of each kind of the feed. */
  Buffer recent() {
    if (recent == null) {
      recent = frame(recentEvent(feed, upTo));
    }
    return recent;
  }

  static Buffer frame(SseEvent event) {
    return Buffer.buffer(event.format());
  }

  /** A board carries the stream's number: sending it promises nothing beyond what the feed already did. */
  static SseEvent boardEvent(long sentUpTo, String boardData) {
    return new SseEvent(String.valueOf(sentUpTo), "board", boardData);
  }

  /** A patch carries the stream's number too, like the board it stands for. */
  static SseEvent patchEvent(long sentUpTo, String patchData) {
    return new SseEvent(String.valueOf(sentUpTo), BoardPatch.EVENT, patchData);
  }

  static SseEvent recentEvent(CompanyFeed feed, long upTo) {
    CompanyFeed.Recent recent = feed.recent(upTo);
    return new SseEvent(String.valueOf(upTo), "recent", new JsonObject()
        .put("shares", array(recent.shares())).put("kudos", array(recent.kudos()))
        .put("badges", array(recent.badges())).encode());
  }

  static SseEvent feedEvent(Followed item) {
    String id = String.valueOf(item.seq());
    if (item instanceof Followed.Entry e) {
      ShareEvent s = e.event().toShareEvent();
      return new SseEvent(id, "share", JsonWriter.encode(s::write).encode());
    }
    if (item instanceof Followed.Kudos k) {
      return new SseEvent(id, "kudos", JsonWriter.encode(k.event()::write).encode());
    }
    BadgeEvent b = ((Followed.Badge) item).event();
    return new SseEvent(id, "badge", JsonWriter.encode(b::write).encode());
  }

  private static JsonArray array(List<Followed> items) {
    JsonArray out = new JsonArray();
    for (Followed item : items) {
      if (item instanceof Followed.Entry e) {
        ShareEvent s = e.event().toShareEvent();
        out.add(JsonWriter.encode(s::write));
      } else if (item instanceof Followed.Kudos k) {
        out.add(JsonWriter.encode(k.event()::write));
      } else {
        out.add(JsonWriter.encode(((Followed.Badge) item).event()::write));
      }
    }
    return out;
  }
}
