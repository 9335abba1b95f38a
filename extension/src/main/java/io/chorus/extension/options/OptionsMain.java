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
import io.chorus.extension.messaging.Messages;
import io.chorus.extension.ui.Elements;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The options page (options.js): the address of the company's Chorus server. Saving a new address asks
 * Chrome for access to it (only localhost is granted up front), checks that a Chorus server answers
 * there, and signs out of the old one.
 */
public final class OptionsMain implements EntryPoint {
  private HTMLInputElement address;
  private HTMLElement status;

  @Override
  public void onModuleLoad() {
    HTMLElement body = DomGlobal.document.body;
    body.appendChild(Elements.text("h1", "Chorus settings"));
    body.appendChild(Elements.text("p", "The address of your company's Chorus server. Your advocacy "
        + "liaison can tell you what it is."));
    HTMLFormElement form = (HTMLFormElement) DomGlobal.document.createElement("form");
    address = (HTMLInputElement) DomGlobal.document.createElement("input");
    address.type = "url";
    address.name = "serverUrl";
    address.required = true;
    address.placeholder = Messages.DEFAULT_SERVER_URL;
    HTMLElement label = Elements.text("label", "Server address");
    label.appendChild(address);
    HTMLButtonElement save = (HTMLButtonElement) Elements.text("button", "Save");
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

    Chrome.storage.getLocal().get("serverUrl").then(items -> {
      Object url = items.get("serverUrl");
      address.value = url == null ? Messages.DEFAULT_SERVER_URL : Js.asString(url);
      return null;
    });
  }

  private void save(String input) {
    String origin = ServerAddress.origin(input);
    if (origin == null) {
      say("Enter an address like https://chorus.example.com or http://localhost:8080.", "bad");
      return;
    }
    // Asked first, inside the click: Chrome only shows the permission prompt during a user gesture.
    Chrome.permissions.request(Origins.of(origin + "/*"))
        .then(granted -> {
          if (!granted) {
            say("Chorus needs permission to reach " + origin + " to work.", "bad");
            return Promise.resolve((Object) null);
          }
          say("Checking " + origin + "…", null);
          return DomGlobal.fetch(origin + "/health")
              .then(response -> {
                if (response.status != 200) {
                  say("Saved, but the server at " + origin + " is not ready (" + response.status + ").", "bad");
                }
                return store(origin, response.status == 200);
              })
              .catch_(failure -> {
                say("No Chorus server answers at " + origin + ". Check the address.", "bad");
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
          say("Saved. Chorus talks to " + origin + "." + (changed ? " Sign in from the toolbar button." : ""), "good");
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
