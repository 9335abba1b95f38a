package io.chorus.extension.content;

import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.Event;
import elemental2.dom.EventTarget;
import elemental2.dom.HTMLElement;
import elemental2.dom.KeyboardEvent;
import io.chorus.extension.dom.Async;
import io.chorus.extension.dom.NativeDom;
import io.chorus.shared.wire.Suggestion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/**
 * Notices when the employee really posts what Chorus prefilled: a post action in that composer (a click
 * on its Post button, or Ctrl/Cmd+Enter in its editor) followed by the site's own success notice with a
 * link to the new post. The text is read at the moment of the action, before the site clears it.
 * Nothing counts without the site's confirmation: a failed post or a closed composer reports nothing.
 */
final class PostWatcher {
  static final int CONFIRM_WITHIN_MS = 30_000;

  interface Outcome {
    void posted(Suggestion suggestion, String postUrl, String postedText);

    void failed(Suggestion suggestion);
  }

  private final SiteAdapter site;
  private final Outcome outcome;
  private Suggestion suggestion;
  private HTMLElement editor;
  private int generation;
  private boolean confirming;

  PostWatcher(SiteAdapter site, Outcome outcome) {
    this.site = site;
    this.outcome = outcome;
    // Capture phase: we see the action before the site's own handler closes the composer.
    DomGlobal.document.addEventListener("click", this::onClick, true);
    DomGlobal.document.addEventListener("keydown", this::onKeyDown, true);
  }

  /** Watches this editor for the post of this suggestion (replacing any earlier watch). */
  void watch(Suggestion suggestion, HTMLElement editor) {
    this.suggestion = suggestion;
    this.editor = editor;
    generation++;
    confirming = false;
  }

  /** Stops watching (the text never made it into the composer). */
  void cancel() {
    suggestion = null;
    editor = null;
    generation++;
    confirming = false;
  }

  /** Whether a composer is watched and no post action was seen in it yet. */
  boolean awaitingPost() {
    return editor != null && !confirming;
  }

  /** Whether a post action was seen and the site's confirmation is awaited. */
  boolean confirming() {
    return confirming;
  }

  private void onClick(Event e) {
    if (editor != null && site.isPostAction(path(e), editor)) {
      postAction();
    }
  }

  private void onKeyDown(Event e) {
    KeyboardEvent key = Js.uncheckedCast(e);
    if (editor != null && "Enter".equals(key.key) && (key.ctrlKey || key.metaKey) && path(e).contains(editor)) {
      postAction();
    }
  }

  private void postAction() {
    Suggestion watched = suggestion;
    String text = NativeDom.innerText(editor);
    Set<String> before = site.postLinks();
    int failuresBefore = site.failureNotices();
    int mine = ++generation;
    confirming = true;
    Async.poll(() -> {
      if (mine != generation) {
        return "superseded";
      }
      Set<String> now = new HashSet<>(site.postLinks());
      now.removeAll(before);
      if (!now.isEmpty()) {
        return now.iterator().next();
      }
      return site.failureNotices() > failuresBefore ? "failed" : null;
    }, 200, CONFIRM_WITHIN_MS).then(result -> {
      if (mine != generation) {
        return null;
      }
      confirming = false;
      if (result == null) {
        return null;
      }
      editor = null;
      suggestion = null;
      if ("failed".equals(result)) {
        outcome.failed(watched);
      } else {
        outcome.posted(watched, result, text);
      }
      return null;
    });
  }

  /** The event's path as elements, through open shadow roots (LinkedIn's composer lives in one). */
  private static List<Element> path(Event e) {
    List<Element> out = new ArrayList<>();
    for (EventTarget t : Js.<EventPath>uncheckedCast(e).composedPath()) {
      Object nodeType = Js.asPropertyMap(t).get("nodeType");
      if (nodeType != null && Js.asDouble(nodeType) == 1) {
        out.add(Js.uncheckedCast(t));
      }
    }
    return out;
  }

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Event")
  private static class EventPath {
    native EventTarget[] composedPath();
  }
}
