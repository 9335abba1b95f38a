package io.chorus.extension.console;

import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import elemental2.dom.HTMLInputElement;
import elemental2.core.JsArray;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ExtensionSettings;
import jsinterop.base.JsPropertyMap;

/**
 * How the company wants the employees' browser extension ({@code GET/PUT /api/extension/settings}): the
 * panel on LinkedIn's and X's pages or only the browser's side panel, a disclosure hashtag every prefilled
 * post carries, and words the panel flags in a draft. The server judges every value.
 */
final class ExtensionPage implements ConsolePage {
  @Override
  public String id() {
    return "extension";
  }

  @Override
  public String title() {
    return "Extension";
  }

  @Override
  public HTMLElement open(Console console) {
    HTMLElement page = Ui.el("div", "page-body");
    HTMLElement note = Ui.el("div", "callout");
    Ui.append(note, Ui.icon("info"), Ui.text("p", null, "Employees' extensions read these with their next "
        + "suggestions. With the panel off, nothing is added to LinkedIn's and X's pages: suggestions are in the "
        + "browser's side panel, and shares made from there still count."));
    page.appendChild(note);

    HTMLFormElement form = (HTMLFormElement) Ui.el("form", "form card");
    form.noValidate = true;
    FormErrors errors = new FormErrors();
    HTMLInputElement panel = (HTMLInputElement) Ui.el("input", null);
    panel.type = "checkbox";
    panel.name = "inPagePanel";
    Field panelField = Field.custom("inPagePanel", "Suggestions panel on LinkedIn and X pages", panel);
    Field tag = Field.input("disclosureTag", "text", "Disclosure hashtag",
        "Added to every prefilled post (e.g. #AcmeEmployee); a post without it is reported as undisclosed. Empty: none.");
    Field words = Field.textarea("blocklist", "Words to flag",
        "One word or phrase per line: the panel flags them in a draft before it is posted.", 20_000);
    errors.field(tag);
    errors.field(words);
    HTMLButtonElement save = (HTMLButtonElement) Ui.text("button", "button button--primary", "Save");
    save.type = "submit";
    Ui.append(form, panelField.element, tag.element, words.element, errors.formError,
        Ui.append(Ui.el("div", "form-actions"), save));
    page.appendChild(form);

    form.setAttribute("aria-busy", "true");
    console.api().get(ApiPaths.EXTENSION_SETTINGS, reply -> {
      fill(ExtensionSettings.read(reply), panel, tag, words);
      form.removeAttribute("aria-busy");
    }, errors::show);

    form.addEventListener("submit", e -> {
      e.preventDefault();
      errors.clear();
      JsArray<String> list = new JsArray<>();
      for (String line : words.value().split("\n")) {
        if (!line.trim().isEmpty()) {
          list.push(line.trim());
        }
      }
      String typed = tag.value().trim();
      JsPropertyMap<Object> body = JsPropertyMap.of("inPagePanel", panel.checked, "blocklist", list);
      body.set("disclosureTag", typed.isEmpty() ? null : typed);
      save.disabled = true;
      console.api().put(ApiPaths.EXTENSION_SETTINGS, body, reply -> {
        save.disabled = false;
        fill(ExtensionSettings.read(reply), panel, tag, words);
        console.notice("Extension settings saved at " + Ui.dateTime(Ui.now()) + ".");
      }, problem -> {
        save.disabled = false;
        errors.show(problem);
      });
    });
    return page;
  }

  private static void fill(ExtensionSettings s, HTMLInputElement panel, Field tag, Field words) {
    panel.checked = s.inPagePanel();
    tag.value(s.disclosureTag() == null ? "" : "#" + s.disclosureTag());
    words.value(String.join("\n", s.blocklist()));
  }
}
