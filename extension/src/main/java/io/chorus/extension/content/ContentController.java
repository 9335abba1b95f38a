package io.chorus.extension.content;

import io.chorus.extension.i18n.Words;
import io.chorus.extension.messaging.MeasureReply;
import io.chorus.extension.messaging.OwnPostMessage;
import io.chorus.extension.messaging.Messages;
import io.chorus.extension.messaging.PanelItem;
import io.chorus.extension.messaging.ReportReply;
import io.chorus.extension.messaging.ShareReportMessage;
import io.chorus.extension.messaging.SuggestionsReply;

/**
 * One site's Chorus, without the DOM: asks the worker for suggestions and shows them; on Share puts the
 * text into the site's own composer — unless it already holds it — and watches that composer; reports
 * a post only once the site confirms it, with the text that was posted; shows the draft's length and
 * the own-words nudge while the employee edits. The page ({@link Page}), the panel
 * ({@link ContentView}), the worker and the clock come in as interfaces, so a JVM test drives it.
 */
final class ContentController implements ContentView.Actions, Page.Events {
  /** Edits are measured once they pause this long (one worker round trip per pause, not per key). */
  static final int MEASURE_AFTER_MS = 150;
  /** On a share page the site prefills the composer itself, maybe a moment after it appears. */
  static final int PREFILL_WAIT_MS = 1000;

  private final Page page;
  private final ContentView view;
  private final WorkerLink worker;
  private final Scheduler scheduler;
  private final Words words;

  /** The item whose text is in (or on its way to) a composer, while its post is watched. */
  private PanelItem sharing;
  private boolean confirming;
  private String postedText;
  /** The text of the employee's own post (no share in progress) while the site confirms it. */
  private String ownText;
  private int attempt;
  private double measureTimer = -1;
  /** The draft last sent to be measured (the editor's own echo of an insert is not sent twice). */
  private String measured;

  ContentController(Page page, ContentView view, WorkerLink worker, Scheduler scheduler, Words words) {
    this.page = page;
    this.view = view;
    this.worker = worker;
    this.scheduler = scheduler;
    this.words = words;
  }

  /** Loads the suggestions and continues a share a previous page handed over. */
  void start() {
    load();
    PanelItem pending = page.takePending();
    if (pending != null) {
      put(pending, scheduler.now() + PREFILL_WAIT_MS);
    }
  }

  /** (Re)loads the suggestions, e.g. after a sign-in or sign-out in the popup. */
  void load() {
    worker.suggestions(page.network(), reply -> {
      if (reply == null) {
        view.say(words.get("c_noanswer"), "bad");
      } else if (Messages.OK.equals(reply.status)) {
        page.contestTags(reply.contestTags);
        view.showItems(reply.suggestions == null ? new PanelItem[0] : reply.suggestions, reply.maxLength,
            reply.sharePoints, reply.ownWordsBonus);
      } else if (Messages.SIGNED_OUT.equals(reply.status)) {
        view.showSignedOut();
      } else {
        view.say(reply.message, "bad");
      }
    });
  }

  @Override
  public void share(PanelItem item) {
    if (confirming) {
      view.say(words.get("c_wait", page.displayName()), null);
      return;
    }
    view.say(words.get("c_opening", page.displayName()), null);
    put(item, 0);
  }

  /**
   * Finds the composer and puts the item's text in it, unless it holds it already; until
   * {@code prefillUntil} an empty composer is given time to be prefilled by the site itself.
   */
  private void put(PanelItem item, double prefillUntil) {
    stopWatching();
    int mine = ++attempt;
    sharing = item;
    // Armed now for any composer holding the link, not only once the search below finds one (it looks
    // every 100 ms): a share page the side panel opened draws its composer prefilled, and its Post may be
    // clicked before the next look.
    page.watch(null, item.link());
    page.findComposer(composer -> {
      // Another share since, or this one's Post already clicked (or counted) in the composer the site drew.
      if (mine != attempt || sharing != item || confirming) {
        return;
      }
      if (composer == null) {
        stopWatching();
        offer(item);
        return;
      }
      // Armed before the text lands: a Post clicked the moment it appears is still seen.
      page.watch(composer, item.link());
      fill(item, composer, mine, prefillUntil);
    });
  }

  private void fill(PanelItem item, Composer composer, int mine, double prefillUntil) {
    String now = composer.text();
    if (Drafts.holds(now, item)) {
      ready(now);
      return;
    }
    if (now.trim().isEmpty() && scheduler.now() < prefillUntil) {
      scheduler.later(200, () -> {
        if (mine == attempt && !confirming) {
          fill(item, composer, mine, prefillUntil);
        }
      });
      return;
    }
    composer.insert(item.shareText, took -> {
      if (mine != attempt) {
        return;
      }
      if (!took && !confirming) {
        stopWatching();
        offer(item);
      } else if (!confirming) {
        ready(composer.text());
      }
    });
  }

  private void ready(String draft) {
    view.stepAside();
    view.say(words.get("c_ready"), null);
    measure(draft);
  }

  private void offer(PanelItem item) {
    view.say(words.get("c_nocomposer", page.displayName()), null);
    view.offer(item);
  }

