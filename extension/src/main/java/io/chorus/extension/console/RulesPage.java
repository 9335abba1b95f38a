package io.chorus.extension.console;

import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import io.chorus.shared.scoring.ScoringRules;
import io.chorus.shared.wire.ApiPaths;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.JsPropertyMap;

/**
 * The company's points rules ({@code GET/PUT /api/rules}), one field per rule. The server judges every
 * value and says what is wrong with which; a saved change applies from then on and rescoring nothing.
 */
final class RulesPage implements ConsolePage {
  /** A rule as the form shows it; {@code name} is its wire field. */
  private record Rule(String name, String label, String hint, int min) {}

  private static final List<Rule> SHARING = List.of(
      new Rule("linkedInShare", "A share on LinkedIn", "Points for each share of an approved item on LinkedIn.", 0),
      new Rule("xShare", "A share on X", "Points for each share of an approved item on X.", 0),
      new Rule("freshBonus", "Fresh bonus", "Added when the item was published less than 24 hours before the post.", 0),
      new Rule("ownWordsBonus", "Own-words bonus",
          "Added when the post has at least 5 words of the sharer's own (links, hashtags and mentions don't count).", 0),
      new Rule("clickPoints", "A click on a shared link",
          "For each unique human visitor of a share's tracked link; known bots never count.", 0),
      new Rule("dailyCap", "Daily cap",
          "The most one person earns by sharing (shares, bonuses and clicks) in one day of the company's time zone.", 1));
  private static final List<Rule> KUDOS = List.of(
      new Rule("kudosPoints", "A kudos received", "Points for the colleague who receives a kudos.", 0),
      new Rule("kudosPerWeek", "Kudos per person each week", "How many kudos each person may give per week.", 0));

  @Override
  public String id() {
    return "rules";
  }

  @Override
  public String title() {
    return "Rules";
  }

  @Override
  public HTMLElement open(Console console) {
    HTMLElement page = Ui.el("div", "page-body");
    HTMLElement note = Ui.el("div", "callout");
    Ui.append(note, Ui.icon("info"), Ui.text("p", null, "Changes apply from the moment you save them: points "
        + "already awarded are never rescored, and the extension shows the new values on its next look."));
    page.appendChild(note);

    HTMLFormElement form = (HTMLFormElement) Ui.el("form", "form card");
    form.noValidate = true;
    FormErrors errors = new FormErrors();
    List<Field> fields = new ArrayList<>();
    form.appendChild(group("Sharing", SHARING, fields, errors));
    form.appendChild(group("Kudos", KUDOS, fields, errors));
    HTMLButtonElement save = (HTMLButtonElement) Ui.text("button", "button button--primary", "Save rules");
    save.type = "submit";
    HTMLButtonElement defaults = Ui.button("Fill in the defaults", "button button--quiet", e -> {
      fill(fields, ScoringRules.DEFAULT);
      errors.clear();
    });
    form.appendChild(errors.formError);
    form.appendChild(Ui.append(Ui.el("div", "form-actions"), save, defaults));
    page.appendChild(form);

    form.setAttribute("aria-busy", "true");
    save.disabled = true;
    console.api().get(ApiPaths.RULES, reply -> {
      fill(fields, ScoringRules.read(reply));
      form.removeAttribute("aria-busy");
      save.disabled = false;
    }, errors::show);

    form.addEventListener("submit", e -> {
      e.preventDefault();
      errors.clear();
      JsPropertyMap<Object> body = JsPropertyMap.of();
      for (Field field : fields) {
        String value = field.value().trim();
        // Whatever was typed goes to the server as typed (a number when it is one), so its answer
        // names the field and the rule: one judge of what a rule may be.
        if (!value.isEmpty()) {
          body.set(field.name, Inputs.wholeNumber(value) ? (Object) Double.valueOf(value) : value);
        }
      }
      save.disabled = true;
      save.textContent = "Saving\u2026";
      console.api().put(ApiPaths.RULES, body, reply -> {
        save.disabled = false;
        save.textContent = "Save rules";
        fill(fields, ScoringRules.read(reply));
        console.notice("Rules saved at " + Ui.dateTime(Ui.now()) + ". Points earned from now on follow them.");
      }, problem -> {
        save.disabled = false;
        save.textContent = "Save rules";
        errors.show(problem);
      });
    });
    return page;
  }

  private static HTMLElement group(String legend, List<Rule> rules, List<Field> fields, FormErrors errors) {
    HTMLElement set = Ui.el("fieldset", "fieldset");
    set.appendChild(Ui.text("legend", null, legend));
    HTMLElement grid = Ui.el("div", "field-grid");
    for (Rule rule : rules) {
      Field field = Field.number(rule.name(), rule.label(), rule.hint());
      field.attribute("min", String.valueOf(rule.min()));
      field.attribute("max", String.valueOf(ScoringRules.MAX_VALUE));
      fields.add(field);
      errors.field(field);
      grid.appendChild(field.element);
    }
    set.appendChild(grid);
    return set;
  }

  private static void fill(List<Field> fields, ScoringRules rules) {
    for (Field field : fields) {
      field.value(String.valueOf(valueOf(rules, field.name)));
      field.clearError();
    }
  }

  private static int valueOf(ScoringRules r, String name) {
    switch (name) {
      case "linkedInShare":
        return r.linkedInShare();
      case "xShare":
        return r.xShare();
      case "freshBonus":
        return r.freshBonus();
      case "ownWordsBonus":
        return r.ownWordsBonus();
      case "clickPoints":
        return r.clickPoints();
      case "kudosPoints":
        return r.kudosPoints();
      case "kudosPerWeek":
        return r.kudosPerWeek();
      default:
        return r.dailyCap();
    }
  }
}
