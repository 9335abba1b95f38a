package io.chorus.extension.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.extension.i18n.LocaleWords;
import io.chorus.extension.messaging.MeasureReply;
import io.chorus.extension.messaging.OwnPostMessage;
import io.chorus.extension.messaging.PanelItem;
import io.chorus.extension.messaging.ReportReply;
import io.chorus.extension.messaging.ShareReportMessage;
import io.chorus.extension.messaging.SuggestionsReply;
import io.chorus.extension.worker.DraftLine;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The content script's decisions without a browser: the page, the panel, the worker and the clock are
 * fakes that record what the presenter asked of them.
 */
@DisplayName("The content script's presenter")
class ContentControllerTest {
  private static final LocaleWords EN = LocaleWords.of("en");
  private static final String LINK = "https://chorus.example/r/AbC123";
  private static final String TEXT = "Our new lab in Riga is open! #AcmeEmployee " + LINK;

  private final FakePage page = new FakePage();
  private final FakeView view = new FakeView();
  private final FakeWorker worker = new FakeWorker();
  private final FakeClock clock = new FakeClock();
  private ContentController controller;
  private PanelItem riga;

  @BeforeEach
  void start() {
    riga = item(7, "Acme opens its lab in Riga", TEXT);
    worker.suggestions = ok(riga);
    controller = new ContentController(page, view, worker, clock, EN);
    controller.start();
  }

  private static PanelItem item(double id, String title, String shareText) {
    PanelItem item = new PanelItem();
    item.contentId = id;
    item.title = title;
    item.url = "https://acme.example/news/riga";
    item.trackedUrl = LINK;
    item.network = "x";
    item.text = "Our new lab in Riga is open!";
    item.shareText = shareText;
    item.shareLength = 60;
    return item;
  }

  private static SuggestionsReply ok(PanelItem... items) {
    SuggestionsReply reply = new SuggestionsReply();
    reply.status = "ok";
    reply.suggestions = items;
    reply.maxLength = 280;
    reply.sharePoints = 10;
    reply.ownWordsBonus = 5;
    reply.minOwnWords = 5;
    return reply;
  }

  /** Share with an empty composer on the page, and the editor taking the text. */
  private FakeComposer sharedIntoEmptyComposer() {
    FakeComposer composer = new FakeComposer("");
    page.composer = composer;
    controller.share(riga);
    return composer;
  }

  private ShareReportMessage.Report postAndConfirm(String text) {
    controller.postAction(text);
    controller.posted("https://x.com/janis/status/1234567890123456789");
    return worker.reports.isEmpty() ? null : worker.reports.get(worker.reports.size() - 1);
  }

  @Test
  @DisplayName("Own words with a live contest's hashtag: once the site confirms the post, its address and text go to the worker, and what it counted is said")
  void ownPostWithAContestHashtag() {
    SuggestionsReply reply = ok(riga);
    reply.contestTags = new String[] {"winterlights"};
    worker.suggestions = reply;
    controller.load();
    assertArrayEquals(new String[] {"winterlights"}, page.contestTags);
    ReportReply entered = new ReportReply();
    entered.status = "sent";
    entered.message = "Entered #WinterLights: +10 contest points";
    worker.ownPostReply = entered;
    clock.now = 1_796_140_000_123.0;

    controller.postAction("Skating by the river tonight #WinterLights");
    controller.posted("https://x.com/janis/status/1234567890123456789");

    assertEquals(1, worker.ownPosts.size());
    OwnPostMessage.Post post = worker.ownPosts.get(0);
    assertEquals("x", post.network);
    assertEquals("https://x.com/janis/status/1234567890123456789", post.postUrl);
    assertEquals("Skating by the river tonight #WinterLights", post.text);
    assertEquals(1_796_140_000_123.0, post.postedAt);
    assertTrue(worker.reports.isEmpty(), "an own post is no share");
    assertEquals("Entered #WinterLights: +10 contest points", view.status);
    assertEquals("good", view.tone);
  }

