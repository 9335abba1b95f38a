package io.chorus.extension.console;

import elemental2.dom.HTMLElement;

/** What an employee's account sees: a plain page that says whom the console is for, and nothing else. */
final class LiaisonsOnlyView {
  private final HTMLElement element;

  LiaisonsOnlyView(Runnable signInAgain) {
    element = Ui.el("main", "auth");
    HTMLElement card = Ui.el("div", "auth-card liaisons-only");
    card.appendChild(Brand.element());
    card.appendChild(Ui.text("h1", "auth-title", "This console is for liaisons"));
    card.appendChild(Ui.text("p", "auth-lead", "Your Chorus account is an employee's. Your points, badges and "
        + "kudos are in the Chorus browser extension. If you run your company's advocacy programme, ask a "
        + "liaison to give your account the liaison role."));
    card.appendChild(Ui.append(Ui.el("div", "form-actions"),
        Ui.button("Sign in with another account", "button", e -> signInAgain.run())));
    element.appendChild(card);
  }

  HTMLElement element() {
    return element;
  }
}
