package io.chorus.extension.content;

import elemental2.core.JsDate;
import elemental2.dom.DomGlobal;
import elemental2.promise.Promise;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.dom.Async;
import io.chorus.extension.messaging.Messages;
import io.chorus.extension.messaging.WorkerClient;
import io.chorus.extension.wire.JsReader;
import io.chorus.extension.wire.JsWriter;
import io.chorus.shared.wire.ShareReport;
import io.chorus.shared.wire.Standing;
import io.chorus.shared.wire.Suggestion;
import io.chorus.shared.wire.WireReader;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * One site's Chorus: asks the worker for suggestions, shows them in the panel, prefills the site's own
 * composer on Share, and — once the site confirms the post — has the worker report it.
 */
final class ContentController implements Panel.Actions, PostWatcher.Outcome {
  private static final String MINIMIZED = "panelMinimized";

  private final SiteAdapter site;
  private final Panel panel;
  private final PostWatcher watcher;

  ContentController(SiteAdapter site) {
    this.site = site;
    this.panel = new Panel(site.network(), this);
    this.watcher = new PostWatcher(site, this);
  }

  void start() {
    Chrome.storage.getLocal().get(MINIMIZED).then(items -> {
      panel.attach(Js.isTruthy(items.get(MINIMIZED)));
      load();
      resumePending();
      return null;
    });
    // A sign-in or sign-out in the popup refreshes every open panel.
    Chrome.storage.getOnChanged().addListener((changes, area) -> {
      if ("local".equals(area) && changes.has("session")) {
        load();
      }
    });
  }

  private void load() {
    WorkerClient.send(JsPropertyMap.of("type", Messages.SUGGESTIONS, "network", site.network().wireName()))
        .then(reply -> {
          String status = reply.string("status");
          if (Messages.OK.equals(status)) {
            List<Suggestion> list = new ArrayList<>();
            for (WireReader s : reply.objects("suggestions")) {
              list.add(Suggestion.read(s));
            }
            panel.showSuggestions(list, reply.optInteger("sharePoints", -1), reply.optInteger("ownWordsBonus", 0));
          } else if (Messages.SIGNED_OUT.equals(status)) {
            panel.showSignedOut();
          } else {
            panel.say(reply.optString("message"), "bad");
          }
          return null;
        });
  }

  @Override
  public void share(Suggestion suggestion) {
    String text = suggestion.shareText();
    panel.say("Opening " + site.network().displayName() + "'s composer…", null);
    site.openComposer().then(editor -> {
      if (editor == null) {
        return fallback(suggestion, text);
      }
      // Armed before the text lands: a Post clicked the moment it appears is still seen.
      watcher.watch(suggestion, editor);
      return EditorInput.insert(editor, text).then(took -> {
        if (!took && !watcher.confirming()) {
          watcher.cancel();
          return fallback(suggestion, text);
        }
        panel.stepAside();
        if (watcher.awaitingPost()) {
          panel.say("Ready in the composer: change the words if you like, then post.", null);
        }
        return null;
      });
    });
  }

  @Override
  public void minimized(boolean minimized) {
    Chrome.storage.getLocal().set(JsPropertyMap.of(MINIMIZED, minimized));
  }

  @Override
  public void posted(Suggestion suggestion, String postUrl, String postedText) {
    if (!postedText.contains(suggestion.url()) && !postedText.contains(suggestion.linkToShare())) {
      panel.say("Posted without the article's link, so it doesn't count as sharing “" + suggestion.title()
          + "”.", "bad");
      return;
    }
    ShareReport report = new ShareReport(suggestion.contentId(), suggestion.network(), postUrl, postedText,
        (long) JsDate.now());
    panel.say("Posted! Counting it…", null);
    WorkerClient.send(JsPropertyMap.of("type", Messages.REPORT_SHARE, "report", JsWriter.encode(report::write)))
        .then(reply -> {
          String status = reply.string("status");
          if (Messages.SENT.equals(status)) {
            JsReader receipt = new JsReader(reply.raw().get("receipt"));
            Standing standing = Standing.read(receipt.object("standing"));
            panel.markShared(suggestion.contentId());
            panel.say(ShareMessages.counted(receipt.integer("points"), reply.strings("badgeLabels"), standing), "good");
          } else if (Messages.REFUSED.equals(status) && "already_shared".equals(reply.optString("code"))) {
            panel.markShared(suggestion.contentId());
            panel.say("Already counted: you shared this on " + site.network().displayName() + " before.", null);
          } else {
            panel.say(reply.optString("message"), Messages.QUEUED.equals(status) ? null : "bad");
          }
          return null;
        });
  }

  @Override
  public void failed(Suggestion suggestion) {
    panel.say(site.network().displayName() + " says the post failed, so nothing was counted. "
        + "Try posting again.", "bad");
    watcherRetry(suggestion);
  }

  /** After a failed post the composer usually keeps the text: keep watching it. */
  private void watcherRetry(Suggestion suggestion) {
    elemental2.dom.HTMLElement editor = site.openComposerEditor();
    if (editor != null) {
      watcher.watch(suggestion, editor);
    }
  }

  private Promise<Object> fallback(Suggestion suggestion, String text) {
    PendingShare.save(suggestion);
    DomGlobal.location.assign(site.fallbackUrl(text));
    return null;
  }

  /** Continues a share begun on the previous page (see {@link PendingShare}). */
  private void resumePending() {
    Suggestion pending = PendingShare.take(site.network());
    if (pending == null) {
      return;
    }
    Async.poll(site::openComposerEditor, 200, 10_000).then(editor -> {
      if (editor != null) {
        watcher.watch(pending, editor);
        panel.stepAside();
        panel.say("Ready in the composer: change the words if you like, then post.", null);
      }
      return null;
    });
  }
}