  @Test
  @DisplayName("An own post the worker finds no contest for, or one the site never confirms, leaves the panel as it was")
  void ownPostIgnoredOrUnconfirmed() {
    ReportReply ignored = new ReportReply();
    ignored.status = "ignored";
    worker.ownPostReply = ignored;
    String before = view.status;

    controller.postAction("Nothing to do with a contest #winterlightsx");
    controller.posted("https://x.com/janis/status/1");
    controller.postAction("Failed post #winterlights");
    controller.postFailed();
    controller.posted("https://x.com/janis/status/2");

    assertEquals(1, worker.ownPosts.size(), "only the confirmed post went to the worker");
    assertEquals(before, view.status);
  }

  @Test
  @DisplayName("The suggestions are shown with the network's limit and the company's points")
  void showsSuggestions() {
    assertEquals(List.of("items 1 max 280 points 10 bonus 5"), view.shown);
  }

  @Test
  @DisplayName("Share puts the text into the empty composer, watched from before it lands, and says it is ready")
  void shareFillsTheComposer() {
    FakeComposer composer = sharedIntoEmptyComposer();

    assertEquals(TEXT, composer.text());
    assertEquals(1, composer.inserts);
    assertEquals(composer, page.watched);
    assertEquals(LINK, page.watchedLink);
    assertTrue(page.watchedBeforeInsert, "armed before the text landed");
    assertEquals("Ready in the composer: change the words if you like, then post.", view.status);
    assertTrue(view.steppedAside);
  }

  @Test
  @DisplayName("A composer that already holds the text, or just its link, gets nothing added")
  void noSecondCopy() {
    FakeComposer prefilled = new FakeComposer("Our new lab in Riga is open!\n#AcmeEmployee " + LINK);
    page.composer = prefilled;
    controller.share(riga);
    assertEquals(0, prefilled.inserts);

    FakeComposer linkOnly = new FakeComposer("Look at this " + LINK + " #AcmeEmployee");
    page.composer = linkOnly;
    controller.share(riga);
    assertEquals(0, linkOnly.inserts);
    assertEquals(linkOnly, page.watched);
    assertEquals("Ready in the composer: change the words if you like, then post.", view.status);
  }

  @Test
  @DisplayName("With no composer on the page the panel offers to copy the text or open the share page, and goes nowhere by itself")
  void noComposerOffersCopyOrSharePage() {
    page.composer = null;
    controller.share(riga);

    assertEquals(riga, view.offered);
    assertEquals("X's composer is not on this page. Copy the text, or open X's share page.", view.status);
    assertNull(page.openedSharePage);
    assertNull(page.watched);

    controller.openSharePage(riga);
    assertEquals(riga, page.openedSharePage);
  }

  @Test
  @DisplayName("Copy puts the text on the clipboard and watches every composer for its link")
  void copyWatchesForTheLink() {
    page.composer = null;
    controller.share(riga);
    controller.copy(riga);

    assertEquals(TEXT, page.clipboard);
    assertTrue(page.watching);
    assertNull(page.watched);
    assertEquals(LINK, page.watchedLink);
    assertEquals("Copied. Paste it into a new post on X: Chorus counts it when you post.", view.status);

    ShareReportMessage.Report report = postAndConfirm("Pasted: " + TEXT);
    assertEquals("Pasted: " + TEXT, report.postedText);
  }

  @Test
  @DisplayName("A post the site confirms is reported with the text that was posted, its address and time; the panel names the points")
  void confirmedPostIsReported() {
    sharedIntoEmptyComposer();
    worker.reportReply = sent(15, 3);
    clock.now = 1_796_140_000_123.0;

    ShareReportMessage.Report report = postAndConfirm("My own take first. " + TEXT);

    assertEquals(7, report.contentId);
    assertEquals("x", report.network);
    assertEquals("https://x.com/janis/status/1234567890123456789", report.postUrl);
    assertEquals("My own take first. " + TEXT, report.postedText);
    assertEquals(1_796_140_000_123.0, report.postedAt);
    assertEquals("Shared! +15 points \u00B7 #3 this week", view.status);
    assertEquals("good", view.tone);
    assertEquals(List.of(7.0), view.marked);
    assertFalse(page.watching);
    assertEquals(":0", view.badges);
  }

