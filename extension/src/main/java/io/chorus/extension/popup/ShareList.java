package io.chorus.extension.popup;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.promise.Promise;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.chrome.ChromeUi;
import io.chorus.extension.i18n.BrowserWords;
import io.chorus.extension.i18n.Words;
import io.chorus.extension.messaging.Messages;
import io.chorus.extension.messaging.PanelItem;
import io.chorus.extension.messaging.Prefs;
import io.chorus.extension.messaging.WorkerClient;
import io.chorus.extension.ui.Nodes;
import io.chorus.extension.wire.JsReader;
import io.chorus.shared.text.ShareIntents;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The items to share, for the popup and the side panel: each once, with a button per network it is
 * offered on, and Later / Not for me. Share opens the network's own share page in a new tab, prefilled,
 * and leaves the item for that page's content script (chrome.storage, {@link Prefs#PENDING_SHARE}), which
 * watches its Post and reports it: nothing here touches the page the employee is on. Every title and text
 * goes in as text.
 */
final class ShareList {
  private static final Words W = BrowserWords.get();
  private static final String[] NETWORKS = {"linkedin", "x"};
  private static final double SNOOZE_MS = 24 * 3600_000.0;

  private final boolean withText;
  private final HTMLElement root = Nodes.el("section", "to-share");
  private final HTMLElement list = Nodes.el("ol", "share-items");
  private final HTMLElement status = Nodes.el("p", "status");

  /** {@code withText}: the side panel shows each item's words too; the popup only its title. */
  ShareList(boolean withText) {
    this.withText = withText;
    status.setAttribute("role", "status");
    Nodes.append(root, Nodes.text("h2", null, W.get("u_toshare")), list, status);
  }

  HTMLElement element() {
    return root;
  }

  /** Asks the worker for both networks' suggestions and shows them, marking them seen (the badge). */
  void load() {
    Promise<JsReader> linkedin = ask("linkedin");
    Promise<JsReader> x = ask("x");
    linkedin.then(a -> x.then(b -> {
      show(new JsReader[] {a, b});
      return null;
    }));
  }

  private static Promise<JsReader> ask(String network) {
    return WorkerClient.send(JsPropertyMap.of("type", Messages.SUGGESTIONS, "network", network));
  }

  private void show(JsReader[] answers) {
    list.textContent = "";
    status.textContent = "";
    JsArray<Object> ids = new JsArray<>();
    JsPropertyMap<HTMLElement> rows = JsPropertyMap.of();
    for (int n = 0; n < answers.length; n++) {
      JsReader answer = answers[n];
      if (!Messages.OK.equals(answer.optString("status"))) {
        status.textContent = answer.optString("message");
        continue;
      }
      PanelItem[] items = Js.uncheckedCast(answer.raw().get("suggestions"));
      for (PanelItem item : items) {
        String id = String.valueOf((long) item.contentId);
        HTMLElement row = rows.get(id);
        if (row == null) {
          row = row(item);
          rows.set(id, row);
          list.appendChild(row);
          ids.push(item.contentId);
        }
        row.querySelector(".networks").appendChild(shareButton(item, NETWORKS[n]));
      }
    }
    if (ids.length == 0 && status.textContent.isEmpty()) {
      status.textContent = W.get("u_nothing");
    }
    WorkerClient.send(JsPropertyMap.of("type", Messages.SEEN, "ids", ids));
  }

  private HTMLElement row(PanelItem item) {
    HTMLElement li = Nodes.el("li", "share-item");
    li.setAttribute("data-content-id", String.valueOf((long) item.contentId));
    li.appendChild(Nodes.append(Nodes.el("p", "title"), Nodes.userText(null, item.title)));
    if (withText) {
      li.appendChild(Nodes.append(Nodes.el("p", "text"), Nodes.userText(null, item.text)));
    }
    HTMLElement actions = Nodes.el("div", "networks");
    li.appendChild(actions);
    HTMLElement more = Nodes.el("div", "more");
    more.appendChild(button(W.get("p_snooze"), "snooze", () -> hide(li, item, JsDate.now() + SNOOZE_MS)));
    more.appendChild(button(W.get("p_dismiss"), "dismiss", () -> hide(li, item, 0)));
    li.appendChild(more);
    return li;
  }

  private HTMLButtonElement shareButton(PanelItem item, String network) {
    String name = "x".equals(network) ? "X" : "LinkedIn";
    HTMLButtonElement b = button(name, "share-" + network, () -> share(item, network));
    b.setAttribute("aria-label", W.get("sp_on", name));
    return b;
  }

  /** The network's own share page, prefilled, in a new tab; its content script takes the item from storage. */
  private void share(PanelItem item, String network) {
    String url = "x".equals(network) ? ShareIntents.xIntent(item.shareText, null, null)
        : ShareIntents.linkedInComposer(item.shareText);
    Chrome.storage.getLocal().set(JsPropertyMap.of(Prefs.PENDING_SHARE, JsPropertyMap.of("item", item, "at", JsDate.now())))
        .then(v -> ChromeUi.tabs.create(JsPropertyMap.of("url", url, "active", true)));
  }

  private void hide(HTMLElement li, PanelItem item, double until) {
    WorkerClient.send(JsPropertyMap.of("type", Messages.DISMISS, "contentId", item.contentId, "until", until))
        .then(reply -> {
          if (Messages.OK.equals(reply.optString("status"))) {
            li.remove();
            status.textContent = W.get(until == 0 ? "c_gone" : "c_later");
          } else {
            status.textContent = reply.optString("message");
          }
          return null;
        });
  }

  private static HTMLButtonElement button(String label, String action, Runnable onClick) {
    HTMLButtonElement b = (HTMLButtonElement) Nodes.text("button", action, label);
    b.setAttribute("data-chorus", action);
    b.addEventListener("click", e -> onClick.run());
    return b;
  }
}
