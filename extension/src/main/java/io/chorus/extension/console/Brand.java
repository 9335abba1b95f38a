package io.chorus.extension.console;

import elemental2.dom.HTMLElement;

/** The Chorus mark and name, as the sign-in card and the navigation show them. */
final class Brand {
  private Brand() {}

  static HTMLElement element() {
    return element("Liaison console");
  }

  /** The mark with another line under the name (the invitee's page is no console). */
  static HTMLElement element(String sub) {
    HTMLElement brand = Ui.el("div", "brand");
    Ui.append(brand, Ui.icon("chorus"), Ui.text("span", "brand-name", "Chorus"), Ui.text("span", "brand-sub", sub));
    return brand;
  }
}
