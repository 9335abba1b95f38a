package io.chorus.extension.console;

import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import io.chorus.extension.wire.JsReader;
import io.chorus.extension.wire.JsWriter;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ConsoleSession;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.SignInRequest;
import io.chorus.shared.wire.WireException;
import java.util.function.Consumer;
import jsinterop.base.JsPropertyMap;

/**
 * Signing in with the same account as the extension. The answer sets the session cookie (which this
 * page never sees) and carries the anti-forgery token; a correct password of an employee's account
 * answers {@code liaisons_only} and leads to that page instead.
 */
final class SignInView {
  private final HTMLElement element;
  private final Field email;

  SignInView(ConsoleApi api, String message, Consumer<ConsoleSession> signedIn, Runnable notLiaison) {
    element = Ui.el("main", "auth");
    HTMLElement card = Ui.el("div", "auth-card");
    card.appendChild(Brand.element());
    card.appendChild(Ui.text("h1", "auth-title", "Sign in to the liaison console"));
    card.appendChild(Ui.text("p", "auth-lead", "Use your Chorus account: the same email and password as in the browser extension."));
    if (message != null) {
      HTMLElement notice = Ui.text("p", "auth-notice", message);
      notice.setAttribute("role", "status");
      card.appendChild(notice);
    }
    HTMLFormElement form = (HTMLFormElement) Ui.el("form", "form");
    form.noValidate = true;
    email = Field.input("email", "email", "Work email", null);
    email.attribute("autocomplete", "username");
    email.attribute("autocapitalize", "none");
    Field password = Field.input("password", "password", "Password", null);
    password.attribute("autocomplete", "current-password");
    HTMLButtonElement submit = (HTMLButtonElement) Ui.text("button", "button button--primary", "Sign in");
    submit.type = "submit";
    FormErrors errors = new FormErrors().field(email).field(password);
    Ui.append(form, email.element, password.element, errors.formError, Ui.append(Ui.el("div", "form-actions"), submit));
    card.appendChild(form);
    element.appendChild(card);

    form.addEventListener("submit", e -> {
      e.preventDefault();
      errors.clear();
      SignInRequest request;
      try {
        request = SignInRequest.read(new JsReader(JsPropertyMap.of("email", email.value().trim(),
            "password", password.value())));
      } catch (WireException invalid) {
        errors.show(invalid.field(), invalid.getMessage());
        return;
      }
      submit.disabled = true;
      submit.textContent = "Signing in\u2026";
      api.session("POST", ApiPaths.CONSOLE_SIGN_IN, JsWriter.encode(request::write),
          reply -> signedIn.accept(ConsoleSession.read(reply)),
          problem -> {
            submit.disabled = false;
            submit.textContent = "Sign in";
            if (problem.is(ErrorCode.LIAISONS_ONLY)) {
              notLiaison.run();
            } else {
              errors.show(problem);
            }
          });
    });
  }

  HTMLElement element() {
    return element;
  }

  void focus() {
    email.focus();
  }
}
