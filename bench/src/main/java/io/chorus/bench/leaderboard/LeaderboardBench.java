package io.chorus.bench.leaderboard;

import io.chorus.server.leaderboard.InMemoryBoard;
import io.chorus.shared.wire.Leaderboard;
import io.chorus.shared.wire.LeaderboardRow;
import io.chorus.shared.wire.Period;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.resps.Tuple;

/**
 * "Top 10 + my rank" for a company of 1,000,000 people while shares keep arriving: the server's own leaderboard index (the
 * CompanyBoard and Ranking behind GET /api/leaderboard and the rank in GET /api/me, called in-process
 * as the route handlers call it) against a Redis sorted set on the local redis-server (ZREVRANGE 0 9
 * WITHSCORES and ZREVRANK, pipelined in one round trip). Both hold the same totals in the same order;
 * "me" is a random employee each time, the same sequence for both. Rounds alternate between the two so
 * they share the machine's ups and downs; the figures and their ratio (Redis / index) print side by side.
 * Meanwhile a writer thread adds a share's points to a random person {@code writes} times a second, to
 * both: a ledger entry applied to the index as nodes apply what they follow, and a ZADD of the new
 * score on a connection of its own.
 *
 * <p>Options as {@code name=value} arguments: {@code employees} (1000000), {@code warmup} (20000 per side),
 * {@code rounds} (10), {@code perRound} (10000), {@code writes} (500 a second), {@code redis}
 * (127.0.0.1:6379), {@code seed} (7).
 */
public final class LeaderboardBench {
  // A Redis score must order exactly as our ranking does: points first, then whoever reached them first.
  // score = points * 2^27 - reachedSeq stays an exact double (< 2^53) while reachedSeq < 2^27 and
  // points < 2^26 (the writer adds at most 15 a share).
  private static final long SEQ_SPAN = 1L << 27;
  private static final int TOP = 10;

  private static volatile long sink;

  private LeaderboardBench() {}

  public static void main(String[] args) throws InterruptedException {
    Map<String, String> opts = options(args);
    int employees = Integer.parseInt(opts.getOrDefault("employees", "1000000"));
    int writes = Integer.parseInt(opts.getOrDefault("writes", "500"));
    int warmup = Integer.parseInt(opts.getOrDefault("warmup", "20000"));
    int rounds = Integer.parseInt(opts.getOrDefault("rounds", "10"));
    int perRound = Integer.parseInt(opts.getOrDefault("perRound", "10000"));
    String[] redisAt = opts.getOrDefault("redis", "127.0.0.1:6379").split(":");
    long seed = Long.parseLong(opts.getOrDefault("seed", "7"));
    if (employees * 20L >= SEQ_SPAN) {
      throw new IllegalArgumentException("employees must stay under " + SEQ_SPAN / 20);
    }

    Random random = new Random(seed);
    long[] points = new long[employees + 1];
    long[] reached = new long[employees + 1];
    List<Integer> order = new ArrayList<>();
    for (int i = 1; i <= employees; i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, random);
    for (int id = 1; id <= employees; id++) {
      // About 20 people share each total, so the tie-break decides much of the order.
      points[id] = 1 + random.nextInt(5_000);
      reached[id] = order.get(id - 1) * 10L + random.nextInt(10);
    }
    long[] me = new long[warmup + rounds * perRound];
    for (int i = 0; i < me.length; i++) {
      me[i] = 1 + random.nextInt(employees);
    }

    InMemoryBoard index = new InMemoryBoard("Bench Ltd", ZoneId.of("Europe/Riga"), Clock.systemUTC());
    for (int id = 1; id <= employees; id++) {
      index.person(id, "Person " + id, 1L + id % 12, "Office " + (id % 12), 1L + id % 40, "Team " + (id % 40));
      index.total(Period.ALL_TIME, id, points[id], reached[id]);
    }
    index.loaded();

    String key = "chorus:bench:leaderboard:" + System.nanoTime();
    try (Jedis redis = new Jedis(redisAt[0], Integer.parseInt(redisAt[1]))) {
      load(redis, key, points, reached);
      checkSameOrder(index, redis, key, random, employees);
      System.out.printf(Locale.ROOT, "Leaderboard \"top 10 + my rank\": %,d employees, Redis %s (%s), %d cores%n",
          employees, String.join(":", redisAt), redis.info("server").lines()
              .filter(l -> l.startsWith("redis_version")).findFirst().orElse("?").trim(),
          Runtime.getRuntime().availableProcessors());

      Writer writer = new Writer(index, key, redisAt, points, reached, employees * 10L + 10, writes, seed);
      writer.start();
      int next = 0;
      for (int i = 0; i < warmup; i++, next++) {
        indexOnce(index, me[next]);
        redisOnce(redis, key, me[next]);
      }
      Latencies indexTimes = new Latencies();
      Latencies redisTimes = new Latencies();
      for (int r = 0; r < rounds; r++) {
        int from = next;
        for (int i = 0; i < perRound; i++, next++) {
          long t0 = System.nanoTime();
          indexOnce(index, me[next]);
          indexTimes.add(System.nanoTime() - t0);
        }
        for (int i = 0, at = from; i < perRound; i++, at++) {
          long t0 = System.nanoTime();
          redisOnce(redis, key, me[at]);
          redisTimes.add(System.nanoTime() - t0);
        }
      }
      writer.stop();
      System.out.printf(Locale.ROOT, "Shares applied to both while measuring: %,d (%d a second asked)%n",
          writer.written(), writes);
      report(indexTimes, redisTimes);
      redis.del(key);
    }
  }

