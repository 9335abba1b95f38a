package io.chorus.extension.console;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import elemental2.dom.HTMLInputElement;
import elemental2.dom.HTMLOptionElement;
import elemental2.dom.HTMLSelectElement;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.DigestPreview;
import io.chorus.shared.wire.DigestSettings;
import io.chorus.shared.wire.DigestTestResult;
import jsinterop.base.JsPropertyMap;

/**
 * Reminders: the weekly digest ({@code GET/PUT /api/digest/settings}) — on or off, its day and time in
 * the company's zone, the team chat's incoming webhook (saved, then only ever shown masked) — a preview
 * of this week's digest as it stands ({@code GET /api/digest/preview}) and a test send to the liaison's
 * own inbox and the webhook ({@code POST /api/digest/test}).
 */
final class RemindersPage implements ConsolePage {
  @Override
  public String id() {
    return "reminders";
  }

  @Override
  public String title() {
    return "Reminders";
  }

  @Override
  public HTMLElement open(Console console) {
    HTMLElement page = Ui.el("div", "page-body");
    HTMLElement note = Ui.el("div", "callout");
    Ui.append(note, Ui.icon("info"), Ui.text("p", null, "Once a week, everyone who wants it gets an email of the "
        + "new approved posts since the last digest, each with their own tracked link (one click unsubscribes), "
        + "and your team chat gets one message. It goes out once, however many Chorus servers run."));
    page.appendChild(note);

    Form form = new Form(console);
    Preview preview = new Preview();
    HTMLElement weeks = Ui.el("section", "card card--list");
    Ui.append(page, form.element, preview.element, weeks);
    form.onSaved = settings -> {
      showWeeks(weeks, settings);
      preview.load(console);
    };
    form.load();
    preview.load(console);
    return page;
  }

  /** The settings form, its status line and the test send. */
  private static final class Form {
    final HTMLFormElement element = (HTMLFormElement) Ui.el("form", "card form");
    private final Console console;
    private final HTMLInputElement enabled = (HTMLInputElement) DomGlobal.document.createElement("input");
    private final HTMLSelectElement day = (HTMLSelectElement) DomGlobal.document.createElement("select");
    private final Field time = Field.input("time", "time", "Time", null);
    private final Field webhook = Field.input("webhookUrl", "url", "Team chat webhook",
        "A Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat…): https:// only.");
    private final HTMLElement saved = Ui.el("p", "field-hint webhook-saved");
    private final HTMLButtonElement remove = Ui.button("Remove webhook", "button button--danger-quiet", null);
    private final HTMLElement status = Ui.el("p", "digest-status muted");
    private final HTMLElement results = Ui.el("ul", "test-results");
    private final FormErrors errors = new FormErrors().field(time).field(webhook);
    private final HTMLButtonElement save = (HTMLButtonElement) Ui.text("button", "button button--primary", "Save");
    private final HTMLButtonElement test = Ui.button("Send a test", "button", null);
    private final HTMLElement zone = Ui.el("p", "field-hint");
    java.util.function.Consumer<DigestSettings> onSaved = s -> { };

