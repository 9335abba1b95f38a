package io.chorus.extension.console;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import io.chorus.extension.wire.JsReader;
import io.chorus.extension.wire.JsWriter;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.Invitee;
import io.chorus.shared.wire.WelcomeRequest;
import io.chorus.shared.wire.WireException;
import jsinterop.base.JsPropertyMap;

/**
 * The invitee's page ({@code /welcome#<token>}): says whose link it is (or why it does not work:
 * expired, used, withdrawn, not a link at all), lets them choose a password (twice, at least
 * {@link WelcomeRequest#MIN_PASSWORD} characters), then tells them to sign in with it in the extension.
 * The token is read from the address's fragment, which the browser never sends anywhere, and goes to
 * the server only in a request body.
 */
final class WelcomeView {
  private final HTMLElement root;
  private final ConsoleApi api = new ConsoleApi(new ConsoleApi.SessionListener() {
    @Override
    public void ended(ApiProblem why) {}

    @Override
    public void notLiaison() {}
  });

  WelcomeView(HTMLElement root) {
    this.root = root;
  }

  void start() {
    String hash = DomGlobal.location.hash == null ? "" : DomGlobal.location.hash;
    String token = hash.startsWith("#") ? hash.substring(1) : hash;
    try {
      WelcomeRequest.token(token);
    } catch (WireException notALink) {
      show("This address is not a whole invitation link", "Open the link from your invitation as it is, or ask your "
          + "liaison for a new one.", null);
      return;
    }
    api.session("POST", ApiPaths.WELCOME_CHECK, JsPropertyMap.of("token", token),
        reply -> form(token, Invitee.read(reply)),
        problem -> show("This link does not work", problem.message(), null));
  }

  private void form(String token, Invitee invitee) {
    HTMLElement card = card("Welcome to Chorus");
    HTMLElement lead = Ui.el("p", "auth-lead");
    Ui.append(lead, Ui.plain("Hello "), Ui.bdi("person", invitee.name()), Ui.plain(". "), Ui.bdi(invitee.company()),
        Ui.plain(" invites you to share company news with Chorus. Choose a password for "),
        Ui.bdi("email", invitee.email()), Ui.plain("."));
    card.appendChild(lead);
    HTMLFormElement form = (HTMLFormElement) Ui.el("form", "form");
    form.noValidate = true;
    Field password = Field.input("password", "password", "New password",
        "At least " + WelcomeRequest.MIN_PASSWORD + " characters.");
    password.attribute("autocomplete", "new-password");
    Field again = Field.input("again", "password", "The same password again", null);
    again.attribute("autocomplete", "new-password");
    FormErrors errors = new FormErrors().field(password).field(again);
    HTMLButtonElement submit = (HTMLButtonElement) Ui.text("button", "button button--primary", "Set password");
    submit.type = "submit";
    Ui.append(form, password.element, again.element, errors.formError, Ui.append(Ui.el("div", "form-actions"), submit));
    card.appendChild(form);
    form.addEventListener("submit", e -> {
      e.preventDefault();
      errors.clear();
      WelcomeRequest request;
      try {
        request = WelcomeRequest.read(new JsReader(JsPropertyMap.of("token", token, "password", password.value())), true);
      } catch (WireException invalid) {
        errors.show("password", invalid.getMessage().replace("'password'", "The password"));
        return;
      }
      if (!password.value().equals(again.value())) {
        errors.show("again", "The two passwords differ.");
        return;
      }
      submit.disabled = true;
      submit.textContent = "Setting\u2026";
      api.session("POST", ApiPaths.WELCOME, JsWriter.encode(request::write), reply -> {
        HTMLElement done = Ui.el("p", "auth-lead");
        Ui.append(done, Ui.plain("Your password is set. Now click the Chorus button in your browser's toolbar "
            + "and sign in with "), Ui.bdi("email", reply.string("email")), Ui.plain(" and this password."));
        show("You're in", null, done);
      }, problem -> {
        submit.disabled = false;
        submit.textContent = "Set password";
        errors.show(problem.field() == null || "token".equals(problem.field())
            ? new ApiProblem(problem.status(), problem.code(), problem.message(), null) : problem);
      });
    });
    showCard(card);
    password.focus();
  }

  private void show(String title, String message, HTMLElement extra) {
    HTMLElement card = card(title);
    if (message != null) {
      HTMLElement notice = Ui.text("p", "auth-notice", message);
      notice.setAttribute("role", "status");
      card.appendChild(notice);
    }
    if (extra != null) {
      card.appendChild(extra);
    }
    showCard(card);
  }

  private static HTMLElement card(String title) {
    HTMLElement card = Ui.el("div", "auth-card welcome");
    card.appendChild(Brand.element("Employee advocacy"));
    card.appendChild(Ui.text("h1", "auth-title", title));
    return card;
  }

  private void showCard(HTMLElement card) {
    Ui.clear(root);
    root.appendChild(Ui.append(Ui.el("main", "auth"), card));
  }
}