  @Override
  public void copy(PanelItem item) {
    page.copy(item.shareText, copied -> {
      if (Boolean.TRUE.equals(copied)) {
        // Watch every composer on this page for the link: a post of the pasted text still counts.
        stopWatching();
        sharing = item;
        attempt++;
        page.watch(null, item.link());
        view.say(words.get("c_copied", page.displayName()), "good");
      } else {
        view.say(words.get("c_noclip", page.displayName()), "bad");
      }
    });
  }

  @Override
  public void openSharePage(PanelItem item) {
    stopWatching();
    page.openSharePage(item);
  }

  /** A day: "later" brings the item back tomorrow. */
  static final double SNOOZE_MS = 24 * 3600_000.0;

  @Override
  public void hide(PanelItem item, boolean forever) {
    worker.dismiss(item.contentId, forever ? 0 : scheduler.now() + SNOOZE_MS, reply -> {
      if (reply != null && Messages.OK.equals(reply.status)) {
        view.removeItem(item.contentId);
        view.say(words.get(forever ? "c_gone" : "c_later"), null);
      } else {
        view.say(reply == null ? words.get("c_noanswer") : reply.message, "bad");
      }
    });
  }

  @Override
  public void pageChanged(boolean conversation) {
    view.hidden(conversation);
  }

  @Override
  public void postAction(String text) {
    if (sharing != null) {
      confirming = true;
      postedText = text;
    } else {
      ownText = text;
    }
  }

  @Override
  public void posted(String postUrl) {
    PanelItem item = sharing;
    String text = postedText;
    if (item == null && ownText != null) {
      reportOwnPost(postUrl);
      return;
    }
    if (item == null || !confirming) {
      return;
    }
    stopWatching();
    if (!Drafts.carriesLink(text, item)) {
      view.sayWith(words.get("c_nolink", item.title), item.title, "bad");
      return;
    }
    view.say(words.get("c_counting"), null);
    ShareReportMessage.Report report = new ShareReportMessage.Report();
    report.contentId = item.contentId;
    report.network = item.network != null ? item.network : page.network();
    report.postUrl = postUrl;
    report.postedText = text;
    report.postedAt = Math.floor(scheduler.now());
    worker.report(report, reply -> said(item, reply));
  }

  /** Own words with a contest's hashtag: the worker decides whether it enters a contest; only then is it said. */
  private void reportOwnPost(String postUrl) {
    OwnPostMessage.Post post = new OwnPostMessage.Post();
    post.network = page.network();
    post.postUrl = postUrl;
    post.text = ownText;
    post.postedAt = Math.floor(scheduler.now());
    ownText = null;
    worker.reportOwnPost(post, reply -> {
      if (reply != null && (Messages.SENT.equals(reply.status) || Messages.QUEUED.equals(reply.status))) {
        view.say(reply.message, Messages.SENT.equals(reply.status) ? "good" : null);
      }
    });
  }

  private void said(PanelItem item, ReportReply reply) {
    if (reply == null) {
      view.say(words.get("c_noanswer"), "bad");
    } else if (Messages.SENT.equals(reply.status) && reply.receipt != null) {
      ReportReply.Week week = reply.receipt.standing;
      view.markShared(item.contentId);
      view.say(ShareMessages.counted(words, reply.receipt.points, reply.badgeLabels, week == null ? 0 : week.weekRank,
          week == null ? 0 : week.weekPoints), "good");
      if (reply.badgeLabels != null && reply.badgeIcons != null) {
        view.showBadgeIcons(reply.badgeLabels, reply.badgeIcons);
      }
    } else if (Messages.REFUSED.equals(reply.status) && "already_shared".equals(reply.code)) {
      view.markShared(item.contentId);
      view.say(words.get("c_already", page.displayName()), null);
    } else {
      view.say(reply.message, Messages.QUEUED.equals(reply.status) ? null : "bad");
    }
  }

  @Override
  public void postFailed() {
    ownText = null;
    if (sharing != null && confirming) {
      // The composer usually keeps the draft: the watch goes on.
      confirming = false;
      view.say(words.get("c_failed", page.displayName()), "bad");
    }
  }

  @Override
  public void postUnconfirmed() {
    ownText = null;
    if (sharing != null && confirming) {
      confirming = false;
      view.say(words.get("c_unconfirmed", page.displayName()), null);
    }
  }

  @Override
  public void composerClosed() {
    if (sharing != null && !confirming) {
      stopWatching();
      view.say(words.get("c_closed"), null);
    }
  }

  @Override
  public void edited(String text) {
    if (sharing == null || confirming) {
      return;
    }
    if (measureTimer >= 0) {
      scheduler.cancel(measureTimer);
    }
    measureTimer = scheduler.later(MEASURE_AFTER_MS, () -> {
      measureTimer = -1;
      measure(text);
    });
  }

  private void measure(String draft) {
    PanelItem item = sharing;
    if (item == null || draft.equals(measured)) {
      return;
    }
    measured = draft;
    worker.measure(page.network(), draft, item.text, reply -> show(item, reply));
  }

  private void show(PanelItem item, MeasureReply reply) {
    if (item != sharing || confirming || reply == null || !Messages.OK.equals(reply.status)) {
      return;
    }
    // The worker words the line (length, own words, blocklist, disclosure): the script only shows it.
    view.composing(reply.line, reply.tone);
  }

  private void stopWatching() {
    page.unwatch();
    sharing = null;
    confirming = false;
    postedText = null;
    measured = null;
    if (measureTimer >= 0) {
      scheduler.cancel(measureTimer);
      measureTimer = -1;
    }
    view.composing(null, null);
  }
}
