package io.chorus.extension.console;

import elemental2.dom.HTMLElement;

/** The Chorus mark and name, as the sign-in card and the navigation show them. */
final class Brand {
  private Brand() {}

  static HTMLElement element() {
    HTMLElement brand = Ui.el("div", "brand");
    Ui.append(brand, Ui.icon("chorus"), Ui.text("span", "brand-name", "Chorus"),
        Ui.text("span", "brand-sub", "Liaison console"));
    return brand;
  }
}
