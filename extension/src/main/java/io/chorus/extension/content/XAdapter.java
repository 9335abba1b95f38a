package io.chorus.extension.content;

import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import elemental2.promise.Promise;
import io.chorus.extension.dom.Async;
import io.chorus.extension.dom.DeepQuery;
import io.chorus.shared.Network;
import io.chorus.shared.text.ShareIntents;
import java.util.List;
import java.util.Set;
import jsinterop.base.Js;

/**
 * X (x.com, still served on twitter.com): the Draft.js editor is [data-testid=tweetTextarea_0] — inline
 * on /home, in a dialog for /compose/post and the intent pages (then two exist), and also the reply box
 * of a status page, which is never a share. Post is tweetButton / tweetButtonInline or Ctrl+Enter; the
 * toast's View link to /&lt;user&gt;/status/&lt;id&gt; confirms it, an error toast says it failed.
 */
final class XAdapter implements SiteAdapter {
  private static final String EDITOR = "[data-testid='tweetTextarea_0']";
  private static final String DIALOG = "[role='dialog']";
  private static final String POST_BUTTON = "[data-testid='tweetButton'], [data-testid='tweetButtonInline']";
  private static final String NEW_POST = "[data-testid='SideNav_NewTweet_Button']";
  private static final String TOAST = "[data-testid='toast']";
  private static final String TOAST_POST_LINK = "[data-testid='toast'] a[href*='/status/']";
  private static final int APP_RENDERS_WITHIN_MS = 8000;

  @Override
  public Network network() {
    return Network.X;
  }

  @Override
  public HTMLElement openComposerEditor() {
    List<Element> editors = DeepQuery.all(EDITOR);
    for (Element e : editors) {
      if (e.closest(DIALOG) != null && Dom.visible(e)) {
        return Js.uncheckedCast(e);
      }
    }
    // The inline composer of the home timeline; on a status page the inline box is a reply.
    if ("/home".equals(DomGlobal.location.pathname)) {
      for (Element e : editors) {
        if (Dom.visible(e)) {
          return Js.uncheckedCast(e);
        }
      }
    }
    return null;
  }

  @Override
  public Promise<HTMLElement> openComposer() {
    // X paints a splash and renders the app later (seconds on a slow line), while the panel may be
    // ready first: wait for a composer or the New post button before giving up on this page.
    return Async.poll(() -> openComposerEditor() != null || DeepQuery.first(NEW_POST) != null ? Boolean.TRUE : null,
        100, APP_RENDERS_WITHIN_MS).then(rendered -> {
          HTMLElement open = openComposerEditor();
          if (open != null) {
            return Promise.resolve(open);
          }
          Element newPost = DeepQuery.first(NEW_POST);
          if (newPost == null) {
            return Promise.resolve((HTMLElement) null);
          }
          Js.<HTMLElement>uncheckedCast(newPost).click();
          return Async.poll(this::openComposerEditor, 100, 5000);
        });
  }

  @Override
  public String fallbackUrl(String text) {
    return ShareIntents.xIntent(text, null, null);
  }

  @Override
  public boolean isPostAction(List<Element> path, HTMLElement editor) {
    Element composer = composerOf(editor);
    return composer != null && Dom.pathHas(path, POST_BUTTON, composer);
  }

  @Override
  public Set<String> postLinks() {
    return Dom.hrefs(TOAST_POST_LINK);
  }

  @Override
  public int failureNotices() {
    int failures = 0;
    for (Element toast : DeepQuery.all(TOAST)) {
      if (toast.querySelector("a[href*='/status/']") == null) {
        failures++;
      }
    }
    return failures;
  }

  /** The smallest ancestor of the editor that also holds a post button: its composer. */
  private static Element composerOf(Element editor) {
    for (Element e = editor.parentElement; e != null; e = e.parentElement) {
      if (e.querySelector(POST_BUTTON) != null) {
        return e;
      }
    }
    return null;
  }
}