  @Test
  @DisplayName("A badge the share earned is named in the line and its picture shown after it")
  void badgePictures() {
    sharedIntoEmptyComposer();
    ReportReply reply = sent(15, 1);
    reply.badgeLabels = new String[] {"First share"};
    reply.badgeIcons = new String[] {"<svg xmlns='http://www.w3.org/2000/svg'/>"};
    worker.reportReply = reply;
    postAndConfirm(TEXT);
    assertEquals("Shared! +15 points \u2014 First share! \u00B7 #1 this week", view.status);
    assertEquals("First share:1", view.badges);
  }

  @Test
  @DisplayName("Closing the composer without posting ends the watch: a post confirmed afterwards is not reported")
  void closedComposerCountsNothing() {
    sharedIntoEmptyComposer();

    controller.composerClosed();
    controller.postAction("My own words about something else");
    controller.posted("https://x.com/janis/status/1111111111111111111");

    assertEquals(List.of(), worker.reports);
    assertFalse(page.watching);
    assertEquals("Closed without posting, so nothing was counted.", view.status);
  }

  @Test
  @DisplayName("A confirmation without a post action first reports nothing")
  void confirmationWithoutActionCountsNothing() {
    sharedIntoEmptyComposer();
    controller.posted("https://x.com/janis/status/1111111111111111111");
    assertEquals(List.of(), worker.reports);
  }

  @Test
  @DisplayName("A post without the item's link is not reported, and the panel says why")
  void postWithoutTheLink() {
    sharedIntoEmptyComposer();
    postAndConfirm("Just my own words");

    assertEquals(List.of(), worker.reports);
    assertEquals("Posted without the article's link, so it doesn't count as sharing “Acme opens its lab in Riga”.",
        view.status);
    assertEquals("Acme opens its lab in Riga", view.isolated, "the title is shown isolated");
  }

  @Test
  @DisplayName("A failed post is not counted; posting again counts it once")
  void failedThenPosted() {
    sharedIntoEmptyComposer();
    controller.postAction(TEXT);
    controller.postFailed();
    assertEquals("X says the post failed, so nothing was counted. Try posting again.", view.status);
    assertEquals(List.of(), worker.reports);

    worker.reportReply = sent(10, 1);
    postAndConfirm(TEXT);
    controller.posted("https://x.com/janis/status/2222222222222222222");
    assertEquals(1, worker.reports.size());
  }

  @Test
  @DisplayName("While a post awaits the site's confirmation, a second Share waits")
  void shareWaitsForConfirmation() {
    sharedIntoEmptyComposer();
    controller.postAction(TEXT);
    controller.share(item(8, "Other", "Other text " + LINK));
    assertEquals("Wait a moment: X is still confirming your last post.", view.status);
  }

  @Test
  @DisplayName("Edits are measured once they pause: one worker round trip with the last text, shown as characters left and the own-words nudge")
  void editsAreMeasuredLive() {
    sharedIntoEmptyComposer();
    worker.measures.clear();
    worker.measure = measure(140, 3);

    controller.edited(TEXT + " I");
    clock.advance(100);
    controller.edited(TEXT + " I love");
    clock.advance(100);
    assertEquals(List.of(), worker.measures, "nothing while typing");
    controller.edited(TEXT + " I love this place");
    clock.advance(ContentController.MEASURE_AFTER_MS);

    assertEquals(List.of(TEXT + " I love this place"), worker.measures);
    assertEquals("140 characters left \u00B7 Add 2 more words of your own: +5 points", view.composing);

    controller.edited(TEXT + " I love this place");
    clock.advance(ContentController.MEASURE_AFTER_MS);
    assertEquals(1, worker.measures.size(), "the same draft is not measured twice");
  }

