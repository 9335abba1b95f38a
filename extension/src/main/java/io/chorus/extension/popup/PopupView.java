package io.chorus.extension.popup;

import elemental2.dom.DomGlobal;
import elemental2.dom.EventListener;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import elemental2.dom.HTMLInputElement;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.messaging.Messages;
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
import jsinterop.base.JsPropertyMap;

/**
 * The popup's two states: a sign-in form, or the signed-in employee's standing, streak and badges
 * ({@link MeView}) with the kudos form ({@link KudosForm}). Everything goes through the worker;
 * nothing here talks to the server.
 */
final class PopupView {
  private static final String SESSION_ENDED = "Your session ended. Sign in again.";

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
    body.appendChild(Elements.text("p", "Sign in with your work account to see company news to share."));
    HTMLFormElement form = (HTMLFormElement) DomGlobal.document.createElement("form");
    form.className = "sign-in";
    HTMLInputElement email = input("email", "Work email", "username");
    HTMLInputElement password = input("password", "Password", "current-password");
    HTMLButtonElement submit = (HTMLButtonElement) Elements.text("button", "Sign in");
    submit.type = "submit";
    HTMLElement error = Elements.text("p", problem == null ? "" : problem);
    error.className = "error";
    error.setAttribute("role", "alert");
    form.appendChild(label("Work email", email));
    form.appendChild(label("Password", password));
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
    stats.appendChild(Elements.text("p", "Loading your points\u2026"));
    body.appendChild(stats);
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
    contests.load((long) elemental2.core.JsDate.now());
    kudos.load();
    audience.load();
  }

  /** Server address and Settings; with {@code signOut} (signed in), a Sign out link as well. */
  private static HTMLElement footer(String serverUrl, EventListener signOut) {
    HTMLElement footer = (HTMLElement) DomGlobal.document.createElement("footer");
    footer.appendChild(Elements.text("span", "Server: " + (serverUrl == null ? "not set" : serverUrl) + " · "));
    footer.appendChild(link("Settings", e -> Chrome.runtime.openOptionsPage()));
    if (signOut != null) {
      footer.appendChild(Elements.text("span", " · "));
      HTMLElement out = link("Sign out", signOut);
      out.className = "sign-out";
      footer.appendChild(out);
    }
    return footer;
  }

  /** A liaison's way into the console: the server's page, in a new tab (it signs in with its own session). */
  private static HTMLElement consoleLink(String serverUrl) {
    HTMLElement a = Elements.text("a", "Liaison console ↗");
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
