package io.chorus.extension.content;

import elemental2.dom.ClipboardEvent;
import elemental2.dom.DataTransfer;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;
import elemental2.dom.Selection;
import elemental2.promise.Promise;
import io.chorus.extension.dom.Async;
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
  private EditorInput() {}

  /** Resolves true when the editor shows the text. */
  static Promise<Boolean> insert(HTMLElement editor, String text) {
    focusAtEnd(editor);
    NativeDom.execCommand("insertText", text);
    return took(editor, text).then(ok -> {
      if (ok) {
        return Promise.resolve(true);
      }
      focusAtEnd(editor);
      paste(editor, text);
      return took(editor, text);
    });
  }

  /** Normalised so the editor's own line and space handling does not matter. */
  static String normalise(String s) {
    return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
  }

  private static Promise<Boolean> took(HTMLElement editor, String text) {
    // Editors read their DOM back asynchronously: give them a moment before judging.
    return Async.delay(60).then(v -> Promise.resolve(
        normalise(NativeDom.innerText(editor)).contains(normalise(text))));
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
