package io.chorus.extension.content;

import elemental2.core.JsDate;
import io.chorus.extension.dom.NativeDom;
import io.chorus.extension.wire.JsReader;
import io.chorus.extension.wire.JsWriter;
import io.chorus.shared.wire.Suggestion;

/**
 * A share that continues on another page of the same site: when no composer can be opened in place,
 * Chorus navigates to the site's own prefilled composer and remembers here (this tab's session storage)
 * which suggestion it was, so the content script on the next page can watch for the post.
 */
final class PendingShare {
  private static final String KEY = "chorus.pendingShare";
  private static final double FRESH_FOR_MS = 10 * 60_000;

  private PendingShare() {}

  static void save(Suggestion suggestion) {
    String json = JsWriter.json(w -> {
      suggestion.write(w.object("suggestion"));
      w.put("at", (long) JsDate.now());
    });
    NativeDom.sessionStorage().setItem(KEY, json);
  }

  /** The pending suggestion for this network, if a fresh one was saved; it is removed either way. */
  static Suggestion take(io.chorus.shared.Network network) {
    String json = NativeDom.sessionStorage().getItem(KEY);
    if (json == null) {
      return null;
    }
    NativeDom.sessionStorage().removeItem(KEY);
    try {
      JsReader r = JsReader.parse(json);
      Suggestion s = Suggestion.read(r.object("suggestion"));
      boolean fresh = JsDate.now() - r.integer("at") < FRESH_FOR_MS;
      return fresh && s.network() == network ? s : null;
    } catch (RuntimeException corrupt) {
      return null;
    }
  }
}