  @Test
  @DisplayName("Right after Share the unchanged text is measured: the nudge to add words of one's own")
  void unchangedTextNudges() {
    worker.measure = measure(220, 0);
    sharedIntoEmptyComposer();
    assertEquals("60 characters left \u00B7 Add a few words of your own: +5 points", view.composing);
  }

  @Test
  @DisplayName("A draft over the limit is shown as such")
  void overTheLimit() {
    worker.measure = measure(291, 6);
    sharedIntoEmptyComposer();
    assertEquals("11 characters over X's limit \u00B7 Your own words earn +5 points", view.composing);
    assertEquals("bad", view.composingTone);
  }

  @Test
  @DisplayName("Not for me hides an item for ever, Later until the same time tomorrow; either leaves the list at once")
  void dismissAndSnooze() {
    controller.hide(riga, true);
    assertEquals(List.of("7.0@0.0"), worker.dismissed);
    assertEquals(List.of(7.0), view.removed);
    assertEquals("Hidden: Chorus won't suggest it again.", view.status);

    controller.hide(riga, false);
    assertEquals("7.0@" + (clock.now + ContentController.SNOOZE_MS), worker.dismissed.get(1));
    assertEquals("Snoozed until tomorrow.", view.status);
  }

  @Test
  @DisplayName("On a conversation page (a reply box, messaging) the panel hides; elsewhere it shows")
  void conversationPagesHideThePanel() {
    controller.pageChanged(true);
    assertTrue(view.hidden);
    controller.pageChanged(false);
    assertFalse(view.hidden);
  }

  @Test
  @DisplayName("Signed out, the panel says how to sign in; a worker that does not answer is said plainly")
  void signedOutAndNoWorker() {
    SuggestionsReply signedOut = new SuggestionsReply();
    signedOut.status = "signed-out";
    worker.suggestions = signedOut;
    controller.load();
    assertTrue(view.signedOut);

    worker.suggestions = null;
    controller.load();
    assertEquals("The Chorus extension did not answer. Reload the page.", view.status);
  }

  @Test
  @DisplayName("A share continued from the share page waits for the site's own prefill and adds nothing to it")
  void pendingShareWaitsForThePrefill() {
    FakeComposer composer = new FakeComposer("");
    page.composer = composer;
    page.pending = riga;
    controller = new ContentController(page, view, worker, clock, EN);
    controller.start();
    assertEquals(0, composer.inserts);

    clock.advance(200);
    composer.text = TEXT;
    clock.advance(200);

    assertEquals(0, composer.inserts);
    assertEquals("Ready in the composer: change the words if you like, then post.", view.status);
  }

  @Test
  @DisplayName("A share page that never prefills gets the text after a second")
  void pendingShareFillsAnEmptyComposer() {
    FakeComposer composer = new FakeComposer("");
    page.composer = composer;
    page.pending = riga;
    controller = new ContentController(page, view, worker, clock, EN);
    controller.start();
    clock.advance(ContentController.PREFILL_WAIT_MS + 200);
    assertEquals(1, composer.inserts);
    assertEquals(TEXT, composer.text());
  }

  @Test
  @DisplayName("A share page's Post clicked before the search for its composer has found it is reported; the late find adds no text to the emptied composer")
  void pendingSharePostedBeforeTheComposerIsFound() {
    page.pending = riga;
    page.findLater = true;
    controller = new ContentController(page, view, worker, clock, EN);
    controller.start();
    assertTrue(page.watching, "watching before any composer is found");
    assertNull(page.watched);
    assertEquals(LINK, page.watchedLink);

    worker.reportReply = sent(15, 3);
    ShareReportMessage.Report report = postAndConfirm(TEXT);
    FakeComposer emptied = new FakeComposer("");
    page.found.on(emptied);
    clock.advance(ContentController.PREFILL_WAIT_MS + 200);

    assertEquals(TEXT, report.postedText);
    assertEquals(0, emptied.inserts);
    assertFalse(page.watching);
    assertEquals("Shared! +15 points \u00B7 #3 this week", view.status);
  }

