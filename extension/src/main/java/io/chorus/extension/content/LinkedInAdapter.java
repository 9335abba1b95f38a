package io.chorus.extension.content;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import elemental2.dom.NodeList;
import io.chorus.extension.dom.DeepQuery;
import io.chorus.shared.text.ShareIntents;
import jsinterop.base.Js;

/**
 * LinkedIn: the share box and composer live in an open shadow root (hosted by #interop-outlet) that
 * appears late; the composer's editor (Quill, or the newer Tiptap in a native {@code <dialog>} with
 * hashed classes) has the same role and label as every comment box. What tells them apart: the composer
 * sits in a dialog (or is the share page itself), while comment and message boxes sit in a form or a
 * post. Its Post control is the last control after the editor (the close button comes before it); the
 * server-driven feed's share box is a plain {@code div[role=button]}, found by its words. A post is
 * confirmed by the "View post" link of the success toast.
 */
final class LinkedInAdapter implements SiteAdapter {
  private static final String EDITOR = "[contenteditable='true'][role='textbox'], .ql-editor[contenteditable='true'], "
      + ".ProseMirror[contenteditable='true']";
  private static final String DIALOG = "[role='dialog'], dialog";
  /** Where an editor is a comment, a message or part of a post, never a composer. */
  private static final String NOT_A_COMPOSER = "form, article, [role='article'], [data-urn]";
  private static final String KNOWN_TRIGGER = "button.share-box-feed-entry__trigger, "
      + "[data-view-name*='sharebox'] [role='button'], [data-view-name*='sharebox'] button, "
      + "[data-view-name*='share-box'] [role='button'], [data-view-name*='share-box'] button";
  private static final String TOAST_POST_LINK = "[role='alert'] a[href*='/feed/update/urn:li:'], "
      + ".artdeco-toast-item a[href*='/feed/update/urn:li:']";
  private static final String TOAST_ERROR = "[data-test-artdeco-toast-item-type='error']";
  /** The feed's share box renders well after load (in a shadow root): worth waiting this long for. */
  private static final int SHARE_BOX_WITHIN_MS = 8000;

  @Override
  public String network() {
    return "linkedin";
  }

  @Override
  public String displayName() {
    return "LinkedIn";
  }

  @Override
  public JsArray<DomComposer> composers() {
    JsArray<DomComposer> out = new JsArray<>();
    boolean sharePage = DomGlobal.location.pathname.startsWith("/sharing/");
    JsArray<Element> editors = DeepQuery.all(EDITOR);
    for (int i = 0; i < editors.length; i++) {
      Element editor = editors.getAt(i);
      // The cheap test first: comment boxes are many, and visibility costs a layout.
      if (editor.closest(NOT_A_COMPOSER) != null || !Dom.visible(editor)) {
        continue;
      }
      Element root = editor.closest(DIALOG);
      if (root != null && !"true".equals(root.getAttribute("aria-busy"))) {
        out.push(new DomComposer(Js.uncheckedCast(editor), root));
      } else if (root == null && sharePage) {
        out.push(new DomComposer(Js.uncheckedCast(editor), blockOf(editor)));
      }
    }
    return out;
  }

  @Override
  public Element postControl(DomComposer composer) {
    Element primary = composer.root.querySelector(".share-actions__primary-action");
    if (primary != null) {
      return primary;
    }
    // Close comes before the editor; toolbar buttons and Post after it, Post last.
    NodeList<Element> controls = composer.root.querySelectorAll(Dom.CONTROL);
    Element last = null;
    for (int i = 0; i < controls.length; i++) {
      Element c = controls.item(i);
      if (!Dom.follows(composer.editor, c) || !Dom.visible(c) || c.hasAttribute("aria-haspopup")) {
        continue;
      }
      if (Labels.posts(Dom.label(c))) {
        return c;
      }
      last = c;
    }
    return last;
  }

  @Override
  public Element trigger() {
    Element known = DeepQuery.first(KNOWN_TRIGGER);
    if (known != null && Dom.visible(known)) {
      return known;
    }
    // Hashed classes, or the server-driven feed's div[role=button]: its words, in the page's language.
    JsArray<Element> controls = DeepQuery.all(Dom.CONTROL);
    for (int i = 0; i < controls.length; i++) {
      Element c = controls.getAt(i);
      if (Labels.startsPost(Dom.label(c)) && c.closest(NOT_A_COMPOSER + ", " + DIALOG) == null && Dom.visible(c)) {
        return c;
      }
    }
    return null;
  }

  @Override
  public boolean building() {
    return DeepQuery.first("[role='dialog'][aria-busy='true'], dialog[aria-busy='true']") != null;
  }

  @Override
  public int triggerWaitMs(String path) {
    return SitePaths.linkedInComposes(path) ? SHARE_BOX_WITHIN_MS : 0;
  }

  @Override
  public boolean conversation(String path) {
    return SitePaths.linkedInConversation(path);
  }

  @Override
  public boolean replying() {
    // LinkedIn's comment boxes sit in the feed, never in a dialog of their own.
    return false;
  }

  @Override
  public String sharePageUrl(String text) {
    return ShareIntents.linkedInComposer(text);
  }

  @Override
  public JsArray<String> postLinks() {
    return Dom.hrefs(TOAST_POST_LINK);
  }

  @Override
  public int failureNotices() {
    return DeepQuery.all(TOAST_ERROR).length;
  }

  /** On the share page the composer is the page: its root is the nearest block that also holds controls. */
  private static Element blockOf(Element editor) {
    for (Element e = editor.parentElement; e != null; e = e.parentElement) {
      if (e.querySelector(Dom.CONTROL) != null) {
        return e;
      }
    }
    return Js.<HTMLElement>uncheckedCast(editor);
  }
}
