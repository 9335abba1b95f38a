package io.chorus.extension.content;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.Event;
import elemental2.dom.KeyboardEvent;
import elemental2.dom.MutationObserver;
import elemental2.dom.MutationObserverInit;
import jsinterop.base.Js;

/**
 * Notices when the employee really posts what Chorus prefilled: a click on the composer's own Post
 * control (never its close, Discard or toolbar buttons) or Ctrl/Cmd+Enter in its editor, and then the
 * site's own success notice with a link to the new post. The text is read at the moment of the action,
 * before the site clears it. A composer that closes without that action ends the watch; nothing counts
 * without the site's confirmation.
 *
 * <p>The watched composer is the one Share filled, or — after a copy, or once it was swapped for another
 * (LinkedIn's prefilled page does that) — any open composer whose text holds the item's link.
 */
final class PostWatcher {
  static final int CONFIRM_WITHIN_MS = 30_000;
  /** A composer gone this long is closed (a placeholder swapped for the real dialog is not). */
  static final int CLOSED_FOR_MS = 400;

  private final SiteAdapter site;
  private final Page.Events events;
  private boolean watching;
  private boolean confirming;
  private DomComposer composer;
  private String link;
  private int generation;
  private double goneSince = -1;
  /** Live contests' hashtags, lower case: with none, an own post is never looked at. */
  private String[] tags;
  private final MutationObserver edits;

  PostWatcher(SiteAdapter site, Page.Events events) {
    this.site = site;
    this.events = events;
    // Capture phase: we see the action before the site's own handler closes the composer.
    DomGlobal.document.addEventListener("click", this::onClick, true);
    DomGlobal.document.addEventListener("keydown", this::onKeyDown, true);
    // Edits are read from the DOM after the editor's own handlers ran: an input listener here would
    // run between the page's listeners (and their microtasks), which an editor may not expect.
    edits = new MutationObserver((records, o) -> {
      guarded(this::edited);
      return null;
    });
  }

  void watch(DomComposer composer, String link) {
    this.watching = true;
    this.confirming = false;
    this.link = link;
    this.goneSince = -1;
    follow(composer);
    generation++;
  }

  void contestTags(String[] tags) {
    this.tags = tags == null || tags.length == 0 ? null : tags;
  }

  void unwatch() {
    watching = false;
    confirming = false;
    follow(null);
    link = null;
    generation++;
  }

  /** Called on every page check: notices the watched composer closing (or, after a copy, the one pasted into). */
  void check() {
    if (!watching || confirming) {
      return;
    }
    if (composer != null && composer.open()) {
      goneSince = -1;
      return;
    }
    DomComposer successor = holder();
    if (successor != null) {
      follow(successor);
      goneSince = -1;
    } else if (composer == null) {
      return;
    } else if (goneSince < 0) {
      goneSince = JsDate.now();
    } else if (JsDate.now() - goneSince >= CLOSED_FOR_MS) {
      unwatch();
      events.composerClosed();
    }
  }

  /** Whether {@link #check} should look again soon (a composer is disappearing). */
  boolean closing() {
    return watching && goneSince >= 0;
  }

  private void onClick(Event e) {
    if ((watching || tags != null) && !confirming && !ContentScript.paused) {
      guarded(() -> {
        JsArray<Element> path = Dom.path(e);
        DomComposer c = watching ? target(path) : ownPost(path);
        if (c != null && Dom.passes(path, site.postControl(c))) {
          action(c);
        }
      });
    }
  }

  private void onKeyDown(Event e) {
    KeyboardEvent key = Js.uncheckedCast(e);
    if ((watching || tags != null) && !confirming && !ContentScript.paused && "Enter".equals(key.key) && (key.ctrlKey || key.metaKey)) {
      guarded(() -> {
        JsArray<Element> path = Dom.path(e);
        DomComposer c = watching ? target(path) : ownPost(path);
        if (c != null && Dom.passes(path, c.editor)) {
          action(c);
        }
      });
    }
  }

  private void edited() {
    if (watching && !confirming && composer != null && !ContentScript.paused) {
      events.edited(composer.text());
    }
  }

  /** Watches this composer's edits (and only its). */
  private void follow(DomComposer next) {
    if (next != null && composer != null && next.root == composer.root) {
      composer = next;
      return;
    }
    edits.disconnect();
    composer = next;
    if (next != null) {
      MutationObserverInit init = MutationObserverInit.create();
      init.setChildList(true);
      init.setSubtree(true);
      init.setCharacterData(true);
      edits.observe(next.root, init);
    }
  }

  /** The watched composer the event happened in, if any. */
  private DomComposer target(JsArray<Element> path) {
    JsArray<DomComposer> open = site.composers();
    for (int i = 0; i < open.length; i++) {
      DomComposer c = open.getAt(i);
      if ((Dom.passes(path, c.editor) || Dom.passes(path, c.root)) && watched(c)) {
        return c;
      }
    }
    return null;
  }

  /**
   * Outside a share: the composer the event happened in when its text holds one of the contests' hashtags
   * (a plain lower-case look; the worker decides with the real hashtag rules), else null.
   */
  private DomComposer ownPost(JsArray<Element> path) {
    JsArray<DomComposer> open = site.composers();
    for (int i = 0; i < open.length; i++) {
      DomComposer c = open.getAt(i);
      if (Dom.passes(path, c.editor) || Dom.passes(path, c.root)) {
        String text = c.text().toLowerCase();
        for (String tag : tags) {
          if (text.contains("#" + tag) || text.contains("\uFF03" + tag)) {
            return c;
          }
        }
      }
    }
    return null;
  }

  private boolean watched(DomComposer c) {
    return composer != null && (c.editor == composer.editor || c.root == composer.root)
        || link != null && c.text().contains(link);
  }

  /** An open composer holding the link (the watched one's successor), or null. */
  private DomComposer holder() {
    JsArray<DomComposer> open = site.composers();
    for (int i = 0; i < open.length; i++) {
      if (link != null && open.getAt(i).text().contains(link)) {
        return open.getAt(i);
      }
    }
    return null;
  }

  private void action(DomComposer c) {
    String text = c.text();
    JsArray<String> before = site.postLinks();
    int failuresBefore = site.failureNotices();
    int mine = ++generation;
    double deadline = JsDate.now() + CONFIRM_WITHIN_MS;
    confirming = true;
    follow(c);
    events.postAction(text);
    Runnable[] poll = new Runnable[2];
    poll[0] = () -> {
      if (mine != generation) {
        return;
      }
      JsArray<String> now = site.postLinks();
      for (int i = 0; i < now.length; i++) {
        if (before.indexOf(now.getAt(i)) < 0) {
          unwatch();
          events.posted(now.getAt(i));
          return;
        }
      }
      if (site.failureNotices() > failuresBefore) {
        confirming = false;
        // The draft usually stays; if its composer went, any composer that gets the link is watched.
        if (!c.open()) {
          follow(null);
        }
        events.postFailed();
      } else if (JsDate.now() >= deadline) {
        confirming = false;
        follow(c.open() ? c : null);
        events.postUnconfirmed();
      } else {
        poll[1].run();
      }
    };
    poll[1] = () -> DomGlobal.setTimeout(ignored -> guarded(poll[0]), 200);
    poll[1].run();
  }

  /** Listener bodies never throw into the page (a selector the page's DOM surprises, say). */
  static void guarded(Runnable body) {
    try {
      body.run();
    } catch (RuntimeException ignored) {
      // nothing recognised: Chorus stays quiet
    }
  }

}
