package io.chorus.extension.popup;

import elemental2.dom.DomGlobal;
import elemental2.dom.EventListener;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import elemental2.dom.HTMLInputElement;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.i18n.BrowserWords;
import io.chorus.extension.i18n.Words;
import io.chorus.extension.messaging.Messages;
import io.chorus.extension.messaging.Prefs;
import io.chorus.extension.messaging.WorkerClient;
import io.chorus.extension.ui.Elements;
import io.chorus.extension.ui.Nodes;
import io.chorus.extension.wire.JsReader;
import io.chorus.extension.wire.JsWriter;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.Me;
import io.chorus.shared.wire.Profile;
import io.chorus.shared.wire.Role;
import io.chorus.shared.wire.SignInRequest;
import io.chorus.shared.wire.WireException;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The popup's two states: a sign-in form, or the signed-in employee's standing, streak and badges
 * ({@link MeView}) with the kudos form ({@link KudosForm}). Everything goes through the worker;
 * nothing here talks to the server.
 */
final class PopupView {
  private static final Words W = BrowserWords.get();
  private static final String SESSION_ENDED = W.get("u_ended");

  private final HTMLElement body;

  PopupView(HTMLElement body) {
    this.body = body;
  }

  void start() {
    WorkerClient.send(JsPropertyMap.of("type", Messages.SESSION)).then(reply -> {
      if (Messages.SIGNED_IN.equals(reply.string("status"))) {
        showMe(Profile.read(reply.object("profile")), reply.string("serverUrl"));
      } else {
        showSignIn(reply.optString("serverUrl"), null);
      }
      return null;
    });
  }

  private void showSignIn(String serverUrl, String problem) {
    body.textContent = "";
    body.appendChild(Elements.text("h1", "Chorus"));
    body.appendChild(Elements.text("p", W.get("u_signinhint")));
    HTMLFormElement form = (HTMLFormElement) DomGlobal.document.createElement("form");
    form.className = "sign-in";
    HTMLInputElement email = input("email", W.get("u_email"), "username");
    HTMLInputElement password = input("password", W.get("u_password"), "current-password");
    HTMLButtonElement submit = (HTMLButtonElement) Elements.text("button", W.get("u_signin"));
    submit.type = "submit";
    HTMLElement error = Elements.text("p", problem == null ? "" : problem);
    error.className = "error";
    error.setAttribute("role", "alert");
    form.appendChild(label(W.get("u_email"), email));
    form.appendChild(label(W.get("u_password"), password));
    form.appendChild(submit);
    form.appendChild(error);
    form.addEventListener("submit", e -> {
      e.preventDefault();
      SignInRequest request;
      try {
        request = SignInRequest.read(new JsReader(JsPropertyMap.of("email", email.value, "password", password.value)));
      } catch (WireException invalid) {
        error.textContent = invalid.getMessage();
        return;
      }
      submit.disabled = true;
      error.textContent = "";
      WorkerClient.send(JsPropertyMap.of("type", Messages.SIGN_IN, "credentials", JsWriter.encode(request::write)))
          .then(reply -> {
            submit.disabled = false;
            if (Messages.SIGNED_IN.equals(reply.string("status"))) {
              showMe(Profile.read(reply.object("profile")), serverUrl);
            } else {
              error.textContent = reply.optString("message");
            }
            return null;
          });
    });
    body.appendChild(form);
    body.appendChild(footer(serverUrl, null));
    email.focus();
  }

  private void showMe(Profile profile, String serverUrl) {
    body.textContent = "";
    body.appendChild(Elements.text("h1", "Chorus"));
    // Name, company and office are each user text, each isolated: an override in one cannot reorder the line.
    HTMLElement who = Nodes.append(Nodes.el("p", "who"), Nodes.userText("who-name", profile.name()),
        Nodes.plain(" \u00B7 "), Nodes.userText("who-company", profile.company()));
    if (profile.office() != null) {
      Nodes.append(who, Nodes.plain(" \u00B7 "), Nodes.userText("who-office", profile.office()));
    }
    body.appendChild(who);
    if (profile.role() == Role.LIAISON && serverUrl != null) {
      body.appendChild(consoleLink(serverUrl));
    }
    HTMLElement stats = (HTMLElement) DomGlobal.document.createElement("div");
    stats.className = "me";
    stats.appendChild(Elements.text("p", W.get("u_loading")));
    body.appendChild(stats);
    body.appendChild(pauseSwitch());
    ShareList toShare = new ShareList(false);
    body.appendChild(toShare.element());
    ContestsView contests = new ContestsView();
    body.appendChild(contests.element());
    KudosForm kudos = new KudosForm(profile.employeeId(), () -> showSignIn(serverUrl, SESSION_ENDED));
    body.appendChild(kudos.element());
    AudienceForm audience = new AudienceForm(() -> showSignIn(serverUrl, SESSION_ENDED));
    body.appendChild(audience.element());
    body.appendChild(footer(serverUrl, e -> WorkerClient.send(JsPropertyMap.of("type", Messages.SIGN_OUT))
        .then(r -> {
          showSignIn(serverUrl, null);
          return null;
        })));

    WorkerClient.send(JsPropertyMap.of("type", Messages.ME)).then(reply -> {
      String status = reply.string("status");
      if (Messages.OK.equals(status)) {
        stats.textContent = "";
        for (HTMLElement part : MeView.of(Me.read(reply.object("me")))) {
          stats.appendChild(part);
        }
      } else if (Messages.SIGNED_OUT.equals(status)) {
        showSignIn(serverUrl, SESSION_ENDED);
      } else {
        stats.textContent = reply.optString("message");
      }
      return null;
    });
    toShare.load();
    contests.load((long) elemental2.core.JsDate.now());
    kudos.load();
    audience.load();
  }

