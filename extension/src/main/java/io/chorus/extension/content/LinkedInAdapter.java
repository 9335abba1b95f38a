package io.chorus.extension.content;

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
 * LinkedIn: the share box and composer live in an open shadow root (hosted by #interop-outlet) that
 * appears late; the composer's editor (Quill, or the newer Tiptap in a native dialog) has the same
 * label as every comment box — what tells them apart is that the composer sits in a dialog. A post is
 * confirmed by the "View post" link of the success toast.
 */
final class LinkedInAdapter implements SiteAdapter {
  private static final String EDITOR = "[contenteditable='true'][role='textbox']";
  private static final String DIALOG = "[role='dialog'], dialog";
  private static final String TRIGGER = "button.share-box-feed-entry__trigger, "
      + "[data-view-name='share-sharebox-focus'] button";
  private static final String TOAST_POST_LINK = "[role='alert'] a[href*='/feed/update/urn:li:activity:'], "
      + ".artdeco-toast-item a[href*='/feed/update/urn:li:activity:']";
  private static final String TOAST_ERROR = "[data-test-artdeco-toast-item-type='error']";

  @Override
  public Network network() {
    return Network.LINKEDIN;
  }

  @Override
  public HTMLElement openComposerEditor() {
    for (Element e : DeepQuery.all(EDITOR)) {
      Element dialog = e.closest(DIALOG);
      if (dialog != null && !"true".equals(dialog.getAttribute("aria-busy")) && Dom.visible(e)) {
        return Js.uncheckedCast(e);
      }
    }
    return null;
  }

  @Override
  public Promise<HTMLElement> openComposer() {
    HTMLElement open = openComposerEditor();
    if (open != null) {
      return Promise.resolve(open);
    }
    // The share box itself renders a moment after load.
    return Async.poll(() -> DeepQuery.first(TRIGGER), 100, 3000).then(trigger -> {
      if (trigger == null) {
        return Promise.resolve((HTMLElement) null);
      }
      Js.<HTMLElement>uncheckedCast(trigger).click();
      return Async.poll(this::openComposerEditor, 100, 6000);
    });
  }

  @Override
  public String fallbackUrl(String text) {
    return ShareIntents.linkedInComposer(text);
  }

  @Override
  public boolean isPostAction(List<Element> path, HTMLElement editor) {
    // Any button in the composer may be Post (its label is translated); the toast confirms.
    Element dialog = editor.closest(DIALOG);
    return dialog != null && Dom.pathHas(path, "button", dialog);
  }

  @Override
  public Set<String> postLinks() {
    return Dom.hrefs(TOAST_POST_LINK);
  }

  @Override
  public int failureNotices() {
    return DeepQuery.all(TOAST_ERROR).size();
  }
}
