package io.chorus.extension.popup;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import elemental2.dom.HTMLInputElement;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.messaging.Messages;
import io.chorus.extension.messaging.WorkerClient;
import io.chorus.extension.ui.Elements;
import io.chorus.extension.wire.JsReader;
import io.chorus.extension.wire.JsWriter;
import io.chorus.shared.wire.Me;
import io.chorus.shared.wire.Profile;
import io.chorus.shared.wire.SignInRequest;
import io.chorus.shared.wire.Standing;
import io.chorus.shared.wire.WireException;
import jsinterop.base.JsPropertyMap;

/**
 * The popup's two states: a sign-in form, or the signed-in employee's points and rank (this week and
 * all time). Everything goes through the worker; nothing here talks to the server.
 */
final class PopupView {
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
    body.appendChild(footer(serverUrl));
    email.focus();
  }

  private void showMe(Profile profile, String serverUrl) {
    body.textContent = "";
    body.appendChild(Elements.text("h1", "Chorus"));
    HTMLElement who = Elements.text("p", profile.name() + " · " + profile.company()
        + (profile.office() == null ? "" : " · " + profile.office()));
    who.className = "who";
    body.appendChild(who);
    HTMLElement stats = (HTMLElement) DomGlobal.document.createElement("div");
    stats.className = "stats";
    stats.appendChild(Elements.text("p", "Loading your points…"));
    body.appendChild(stats);
    HTMLButtonElement signOut = (HTMLButtonElement) Elements.text("button", "Sign out");
    signOut.className = "secondary";
    signOut.addEventListener("click", e -> WorkerClient.send(JsPropertyMap.of("type", Messages.SIGN_OUT))
        .then(r -> {
          showSignIn(serverUrl, null);
          return null;
        }));
    body.appendChild(signOut);
    body.appendChild(footer(serverUrl));

    WorkerClient.send(JsPropertyMap.of("type", Messages.ME)).then(reply -> {
      String status = reply.string("status");
      if (Messages.OK.equals(status)) {
        showStanding(stats, Me.read(reply.object("me")).standing());
      } else if (Messages.SIGNED_OUT.equals(status)) {
        showSignIn(serverUrl, "Your session ended. Sign in again.");
      } else {
        stats.textContent = reply.optString("message");
      }
      return null;
    });
  }

  private static void showStanding(HTMLElement stats, Standing s) {
    stats.textContent = "";
    stats.appendChild(stat("This week", s.weekPoints(), s.weekRank(), "week"));
    stats.appendChild(stat("All time", s.allTimePoints(), s.allTimeRank(), "all"));
  }

  private static HTMLElement stat(String label, long points, int rank, String id) {
    HTMLElement box = (HTMLElement) DomGlobal.document.createElement("section");
    box.className = "stat";
    box.setAttribute("data-period", id);
    box.appendChild(Elements.text("h2", label));
    HTMLElement p = Elements.text("p", String.valueOf(points));
    p.className = "points";
    box.appendChild(p);
    HTMLElement r = Elements.text("p", rank > 0 ? "Rank #" + rank : "Not ranked yet: share something!");
    r.className = "rank";
    box.appendChild(r);
    return box;
  }

  private static HTMLElement footer(String serverUrl) {
    HTMLElement footer = (HTMLElement) DomGlobal.document.createElement("footer");
    footer.appendChild(Elements.text("span", "Server: " + (serverUrl == null ? "not set" : serverUrl) + " · "));
    HTMLElement settings = Elements.text("a", "Settings");
    settings.setAttribute("href", "#");
    settings.addEventListener("click", e -> {
      e.preventDefault();
      Chrome.runtime.openOptionsPage();
    });
    footer.appendChild(settings);
    return footer;
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