  @Test
  @DisplayName("Already shared: the item is dimmed and the panel says it counted before")
  void alreadyShared() {
    sharedIntoEmptyComposer();
    ReportReply refused = new ReportReply();
    refused.status = "refused";
    refused.code = "already_shared";
    worker.reportReply = refused;
    postAndConfirm(TEXT);
    assertEquals(List.of(7.0), view.marked);
    assertEquals("Already counted: you shared this on X before.", view.status);
  }

  @Test
  @DisplayName("An editor that does not take the text leads to the offer, and the watch ends")
  void editorRefusesText() {
    FakeComposer stubborn = new FakeComposer("");
    stubborn.takes = false;
    page.composer = stubborn;
    controller.share(riga);
    assertEquals(riga, view.offered);
    assertFalse(page.watching);
  }

  private static ReportReply sent(double points, double rank) {
    ReportReply reply = new ReportReply();
    reply.status = "sent";
    reply.receipt = new ReportReply.Receipt();
    reply.receipt.points = points;
    reply.receipt.standing = new ReportReply.Week();
    reply.receipt.standing.weekRank = rank;
    reply.receipt.standing.weekPoints = 40;
    reply.badgeLabels = new String[0];
    reply.badgeIcons = new String[0];
    return reply;
  }

  /** What the worker answers for a draft of that length, worded as the worker words it (+5 for own words). */
  private static MeasureReply measure(double length, double newWords) {
    MeasureReply reply = new MeasureReply();
    reply.status = "ok";
    reply.length = length;
    reply.maxLength = 280;
    reply.newWords = newWords;
    reply.minNewWords = 5;
    DraftLine.Line line = DraftLine.of(EN, "X", (int) length, 280, (int) newWords, 5, 5, List.of(), null);
    reply.line = line.text();
    reply.tone = line.bad() ? "bad" : null;
    return reply;
  }

  private static final class FakeComposer implements Composer {
    String text;
    boolean takes = true;
    int inserts;

    FakeComposer(String text) {
      this.text = text;
    }

    @Override
    public String text() {
      return text;
    }

    @Override
    public void insert(String more, Callback<Boolean> took) {
      inserts++;
      if (takes) {
        text = text.isEmpty() ? more : text + " " + more;
      }
      took.on(takes);
    }
  }

  private static final class FakePage implements Page {
    FakeComposer composer;
    Composer watched;
    String watchedLink;
    boolean watching;
    boolean watchedBeforeInsert;
    String clipboard;
    PanelItem openedSharePage;
    PanelItem pending;
    String[] contestTags;

    @Override
    public void contestTags(String[] tags) {
      contestTags = tags;
    }

    @Override
    public String network() {
      return "x";
    }

    @Override
    public String displayName() {
      return "X";
    }

    /** Set: the search answers only when the test calls {@link #found} (a composer drawn late). */
    boolean findLater;
    Callback<Composer> found;

    @Override
    public void findComposer(Callback<Composer> found) {
      if (findLater) {
        this.found = found;
      } else {
        found.on(composer);
      }
    }

    @Override
    public void watch(Composer c, String link) {
      watched = c;
      watchedLink = link;
      watching = true;
      watchedBeforeInsert = composer == null || composer.inserts == 0;
    }

    @Override
    public void unwatch() {
      watching = false;
    }

    @Override
    public void copy(String text, Callback<Boolean> done) {
      clipboard = text;
      done.on(true);
    }

    @Override
    public void openSharePage(PanelItem item) {
      openedSharePage = item;
    }