  /**
   * Shares arriving at a steady rate, written to both sides: to the index as a committed ledger entry,
   * to Redis as a ZADD of the new score (on its own connection, as another client would).
   */
  private static final class Writer implements Runnable {
    private final InMemoryBoard index;
    private final String key;
    private final String[] redisAt;
    private final long[] points;
    private final long[] reached;
    private final int perSecond;
    private final Random random;
    private final Thread thread = new Thread(this, "bench-writer");
    private long seq;
    private volatile boolean running = true;
    private volatile long written;

    Writer(InMemoryBoard index, String key, String[] redisAt, long[] points, long[] reached, long firstSeq,
        int perSecond, long seed) {
      this.index = index;
      this.key = key;
      this.redisAt = redisAt;
      this.points = points;
      this.reached = reached;
      this.seq = firstSeq;
      this.perSecond = perSecond;
      this.random = new Random(seed + 1);
    }

    void start() {
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    long written() {
      return written;
    }

    @Override
    public void run() {
      if (perSecond <= 0) {
        return;
      }
      long every = 1_000_000_000L / perSecond;
      long due = System.nanoTime();
      try (Jedis redis = new Jedis(redisAt[0], Integer.parseInt(redisAt[1]))) {
        while (running) {
          int id = 1 + random.nextInt(points.length - 1);
          long add = 10 + random.nextInt(6);
          long s = ++seq;
          points[id] += add;
          reached[id] = s;
          index.entry(s, id, "Person " + id, 1L + id % 12, "Office " + (id % 12), 1L + id % 40, "Team " + (id % 40), add);
          redis.zadd(key, (double) (points[id] * SEQ_SPAN - s), String.valueOf(id));
          written++;
          due += every;
          long wait = due - System.nanoTime();
          if (wait > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(wait);
          }
        }
      }
    }
  }

  /** What GET /api/leaderboard and the rank of GET /api/me ask the index: rows with names, then one rank. */
  private static void indexOnce(InMemoryBoard index, long me) {
    Leaderboard top = index.top(Period.ALL_TIME, TOP);
    int rank = index.rank(Period.ALL_TIME, me);
    sink += top.rows().get(TOP - 1).points() + rank;
  }

  private static void redisOnce(Jedis redis, String key, long me) {
    Pipeline p = redis.pipelined();
    Response<List<Tuple>> top = p.zrevrangeWithScores(key, 0, TOP - 1);
    Response<Long> rank = p.zrevrank(key, String.valueOf(me));
    p.sync();
    sink += (long) top.get().get(TOP - 1).getScore() + rank.get();
  }

  private static void load(Jedis redis, String key, long[] points, long[] reached) {
    Pipeline p = redis.pipelined();
    Map<String, Double> chunk = new HashMap<>();
    for (int id = 1; id < points.length; id++) {
      chunk.put(String.valueOf(id), (double) (points[id] * SEQ_SPAN - reached[id]));
      if (chunk.size() == 1_000 || id == points.length - 1) {
        p.zadd(key, chunk);
        chunk = new HashMap<>();
      }
    }
    p.sync();
  }

  /** Refuses to measure unless both give the same top 10 and the same rank for a thousand people. */
  private static void checkSameOrder(InMemoryBoard index, Jedis redis, String key, Random random, int employees) {
    List<String> ours = new ArrayList<>();
    for (LeaderboardRow row : index.top(Period.ALL_TIME, TOP).rows()) {
      ours.add(String.valueOf(row.employeeId()));
    }
    List<String> theirs = redis.zrevrange(key, 0, TOP - 1);
    if (!ours.equals(theirs)) {
      throw new IllegalStateException("Top 10 differs: index " + ours + ", Redis " + theirs);
    }
    for (int i = 0; i < 1_000; i++) {
      long id = 1 + random.nextInt(employees);
      long redisRank = redis.zrevrank(key, String.valueOf(id)) + 1;
      if (redisRank != index.rank(Period.ALL_TIME, id)) {
        throw new IllegalStateException("Rank of " + id + " differs: index " + index.rank(Period.ALL_TIME, id)
            + ", Redis " + redisRank);
      }
    }
  }

  private static void report(Latencies index, Latencies redis) {
    System.out.printf(Locale.ROOT, "%d samples each, after warm-up; latency of one \"top 10 + my rank\", microseconds%n",
        index.count());
    System.out.printf(Locale.ROOT, "%-8s %14s %14s %10s%n", "", "index", "redis", "ratio");
    row("p50", index.percentileMicros(50), redis.percentileMicros(50));
    row("p99", index.percentileMicros(99), redis.percentileMicros(99));
    row("mean", index.meanMicros(), redis.meanMicros());
    double ratio = redis.meanMicros() / index.meanMicros();
    double tail = redis.percentileMicros(99) / index.percentileMicros(99);
    System.out.printf(Locale.ROOT, "Index is %.1fx faster than Redis on the mean and %.1fx on p99 (target >= 10x on both): %s%n",
        ratio, tail, ratio >= 10 && tail >= 10 ? "met" : "NOT met");
  }

  private static void row(String name, double index, double redis) {
    System.out.printf(Locale.ROOT, "%-8s %14.2f %14.2f %9.1fx%n", name, index, redis, redis / index);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> out = new HashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("Options are name=value, not '" + a + "'");
      }
      out.put(a.substring(0, eq), a.substring(eq + 1));
    }
    return out;
  }
}