    Form(Console console) {
      this.console = console;
      element.noValidate = true;
      element.appendChild(Ui.text("h2", "card-title", "Weekly digest"));
      enabled.type = "checkbox";
      enabled.name = "enabled";
      enabled.id = "digest-enabled";
      HTMLElement check = Ui.el("label", "check");
      check.setAttribute("for", enabled.id);
      Ui.append(check, enabled, Ui.plain(" Send the weekly digest"));

      day.name = "day";
      day.id = "digest-day";
      for (int d = 1; d <= 7; d++) {
        HTMLOptionElement option = (HTMLOptionElement) DomGlobal.document.createElement("option");
        option.value = String.valueOf(d);
        option.textContent = ReminderTexts.day(d);
        day.appendChild(option);
      }
      HTMLElement dayField = Ui.el("div", "field");
      HTMLElement dayLabel = Ui.text("label", "field-label", "Day");
      dayLabel.setAttribute("for", day.id);
      Ui.append(dayField, dayLabel, day);
      time.element.appendChild(zone);

      webhook.attribute("autocomplete", "off");
      webhook.attribute("spellcheck", "false");
      webhook.attribute("placeholder", "https://hooks.slack.com/services/\u2026");
      webhook.element.appendChild(saved);
      remove.hidden = true;
      remove.addEventListener("click", e -> send(true));

      save.type = "submit";
      results.setAttribute("role", "status");
      results.hidden = true;
      test.addEventListener("click", e -> test());
      Ui.append(element, check, Ui.append(Ui.el("div", "field-grid"), dayField, time.element), webhook.element,
          status, errors.formError, Ui.append(Ui.el("div", "form-actions"), save, test, remove), results);
      element.addEventListener("submit", e -> {
        e.preventDefault();
        send(false);
      });
    }

    void load() {
      element.setAttribute("aria-busy", "true");
      save.disabled = true;
      console.api().get(ApiPaths.DIGEST_SETTINGS, reply -> {
        show(DigestSettings.read(reply));
        element.removeAttribute("aria-busy");
        save.disabled = false;
      }, errors::show);
    }

    private void show(DigestSettings s) {
      enabled.checked = s.enabled();
      day.value = String.valueOf(s.day());
      time.value(s.time());
      zone.textContent = "In the company's time zone, " + s.timeZone() + ".";
      webhook.value("");
      if (s.webhook() != null) {
        saved.textContent = "Saved: " + s.webhook() + " \u2014 leave the field empty to keep it.";
        saved.hidden = false;
        remove.hidden = false;
      } else {
        saved.textContent = "";
        saved.hidden = true;
        remove.hidden = true;
      }
      StringBuilder b = new StringBuilder();
      b.append(s.emailConfigured() ? "Email: sent through this server's SMTP server."
          : "Email: this server has no SMTP server configured (CHORUS_SMTP_HOST), so only the webhook gets the digest.");
      b.append(' ');
      b.append(s.nextSendAt() > 0 ? "Next digest: " + Ui.dateTime(s.nextSendAt()) + " (your time)." : "The digest is off.");
      status.textContent = b.toString();
      onSaved.accept(s);
    }

    private void send(boolean removeWebhook) {
      errors.clear();
      JsPropertyMap<Object> body = JsPropertyMap.of();
      body.set("enabled", enabled.checked);
      body.set("day", Double.valueOf(day.value));
      body.set("time", ReminderTexts.hhmm(time.value()));
      String url = webhook.value().trim();
      if (removeWebhook) {
        body.set("removeWebhook", true);
      } else if (!url.isEmpty()) {
        body.set("webhookUrl", url);
      }
      save.disabled = true;
      console.api().put(ApiPaths.DIGEST_SETTINGS, body, reply -> {
        save.disabled = false;
        show(DigestSettings.read(reply));
        console.notice(removeWebhook ? "The webhook is removed." : "Reminders saved.");
      }, problem -> {
        save.disabled = false;
        errors.show(problem);
      });
    }

    private void test() {
      errors.clear();
      JsPropertyMap<Object> body = JsPropertyMap.of();
      String url = webhook.value().trim();
      if (!url.isEmpty()) {
        body.set("webhookUrl", url);
      }
      test.disabled = true;
      test.textContent = "Sending\u2026";
      console.api().post(ApiPaths.DIGEST_TEST, body, reply -> {
        test.disabled = false;
        test.textContent = "Send a test";
        DigestTestResult r = DigestTestResult.read(reply);
        Ui.clear(results);
        results.appendChild(result(ReminderTexts.check("Email", r.email()), r.email().outcome()));
        results.appendChild(result(ReminderTexts.check("Webhook", r.webhook()), r.webhook().outcome()));
        results.hidden = false;
      }, problem -> {
        test.disabled = false;
        test.textContent = "Send a test";
        errors.show(problem);
      });
    }

