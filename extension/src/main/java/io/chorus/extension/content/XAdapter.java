package io.chorus.extension.content;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import io.chorus.extension.dom.DeepQuery;
import io.chorus.shared.text.ShareIntents;
import jsinterop.base.Js;

/**
 * X (x.com, still served on twitter.com): the Draft.js editor is [data-testid=tweetTextarea_0] — inline
 * on /home, in the page's main on the intent pages, in a dialog for /compose/post (then two exist), and
 * also the reply box of a status page or a reply dialog (one that quotes the post replied to), which is
 * never a share. Post is tweetButton / tweetButtonInline or Ctrl+Enter; the toast's View link to
 * /&lt;user&gt;/status/&lt;id&gt; confirms it, an error toast says it failed.
 */
final class XAdapter implements SiteAdapter {
  private static final String EDITOR = "[data-testid='tweetTextarea_0']";
  private static final String POST_BUTTON = "[data-testid='tweetButton'], [data-testid='tweetButtonInline']";
  private static final String NEW_POST = "[data-testid='SideNav_NewTweet_Button']";
  private static final String TOAST = "[data-testid='toast']";
  private static final String TOAST_POST_LINK = "[data-testid='toast'] a[href*='/status/']";
  /** Once X has rendered its app, its New post button comes with the navigation, if at all. */
  private static final int NAV_WITHIN_MS = 1500;

  @Override
  public String network() {
    return "x";
  }

  @Override
  public String displayName() {
    return "X";
  }

  @Override
  public JsArray<DomComposer> composers() {
    boolean conversation = conversation(DomGlobal.location.pathname);
    JsArray<DomComposer> dialogs = new JsArray<>();
    JsArray<DomComposer> inPage = new JsArray<>();
    JsArray<Element> editors = DeepQuery.all(EDITOR);
    for (int i = 0; i < editors.length; i++) {
      Element editor = editors.getAt(i);
      Element root = composerOf(editor);
      if (root == null || !Dom.visible(editor)) {
        continue;
      }
      Element dialog = editor.closest("[role='dialog']");
      if (dialog != null) {
        // A dialog quoting a post is a reply (or a quote): not a share.
        if (dialog.querySelector("article, [data-testid='tweet']") == null) {
          dialogs.push(new DomComposer(Js.uncheckedCast(editor), root));
        }
      } else if (!conversation) {
        inPage.push(new DomComposer(Js.uncheckedCast(editor), root));
      }
    }
    for (int i = 0; i < inPage.length; i++) {
      dialogs.push(inPage.getAt(i));
    }
    return dialogs;
  }

  @Override
  public Element postControl(DomComposer composer) {
    return composer.root.querySelector(POST_BUTTON);
  }

  @Override
  public Element trigger() {
    Element newPost = DeepQuery.first(NEW_POST);
    return newPost != null && Dom.visible(newPost) ? newPost : null;
  }

  @Override
  public boolean building() {
    // X paints a splash and renders the app later (seconds on a slow line).
    return DomGlobal.document.querySelector("main, [role='main']") == null;
  }

  @Override
  public int triggerWaitMs(String path) {
    return NAV_WITHIN_MS;
  }

  @Override
  public boolean conversation(String path) {
    return SitePaths.xConversation(path);
  }

  @Override
  public boolean replying() {
    JsArray<Element> editors = DeepQuery.all(EDITOR);
    for (int i = 0; i < editors.length; i++) {
      Element dialog = editors.getAt(i).closest("[role='dialog']");
      if (dialog != null && dialog.querySelector("article, [data-testid='tweet']") != null && Dom.visible(dialog)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String sharePageUrl(String text) {
    return ShareIntents.xIntent(text, null, null);
  }

  @Override
  public JsArray<String> postLinks() {
    return Dom.hrefs(TOAST_POST_LINK);
  }

  @Override
  public int failureNotices() {
    int failures = 0;
    JsArray<Element> toasts = DeepQuery.all(TOAST);
    for (int i = 0; i < toasts.length; i++) {
      if (toasts.getAt(i).querySelector("a[href*='/status/']") == null) {
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