    @Override
    public PanelItem takePending() {
      PanelItem p = pending;
      pending = null;
      return p;
    }
  }

  private static final class FakeView implements ContentView {
    final List<String> shown = new ArrayList<>();
    final List<Double> marked = new ArrayList<>();
    final List<Double> removed = new ArrayList<>();
    String status;
    String tone;
    String composing;
    String composingTone;
    PanelItem offered;
    String isolated;
    String badges;
    boolean steppedAside;
    boolean hidden;
    boolean signedOut;

    @Override
    public void showItems(PanelItem[] items, double maxLength, double sharePoints, double ownWordsBonus) {
      shown.add("items " + items.length + " max " + (int) maxLength + " points " + (int) sharePoints
          + " bonus " + (int) ownWordsBonus);
    }

    @Override
    public void showSignedOut() {
      signedOut = true;
    }

    @Override
    public void say(String message, String tone) {
      status = message;
      this.tone = tone;
      offered = null;
    }

    @Override
    public void sayWith(String message, String userText, String tone) {
      say(message, tone);
      isolated = userText;
    }

    @Override
    public void offer(PanelItem item) {
      offered = item;
    }

    @Override
    public void composing(String line, String tone) {
      composing = line;
      composingTone = tone;
    }

    @Override
    public void showBadgeIcons(String[] titles, String[] svgs) {
      badges = String.join(",", titles) + ":" + svgs.length;
    }

    @Override
    public void markShared(double contentId) {
      marked.add(contentId);
    }

    @Override
    public void stepAside() {
      steppedAside = true;
    }

    @Override
    public void hidden(boolean hidden) {
      this.hidden = hidden;
    }

    @Override
    public void removeItem(double contentId) {
      removed.add(contentId);
    }
  }

  private static final class FakeWorker implements WorkerLink {
    SuggestionsReply suggestions;
    MeasureReply measure;
    ReportReply reportReply;
    final List<String> measures = new ArrayList<>();
    final List<ShareReportMessage.Report> reports = new ArrayList<>();
    final List<String> dismissed = new ArrayList<>();
    final List<OwnPostMessage.Post> ownPosts = new ArrayList<>();
    ReportReply ownPostReply;

    @Override
    public void reportOwnPost(OwnPostMessage.Post post, Callback<ReportReply> reply) {
      ownPosts.add(post);
      reply.on(ownPostReply);
    }

    @Override
    public void suggestions(String network, Callback<SuggestionsReply> reply) {
      reply.on(suggestions);
    }

    @Override
    public void measure(String network, String text, String suggested, Callback<MeasureReply> reply) {
      measures.add(text);
      reply.on(measure);
    }

    @Override
    public void report(ShareReportMessage.Report report, Callback<ReportReply> reply) {
      reports.add(report);
      reply.on(reportReply);
    }

    @Override
    public void dismiss(double contentId, double until, Callback<ReportReply> reply) {
      dismissed.add(contentId + "@" + until);
      ReportReply ok = new ReportReply();
      ok.status = "ok";
      reply.on(ok);
    }
  }

  /** Time stands still until a test moves it; due tasks run in order. */
  private static final class FakeClock implements Scheduler {
    double now = 1_000_000;
    private final TreeMap<Double, Runnable> tasks = new TreeMap<>();
    private double seq;

    @Override
    public double now() {
      return now;
    }

    @Override
    public double later(int millis, Runnable task) {
      double handle = now + millis + (seq += 1e-6);
      tasks.put(handle, task);
      return handle;
    }

    @Override
    public void cancel(double handle) {
      tasks.remove(handle);
    }

    void advance(double millis) {
      double until = now + millis;
      while (!tasks.isEmpty() && tasks.firstKey() <= until + 1e-3) {
        double at = tasks.firstKey();
        Runnable task = tasks.remove(at);
        now = Math.max(now, Math.floor(at));
        task.run();
      }
      now = until;
    }
  }
}