  /**
   * Pause: while on, the content scripts read nothing on LinkedIn and X and the worker reports nothing
   * (see {@link Prefs#PAUSED}); with a link to the page that says exactly what is read and sent.
   */
  private static HTMLElement pauseSwitch() {
    HTMLInputElement box = (HTMLInputElement) DomGlobal.document.createElement("input");
    box.type = "checkbox";
    box.name = "paused";
    box.setAttribute("role", "switch");
    HTMLElement label = Elements.text("label", W.get("u_pause"));
    label.className = "switch";
    label.insertBefore(box, label.firstChild);
    HTMLElement hint = Elements.text("p", W.get("u_pausehint") + " ");
    hint.className = "hint";
    HTMLElement privacy = Elements.text("a", W.get("u_privacy"));
    privacy.setAttribute("href", "privacy.html");
    privacy.setAttribute("target", "_blank");
    privacy.className = "privacy";
    hint.appendChild(privacy);
    Chrome.storage.getLocal().get(Prefs.PAUSED).then(items -> {
      box.checked = Js.isTruthy(items.get(Prefs.PAUSED));
      return null;
    });
    box.addEventListener("change", e -> Chrome.storage.getLocal().set(JsPropertyMap.of(Prefs.PAUSED, box.checked)));
    HTMLElement section = (HTMLElement) DomGlobal.document.createElement("section");
    section.className = "pause";
    section.appendChild(label);
    section.appendChild(hint);
    return section;
  }

  /** Server address and Settings; with {@code signOut} (signed in), a Sign out link as well. */
  private static HTMLElement footer(String serverUrl, EventListener signOut) {
    HTMLElement footer = (HTMLElement) DomGlobal.document.createElement("footer");
    footer.appendChild(Elements.text("span", W.get("u_server", serverUrl == null ? W.get("u_notset") : serverUrl) + " · "));
    footer.appendChild(link(W.get("u_settings"), e -> Chrome.runtime.openOptionsPage()));
    if (signOut != null) {
      footer.appendChild(Elements.text("span", " · "));
      HTMLElement out = link(W.get("u_signout"), signOut);
      out.className = "sign-out";
      footer.appendChild(out);
    }
    return footer;
  }

  /** A liaison's way into the console: the server's page, in a new tab (it signs in with its own session). */
  private static HTMLElement consoleLink(String serverUrl) {
    HTMLElement a = Elements.text("a", W.get("u_console") + " ↗");
    a.className = "liaison-console";
    a.setAttribute("href", serverUrl + ApiPaths.CONSOLE_PAGE);
    a.setAttribute("target", "_blank");
    a.setAttribute("rel", "noopener noreferrer");
    return a;
  }

  private static HTMLElement link(String text, EventListener action) {
    HTMLElement a = Elements.text("a", text);
    a.setAttribute("href", "#");
    a.addEventListener("click", e -> {
      e.preventDefault();
      action.handleEvent(e);
    });
    return a;
  }

  private static HTMLInputElement input(String type, String placeholder, String autocomplete) {
    HTMLInputElement input = (HTMLInputElement) DomGlobal.document.createElement("input");
    input.type = type;
    input.name = type;
    input.required = true;
    input.placeholder = placeholder;
    input.setAttribute("autocomplete", autocomplete);
    return input;
  }

  private static HTMLElement label(String text, HTMLInputElement input) {
    HTMLElement label = Elements.text("label", text);
    label.appendChild(input);
    return label;
  }
}