    private static HTMLElement result(String text, String outcome) {
      return Ui.text("li", "test-result test-result--" + outcome.replace('_', '-'), text);
    }
  }

  /** This week's digest as it stands. */
  private static final class Preview {
    final HTMLElement element = Ui.el("section", "card preview");
    private final HTMLElement summary = Ui.el("p", "muted");
    private final HTMLElement items = Ui.el("ol", "preview-items");
    private final HTMLElement subject = Ui.el("p", "preview-subject");
    private final HTMLElement text = Ui.el("pre", "preview-text");
    private final HTMLElement chat = Ui.el("pre", "preview-text");
    private final HTMLElement error = Ui.el("p", "form-error");

    Preview() {
      error.hidden = true;
      HTMLElement email = Ui.el("details", "preview-part");
      Ui.append(email, Ui.text("summary", null, "The email, as text"), subject, text);
      HTMLElement webhook = Ui.el("details", "preview-part");
      Ui.append(webhook, Ui.text("summary", null, "The team chat message"), chat);
      Ui.append(element, Ui.text("h2", "card-title", "This week so far"), summary, items, email, webhook, error);
    }

    void load(Console console) {
      element.setAttribute("aria-busy", "true");
      console.api().get(ApiPaths.DIGEST_PREVIEW, reply -> {
        element.removeAttribute("aria-busy");
        show(DigestPreview.read(reply));
      }, problem -> {
        element.removeAttribute("aria-busy");
        error.textContent = problem.message();
        error.hidden = false;
      });
    }

    private void show(DigestPreview p) {
      error.hidden = true;
      int n = p.items().size();
      summary.textContent = (n == 0 ? "Nothing new" : n + (n == 1 ? " new post" : " new posts")) + " since "
          + Ui.dateTime(p.windowStart()) + " \u00B7 " + p.subscribers()
          + (p.subscribers() == 1 ? " person gets" : " people get") + " the email"
          + (n == 0 ? " (a week with nothing new sends nothing)." : ", each without what they already shared.");
      Ui.clear(items);
      for (DigestPreview.Item item : p.items()) {
        HTMLElement li = Ui.el("li", null);
        if (item.url().startsWith("https://")) {
          HTMLElement a = Ui.el("a", null);
          a.setAttribute("href", item.url());
          a.setAttribute("target", "_blank");
          a.setAttribute("rel", "noopener noreferrer");
          a.appendChild(Ui.bdi(item.title()));
          li.appendChild(a);
        } else {
          li.appendChild(Ui.bdi(item.title()));
        }
        items.appendChild(li);
      }
      subject.textContent = "Subject: " + p.subject();
      text.textContent = p.text();
      chat.textContent = p.webhookText();
    }
  }

  private static void showWeeks(HTMLElement card, DigestSettings s) {
    Ui.clear(card);
    card.appendChild(Ui.text("h2", "card-title", "Last weeks"));
    if (s.weeks().isEmpty()) {
      card.appendChild(Ui.text("p", "list-status muted", "No digest has gone out yet."));
      return;
    }
    HTMLElement rows = Ui.el("ul", "rows");
    for (DigestSettings.Week w : s.weeks()) {
      HTMLElement row = Ui.el("li", "row");
      row.setAttribute("data-week", w.week());
      HTMLElement main = Ui.el("div", "row-main");
      HTMLElement title = Ui.el("p", "row-title");
      Ui.append(title, Ui.plain("Week of " + w.week() + " \u2014 sent "), Ui.time(w.sentAt(), Ui.dateTime(w.sentAt())));
      Ui.append(main, title, Ui.text("p", "row-meta", ReminderTexts.emails(w)));
      String hook = ReminderTexts.webhook(w.webhook());
      if (hook != null) {
        main.appendChild(Ui.text("p", "row-meta", hook));
      }
      row.appendChild(main);
      rows.appendChild(row);
    }
    card.appendChild(rows);
  }
}
