package io.chorus.extension.content;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import elemental2.dom.MutationObserver;
import elemental2.dom.MutationObserverInit;
import elemental2.dom.Node;
import elemental2.promise.Promise;
import io.chorus.extension.dom.DeepQuery;
import io.chorus.extension.dom.NativeDom;
import io.chorus.extension.messaging.PanelItem;
import jsinterop.base.Js;

/**
 * The page as the DOM has it, for one site: follows single-page navigation and composers opening and
 * closing (a mutation observer on the document and on every open shadow root, coalesced into one check
 * {@link #CHECK_AFTER_MS} after a burst, at most one per {@link #CHECKS_APART_MS}), finds or opens the
 * composer, and keeps the panel clear of it.
 */
final class SitePage implements Page {
  static final int CHECK_AFTER_MS = 16;
  /** A page that keeps changing (a feed loading) is checked at most this often. */
  static final int CHECKS_APART_MS = 100;
  /** Shadow roots get attached with no mutation to announce them: look again a few times after a page starts. */
  private static final int[] RESCAN_AT_MS = {300, 1000, 2500, 5000};
  private static final int POLL_MS = 100;
  /** The longest wait for a page to build its app or its placeholder dialog. */
  private static final int BUILT_WITHIN_MS = 8000;
  /** The longest wait for a composer after its trigger was clicked. */
  private static final int OPENS_WITHIN_MS = 6000;

  private final SiteAdapter site;
  private Page.Events events;
  private PanelView view;
  private PostWatcher watcher;
  private String href;
  private boolean inConversation;
  private MutationObserver observer;
  private final JsArray<Node> observed = new JsArray<>();
  private double pending = -1;
  private double checkedAt;
  /** A share the popup or side panel started, for this page to continue (see {@link PendingShare}). */
  private PanelItem handedOver;

  SitePage(SiteAdapter site) {
    this.site = site;
  }

  /** Starts following the page (with the panel to keep clear of composers, or none); the first check runs now. */
  void start(Page.Events events, PanelView view) {
    this.events = events;
    this.view = view;
    this.watcher = new PostWatcher(site, events);
    observer = new MutationObserver((records, o) -> {
      schedule();
      return null;
    });
    DomGlobal.window.addEventListener("popstate", e -> schedule());
    check();
  }

  private void schedule() {
    if (pending < 0) {
      // Soon after a quiet spell; at most every CHECKS_APART_MS while the page keeps changing.
      double wait = Math.max(CHECK_AFTER_MS, checkedAt + CHECKS_APART_MS - JsDate.now());
      pending = DomGlobal.setTimeout(ignored -> check(), wait);
    }
  }

  private void check() {
    pending = -1;
    checkedAt = JsDate.now();
    if (ContentScript.paused) {
      return;
    }
    PostWatcher.guarded(() -> {
      String now = DomGlobal.location.href;
      boolean navigated = !now.equals(href);
      boolean conversation = site.conversation(DomGlobal.location.pathname) || site.replying();
      if (navigated || conversation != inConversation) {
        href = now;
        inConversation = conversation;
        events.pageChanged(conversation);
      }
      if (navigated) {
        for (int at : RESCAN_AT_MS) {
          DomGlobal.setTimeout(ignored -> {
            DeepQuery.rescan();
            schedule();
          }, at);
        }
      }
      observeRoots();
      watcher.check();
      if (watcher.closing()) {
        DomGlobal.setTimeout(ignored -> schedule(), PostWatcher.CLOSED_FOR_MS);
      }
      JsArray<DomComposer> open = site.composers();
      if (view != null) {
        view.avoid(open.length == 0 ? null : open.getAt(0).root);
      }
    });
  }

  /** Observes the document and each open shadow root once (mutations inside a root stay inside it). */
  private void observeRoots() {
    JsArray<Node> roots = DeepQuery.roots();
    for (int i = 0; i < roots.length; i++) {
      Node root = roots.getAt(i);
      if (observed.indexOf(root) < 0) {
        observed.push(root);
        MutationObserverInit init = MutationObserverInit.create();
        init.setChildList(true);
        init.setSubtree(true);
        init.setAttributes(true);
        init.setAttributeFilter(new String[] {"open", "aria-busy", "hidden"});
        observer.observe(root == DomGlobal.document ? DomGlobal.document.documentElement : root, init);
      }
    }
  }

  @Override
  public String network() {
    return site.network();
  }

  @Override
  public String displayName() {
    return site.displayName();
  }

  @Override
  public void findComposer(Callback<Composer> found) {
    String path = DomGlobal.location.pathname;
    double start = JsDate.now();
    double[] builtAt = {-1};
    double[] clickedAt = {-1};
    Runnable[] poll = new Runnable[1];
    poll[0] = () -> {
      DomComposer composer = null;
      boolean again = false;
      try {
        DeepQuery.rescan();
        double now = JsDate.now();
        JsArray<DomComposer> open = site.composers();
        if (open.length > 0) {
          composer = open.getAt(0);
        } else if (site.building()) {
          again = now - start < BUILT_WITHIN_MS;
        } else if (clickedAt[0] >= 0) {
          again = now - clickedAt[0] < OPENS_WITHIN_MS;
        } else {
          if (builtAt[0] < 0) {
            builtAt[0] = now;
          }
          Element trigger = site.trigger();
          if (trigger != null) {
            Js.<HTMLElement>uncheckedCast(trigger).click();
            clickedAt[0] = now;
            again = true;
          } else {
            again = now - builtAt[0] < site.triggerWaitMs(path);
          }
        }
      } catch (RuntimeException unexpected) {
        again = false;
      }
      if (again) {
        DomGlobal.setTimeout(ignored -> poll[0].run(), POLL_MS);
      } else {
        found.on(composer);
      }
    };
    poll[0].run();
  }

  @Override
  public void watch(Composer composer, String link) {
    watcher.watch((DomComposer) composer, link);
  }

  @Override
  public void contestTags(String[] tags) {
    watcher.contestTags(tags);
  }

  @Override
  public void unwatch() {
    watcher.unwatch();
  }

  @Override
  public void copy(String text, Callback<Boolean> done) {
    Promise<Object> writing = NativeDom.writeClipboard(text);
    if (writing == null) {
      done.on(false);
      return;
    }
    writing.then(v -> {
      done.on(true);
      return null;
    }).catch_(failure -> {
      done.on(false);
      return null;
    });
  }

  @Override
  public void openSharePage(PanelItem item) {
    PendingShare.save(item);
    DomGlobal.location.assign(site.sharePageUrl(item.shareText));
  }

  void handOver(PanelItem item) {
    handedOver = item;
  }

  /** Looks at the page afresh on the next check (after a pause ends: the panel's place is decided again). */
  void recheck() {
    href = null;
    schedule();
  }

  @Override
  public PanelItem takePending() {
    PanelItem item = PendingShare.take(site.network());
    if (item == null) {
      item = handedOver;
    }
    handedOver = null;
    return item;
  }
}
