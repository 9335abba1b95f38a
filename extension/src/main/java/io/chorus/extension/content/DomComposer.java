package io.chorus.extension.content;

import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import io.chorus.extension.dom.NativeDom;

/** A composer on the page: its editor and its root (the dialog, or the block holding its Post control). */
final class DomComposer implements Composer {
  final HTMLElement editor;
  final Element root;

  DomComposer(HTMLElement editor, Element root) {
    this.editor = editor;
    this.root = root;
  }

  @Override
  public String text() {
    return NativeDom.innerText(editor);
  }

  @Override
  public void insert(String text, Callback<Boolean> took) {
    EditorInput.insert(editor, text, took);
  }

  /** Whether it is still on the page and shown. */
  boolean open() {
    return Dom.visible(editor) && root.isConnected;
  }
}
