package io.chorus.server.digest;

import io.chorus.server.config.DigestConfig;
import io.chorus.server.links.LinkCodes;
import io.chorus.server.loops.CallersLoop;
import io.chorus.server.people.InviteMailer;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly digest on one node. Every {@code CHORUS_DIGEST_TICK_SECONDS} (15), on every node: (1) each company whose digest is
 * due has its week claimed — the first node to insert the week's row wins, and writes the week's
 * deliveries (the outbox) in the same transaction; (2) due deliveries are sent, by whichever node takes
 * them first ({@code FOR UPDATE SKIP LOCKED}), each held for a {@link #LEASE} while it is sent.
 *
 * <p>The order of a delivery: take it (committed: 'sending', lease), send it, then record 'sent'. A node
 * that dies between the server's acceptance and that record leaves the row 'sending'; when its lease
 * runs out another node sends it again, with the same Message-ID / Idempotency-Key. That is the one way
 * a digest can arrive twice: at least once to the SMTP server, deduplicated where the receiver does so.
 */
public final class Digests {
  private static final Logger log = LoggerFactory.getLogger(Digests.class);
  /** How long a taken delivery is this node's; far longer than a send may take (connect + timeouts). */
  static final Duration LEASE = Duration.ofMinutes(5);
  /** Sends in flight at once on one node. */
  static final int LANES = 4;
  /** Attempts before a delivery is given up ('failed'); with the backoff below, about 8 hours. */
  static final int MAX_ATTEMPTS = 10;
  static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  static final Duration LONGEST_RETRY = Duration.ofHours(2);
  /**
   * How long a stopping node waits for its sends in flight: within the node's 2-second stop. A send cut
   * short keeps its delivery row on hold and is retried by the next node, with the same Message-ID.
   */
  static final Duration STOP_WAIT = Duration.ofMillis(800);

  private final Vertx vertx;
  private final DigestStore store;
  private final DigestConfig config;
  private final Clock clock;
  private final MailSender mail;
  private final WebhookSender webhooks;
  private final String node;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicInteger timerRuns = new AtomicInteger();
  private Future<UnsubscribeLinks> links;
  private Supplier<String> publicUrl;
  private long timer = -1;
  private volatile boolean stopping;
  private volatile Future<Run> current;

  public Digests(Vertx vertx, Pool pool, DigestConfig config, Clock clock) {
    this.vertx = vertx;
    this.store = new DigestStore(pool);
    this.config = config;
    this.clock = clock;
    this.mail = config.smtp() == null ? null : new MailSender(vertx, config.smtp());
    this.webhooks = new WebhookSender(vertx, config.webhookAllowLoopback());
    this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Says once how digests go out, then runs now and every tick. Links start with {@code publicUrl}. */
  public void start(Supplier<String> publicUrl) {
    this.publicUrl = publicUrl;
    if (mail == null) {
      log.info("Weekly digest: no SMTP server configured (CHORUS_SMTP_HOST), so no digest emails; "
          + "a company's webhook still gets its message");
    } else {
      log.info("Weekly digest: emails through {}", mail.describe());
    }
    if (config.tickSeconds() > 0) {
      tick();
      timer = vertx.setPeriodic(config.tickSeconds() * 1000L, id -> tick());
    }
  }

  /** How many runs this node's timer has completed (tests wait on it). */
  public int timerRuns() {
    return timerRuns.get();
  }

  /**
   * Stops taking deliveries, lets the sends in flight finish (a send cut off halfway is one the SMTP
   * server may have taken, which would then go out again), then closes the clients.
   */
  public Future<Void> stop() {
    stopping = true;
    if (timer >= 0) {
      vertx.cancelTimer(timer);
      timer = -1;
    }
    Future<?> inFlight = current == null ? Future.succeededFuture() : current;
    Promise<Void> settled = Promise.promise();
    long limit = vertx.setTimer(STOP_WAIT.toMillis(), id -> settled.tryComplete());
    inFlight.onComplete(r -> {
      vertx.cancelTimer(limit);
      settled.tryComplete();
    });
    return settled.future().compose(v -> {
      Future<Void> closing = webhooks.close();
      return mail == null ? closing : closing.eventually(mail::close);
    });
  }

  public boolean emailConfigured() {
    return mail != null;
  }

  /**
   * One message through the same SMTP server, for other features' emails (invitations), or null when the
   * node has no SMTP server. Each gets its own Message-ID; no list headers (it is not a mailing).
   */
  public InviteMailer inviteMailer() {
    if (mail == null) {
      return InviteMailer.NONE;
    }
    return (to, subject, text, html) -> mail.send(to, new DigestMessages.Email(subject, text, html),
        "<invite." + UUID.randomUUID() + "@" + mail.messageIdDomain() + ">", null);
  }

  DigestStore store() {
    return store;
  }

  Clock clock() {
    return clock;
  }

  DigestConfig config() {
    return config;
  }

  MailSender mail() {
    return mail;
  }

  WebhookSender webhooks() {
    return webhooks;
  }

  /**
   * The unsubscribe links, signed with the installation's key (read once). Asked from every HTTP loop
   * (the unsubscribe page) and the digest timer: answered on the asker's loop ({@link CallersLoop}).
   */
  synchronized Future<UnsubscribeLinks> links() {
    if (links == null || links.failed()) {
      links = store.signingKey().map(UnsubscribeLinks::new);
    }
    return CallersLoop.of(links);
  }

  /** What one run did. */
  public record Run(int weeksClaimed, int planned, int delivered) {}

  /**
   * One run at the clock's "now": claims the weeks that are due, then sends every delivery due. Runs on
   * several nodes at once are safe: that is the point. (The timer calls it; tests call it too.)
   */
  public Future<Run> runOnce() {
    Future<Run> run = plan().compose(claims -> deliver().map(n -> {
      int weeks = 0;
      int planned = 0;
      for (DigestStore.Claim c : claims) {
        weeks += c.won() ? 1 : 0;
        planned += c.emails() + c.webhooks();
      }
      return new Run(weeks, planned, n);
    }));
    current = run;
    return run;
  }

  private void tick() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    runOnce()
        .onSuccess(run -> {
          if (run.weeksClaimed() > 0 || run.delivered() > 0) {
            log.info("Weekly digest: {} week(s) claimed, {} delivery(ies) planned, {} handled", run.weeksClaimed(),
                run.planned(), run.delivered());
          }
        })
        .onFailure(e -> log.warn("Weekly digest run failed; the next run tries again: {}", e.toString()))
        .onComplete(r -> {
          timerRuns.incrementAndGet();
          running.set(false);
        });
  }

  /** Claims every company's due week that no node has claimed yet. */
  Future<List<DigestStore.Claim>> plan() {
    Instant now = clock.instant();
    return store.companies().compose(companies -> {
      List<DigestStore.Claim> claims = new ArrayList<>();
      Future<Void> chain = Future.succeededFuture();
      for (DigestStore.Company company : companies) {
        DigestSchedule.Week due = company.schedule().due(now, company.zone());
        if (due == null || (company.lastWeek() != null && !company.lastWeek().isBefore(due.monday()))) {
          continue;
        }
        String domain = mail == null ? "chorus.invalid" : mail.messageIdDomain();
        chain = chain.compose(v -> store.claim(company.id(), due, now, node, mail != null, domain)
            .map(claim -> {
              claims.add(claim);
              if (claim.won()) {
                log.info("Weekly digest of company {} for the week of {}: {} email(s), {} webhook message(s)",
                    company.id(), due.monday(), claim.emails(), claim.webhooks());
              }
              return (Void) null;
            })
            .recover(e -> {
              log.warn("Weekly digest of company {} could not be claimed; the next run tries again: {}",
                  company.id(), e.toString());
              return Future.succeededFuture();
            }));
      }
      return chain.map(v -> claims);
    });
  }

  /** Sends deliveries until none is due, {@link #LANES} at a time; answers how many were handled. */
  Future<Integer> deliver() {
    AtomicInteger handled = new AtomicInteger();
    List<Future<Void>> lanes = new ArrayList<>();
    for (int i = 0; i < LANES; i++) {
      Promise<Void> lane = Promise.promise();
      nextDelivery(handled, lane);
      lanes.add(lane.future());
    }
    return Future.join(lanes).map(v -> handled.get());
  }

  private void nextDelivery(AtomicInteger handled, Promise<Void> lane) {
    if (stopping) {
      lane.complete();
      return;
    }
    Instant now = clock.instant();
    store.takeDue(now, now.plus(LEASE), mail != null)
        .onFailure(lane::fail)
        .onSuccess(delivery -> {
          if (delivery == null) {
            lane.complete();
            return;
          }
          handled.incrementAndGet();
          handle(delivery)
              .onFailure(e -> log.warn("Digest delivery {} was not handled; its lease runs out and it is tried "
                  + "again: {}", delivery.id(), e.toString()))
              .onComplete(r -> nextDelivery(handled, lane));
        });
  }

  private Future<Void> handle(DigestStore.Delivery d) {
    return d.channel().equals("email") ? email(d) : webhook(d);
  }

  private Future<Void> email(DigestStore.Delivery d) {
    return store.recipient(d.employeeId()).compose(person -> {
      if (person == null || !person.active()) {
        return record(d, "skipped", "no longer an active employee");
      }
      if (person.optedOut()) {
        return record(d, "skipped", "unsubscribed before it went out");
      }
      Instant now = clock.instant();
      return links().compose(links -> store.itemsFor(d.companyId(), d.employeeId(), d.itemIds(), now)
          .compose(items -> {
            if (items.isEmpty()) {
              return record(d, "skipped", "its items were retired before it went out");
            }
            String base = publicUrl.get();
            String unsubscribe = links.url(base, d.employeeId());
            List<DigestMessages.Item> shown = shown(items, base, true);
            DigestMessages.Email message = DigestMessages.email(person.companyName(), person.name(), shown,
                items.size() - shown.size(), unsubscribe, false);
            return mail.send(person.email(), message, d.messageId(), unsubscribe)
                .transform(sent -> sent.succeeded() ? sent(d)
                    : failed(d, MailSender.permanent(sent.cause()), describe(sent.cause()), Duration.ZERO));
          }));
    });
  }

  private Future<Void> webhook(DigestStore.Delivery d) {
    return store.webhook(d.companyId()).compose(hook -> {
      if (hook.url() == null || !hook.enabled()) {
        return record(d, "skipped", "the webhook was removed or the digest turned off before it went out");
      }
      return store.items(d.itemIds(), clock.instant()).compose(items -> {
        if (items.isEmpty()) {
          return record(d, "skipped", "its items were retired before it went out");
        }
        List<DigestMessages.Item> shown = shown(items, publicUrl.get(), false);
        String text = DigestMessages.webhookText(hook.companyName(), shown, items.size() - shown.size(), false);
        return webhooks.post(hook.url(), DigestMessages.webhookBody(text), d.messageId())
            .compose(outcome -> switch (outcome.kind()) {
              case SENT -> sent(d);
              case FAILED -> failed(d, true, outcome.detail(), Duration.ZERO);
              case RETRY -> failed(d, false, outcome.detail(), outcome.retryAfter());
            });
      });
    });
  }

  /** The first {@link DigestMessages#MAX_ITEMS}, each linked to the tracked link when there is one. */
  static List<DigestMessages.Item> shown(List<DigestStore.Item> items, String publicUrl, boolean tracked) {
    List<DigestMessages.Item> out = new ArrayList<>();
    for (DigestStore.Item i : items.subList(0, Math.min(items.size(), DigestMessages.MAX_ITEMS))) {
      String link = tracked && i.code() != null ? LinkCodes.url(publicUrl, i.code()) : i.url();
      out.add(new DigestMessages.Item(i.contentId(), i.title(), i.summary(), link));
    }
    return out;
  }

  private Future<Void> sent(DigestStore.Delivery d) {
    return recordSurely(d, "sent", clock.instant(), null, null);
  }

  private Future<Void> record(DigestStore.Delivery d, String state, String why) {
    return recordSurely(d, state, null, null, why);
  }

  /** A failed attempt: given up when permanent or out of attempts, else due again after the backoff. */
  private Future<Void> failed(DigestStore.Delivery d, boolean permanent, String why, Duration retryAfter) {
    if (permanent || d.attempts() >= MAX_ATTEMPTS) {
      log.warn("Digest delivery {} ({}) failed for good after {} attempt(s): {}", d.id(), d.channel(), d.attempts(),
          why);
      return recordSurely(d, "failed", null, null, why);
    }
    Duration wait = backoff(d.attempts());
    if (retryAfter.compareTo(wait) > 0) {
      wait = retryAfter;
    }
    log.info("Digest delivery {} ({}) attempt {} failed, next in {} s: {}", d.id(), d.channel(), d.attempts(),
        wait.toSeconds(), why);
    return recordSurely(d, "pending", null, clock.instant().plus(wait), why);
  }

  /** 1, 2, 4 … minutes after the 1st, 2nd, 3rd … failed attempt, at most {@link #LONGEST_RETRY}. */
  static Duration backoff(int attemptsSoFar) {
    long minutes = FIRST_RETRY.toMinutes() << Math.min(Math.max(attemptsSoFar - 1, 0), 16);
    return minutes > LONGEST_RETRY.toMinutes() ? LONGEST_RETRY : Duration.ofMinutes(minutes);
  }

  /**
   * Writes a delivery's outcome, trying again (1, 2, 4 … s) while the lease lasts if the database does
   * not answer: once a message is out, losing its 'sent' is what would send it twice.
   */
  private Future<Void> recordSurely(DigestStore.Delivery d, String state, Instant sentAt, Instant next, String why) {
    Instant leaseEnds = clock.instant().plus(LEASE).minus(Duration.ofSeconds(30));
    Promise<Void> done = Promise.promise();
    attemptRecord(d, state, sentAt, next, why, leaseEnds, 1000, done);
    return done.future();
  }

  private void attemptRecord(DigestStore.Delivery d, String state, Instant sentAt, Instant next, String why,
      Instant giveUpAt, long waitMs, Promise<Void> done) {
    store.mark(d, state, sentAt, next, why).onComplete(r -> {
      if (r.succeeded()) {
        if (!r.result()) {
          log.warn("Digest delivery {} was taken by another node before its outcome ({}) was written", d.id(), state);
        }
        done.complete();
      } else if (clock.instant().plusMillis(waitMs).isBefore(giveUpAt)) {
        vertx.setTimer(waitMs, id -> attemptRecord(d, state, sentAt, next, why, giveUpAt, Math.min(waitMs * 2, 30_000),
            done));
      } else {
        done.fail(r.cause());
      }
    });
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
