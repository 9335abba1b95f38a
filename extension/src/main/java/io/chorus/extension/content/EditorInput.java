package io.chorus.extension.content;

import elemental2.dom.ClipboardEvent;
import elemental2.dom.DataTransfer;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;
import elemental2.dom.Selection;
import io.chorus.extension.dom.NativeDom;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Puts text into a site's rich editor the way a person's input arrives. Editors keep their own model
 * (Draft.js on X reverts innerHTML changes; Quill on LinkedIn ignores a synthetic paste), so Chorus
 * uses execCommand('insertText') — real input events — and checks the editor took it; a paste carrying
 * a DataTransfer is the second try.
 */
final class EditorInput {
  /** Editors read their DOM back asynchronously: give them this long before judging. */
  static final int SETTLE_MS = 60;

  private EditorInput() {}

  /** Adds the text at the end of the editor (after a space when it holds a draft); answers whether it shows. */
  static void insert(HTMLElement editor, String text, Callback<Boolean> took) {
    String before = NativeDom.innerText(editor);
    String input = before.trim().isEmpty() ? text : " " + text;
    focusAtEnd(editor);
    NativeDom.execCommand("insertText", input);
    DomGlobal.setTimeout(a -> {
      if (Drafts.shows(NativeDom.innerText(editor), text)) {
        took.on(true);
        return;
      }
      focusAtEnd(editor);
      paste(editor, input);
      DomGlobal.setTimeout(b -> took.on(Drafts.shows(NativeDom.innerText(editor), text)), SETTLE_MS);
    }, SETTLE_MS);
  }

  private static void focusAtEnd(HTMLElement editor) {
    editor.focus();
    Selection selection = DomGlobal.document.getSelection();
    if (selection != null) {
      selection.selectAllChildren(editor);
      selection.collapseToEnd();
    }
  }

  private static void paste(HTMLElement editor, String text) {
    DataTransfer data = new DataTransfer();
    data.setData("text/plain", text);
    JsPropertyMap<Object> init = JsPropertyMap.of("clipboardData", data, "bubbles", true, "cancelable", true);
    editor.dispatchEvent(new ClipboardEvent("paste", Js.uncheckedCast(init)));
  }
}
