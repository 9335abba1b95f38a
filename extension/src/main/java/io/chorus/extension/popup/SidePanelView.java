package io.chorus.extension.popup;

import elemental2.dom.HTMLElement;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.i18n.BrowserWords;
import io.chorus.extension.i18n.Words;
import io.chorus.extension.messaging.Messages;
import io.chorus.extension.messaging.Prefs;
import io.chorus.extension.messaging.WorkerClient;
import io.chorus.extension.ui.Nodes;
import jsinterop.base.JsPropertyMap;

/**
 * The browser's side panel (sidepanel.html): the same suggestions as the in-page panel, beside the page
 * and touching nothing in it — the way to use Chorus when the employee or the company keeps the panel
 * off LinkedIn's and X's pages. Follows sign-in, sign-out and the pause as they happen.
 */
final class SidePanelView {
  private static final Words W = BrowserWords.get();

  private final HTMLElement body;

  SidePanelView(HTMLElement body) {
    this.body = body;
  }

  void start() {
    show();
    Chrome.storage.getOnChanged().addListener((changes, area) -> {
      if ("local".equals(area) && (changes.has("session") || changes.has(Prefs.PAUSED))) {
        show();
      }
    });
  }

  private void show() {
    WorkerClient.send(JsPropertyMap.of("type", Messages.SESSION)).then(reply -> {
      body.textContent = "";
      body.appendChild(Nodes.text("h1", null, W.get("sp_title")));
      if (Messages.SIGNED_IN.equals(reply.string("status"))) {
        body.appendChild(Nodes.text("p", "hint", W.get("sp_hint")));
        ShareList list = new ShareList(true);
        body.appendChild(list.element());
        list.load();
      } else {
        body.appendChild(Nodes.text("p", "hint", W.get("p_signin")));
      }
      return null;
    });
  }
}
