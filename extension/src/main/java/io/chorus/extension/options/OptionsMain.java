package io.chorus.extension.options;

import com.google.gwt.core.client.EntryPoint;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import elemental2.dom.HTMLInputElement;
import elemental2.promise.Promise;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.chrome.ChromePermissions.Origins;
import io.chorus.extension.i18n.BrowserWords;
import io.chorus.extension.i18n.Words;
import io.chorus.extension.messaging.Messages;
import io.chorus.extension.messaging.Prefs;
import io.chorus.extension.ui.Elements;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The options page (options.js): the address of the company's Chorus server. Saving a new address asks
 * Chrome for access to it (only localhost is granted up front), checks that a Chorus server answers
 * there, and signs out of the old one.
 */
public final class OptionsMain implements EntryPoint {
  private static final Words W = BrowserWords.get();
  private HTMLInputElement address;
  private HTMLElement status;

  @Override
  public void onModuleLoad() {
    HTMLElement body = DomGlobal.document.body;
    body.appendChild(Elements.text("h1", W.get("o_title")));
    body.appendChild(Elements.text("p", W.get("o_hint")));
    HTMLFormElement form = (HTMLFormElement) DomGlobal.document.createElement("form");
    address = (HTMLInputElement) DomGlobal.document.createElement("input");
    address.type = "url";
    address.name = "serverUrl";
    address.required = true;
    address.placeholder = Messages.DEFAULT_SERVER_URL;
    HTMLElement label = Elements.text("label", W.get("o_address"));
    label.appendChild(address);
    HTMLButtonElement save = (HTMLButtonElement) Elements.text("button", W.get("a_save"));
    save.type = "submit";
    status = Elements.text("p", "");
    status.setAttribute("role", "status");
    status.className = "status";
    form.appendChild(label);
    form.appendChild(save);
    form.appendChild(status);
    form.addEventListener("submit", e -> {
      e.preventDefault();
      save(address.value.trim());
    });
    body.appendChild(form);
    body.appendChild(switches());

    Chrome.storage.getLocal().get("serverUrl").then(items -> {
      Object url = items.get("serverUrl");
      address.value = url == null ? Messages.DEFAULT_SERVER_URL : Js.asString(url);
      return null;
    });
  }

  /**
   * The employee's own switches: the in-page panel (off: the side panel only; the company may keep it off
   * anyway, which is said here), and each notification. Saved at once; absent means on.
   */
  private static HTMLElement switches() {
    HTMLElement section = (HTMLElement) DomGlobal.document.createElement("section");
    section.className = "switches";
    HTMLElement companyOff = Elements.text("p", W.get("o_companyoff"));
    companyOff.className = "hint company-off";
    companyOff.hidden = true;
    section.appendChild(toggle(Prefs.IN_PAGE_PANEL, W.get("o_panel"), W.get("o_panelhint")));
    section.appendChild(companyOff);
    section.appendChild(toggle(Prefs.NOTIFY_BADGES, W.get("o_badges"), null));
    section.appendChild(toggle(Prefs.NOTIFY_CONTESTS, W.get("o_contests"), null));
    Chrome.storage.getLocal().get(Prefs.COMPANY_IN_PAGE_PANEL).then(items -> {
      companyOff.hidden = !Boolean.FALSE.equals(items.get(Prefs.COMPANY_IN_PAGE_PANEL));
      return null;
    });
    return section;
  }

  private static HTMLElement toggle(String key, String text, String hint) {
    HTMLInputElement box = (HTMLInputElement) DomGlobal.document.createElement("input");
    box.type = "checkbox";
    box.name = key;
    box.setAttribute("role", "switch");
    HTMLElement label = Elements.text("label", text);
    label.className = "switch";
    label.insertBefore(box, label.firstChild);
    Chrome.storage.getLocal().get(key).then(items -> {
      box.checked = !Boolean.FALSE.equals(items.get(key));
      return null;
    });
    box.addEventListener("change", e -> Chrome.storage.getLocal().set(JsPropertyMap.of(key, box.checked)));
    if (hint == null) {
      return label;
    }
    HTMLElement wrap = (HTMLElement) DomGlobal.document.createElement("div");
    HTMLElement p = Elements.text("p", hint);
    p.className = "hint";
    wrap.appendChild(label);
    wrap.appendChild(p);
    return wrap;
  }

  private void save(String input) {
    String origin = ServerAddress.origin(input);
    if (origin == null) {
      say(W.get("o_bad"), "bad");
      return;
    }
    // Asked first, inside the click: Chrome only shows the permission prompt during a user gesture.
    Chrome.permissions.request(Origins.of(origin + "/*"))
        .then(granted -> {
          if (!granted) {
            say(W.get("o_permission", origin), "bad");
            return Promise.resolve((Object) null);
          }
          say(W.get("o_checking", origin), null);
          return DomGlobal.fetch(origin + "/health")
              .then(response -> {
                if (response.status != 200) {
                  say(W.get("o_notready", origin, String.valueOf(response.status)), "bad");
                }
                return store(origin, response.status == 200);
              })
              .catch_(failure -> {
                say(W.get("o_noserver", origin), "bad");
                return null;
              });
        });
  }

  private Promise<Object> store(String origin, boolean healthy) {
    return Chrome.storage.getLocal().get("serverUrl").then(items -> {
      boolean changed = !origin.equals(items.get("serverUrl"));
      Promise<Void> saved = Chrome.storage.getLocal().set(JsPropertyMap.of("serverUrl", origin));
      // A token from another server means nothing here.
      Promise<Void> done = changed ? saved.then(v -> Chrome.storage.getLocal().remove("session")) : saved;
      return done.then(v -> {
        address.value = origin;
        if (healthy) {
          say(W.get("o_saved", origin) + (changed ? " " + W.get("o_signin") : ""), "good");
        }
        return Promise.resolve((Object) null);
      });
    });
  }

  private void say(String message, String tone) {
    status.textContent = message;
    status.className = "status " + (tone == null ? "" : tone);
  }
}
