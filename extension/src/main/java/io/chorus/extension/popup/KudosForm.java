package io.chorus.extension.popup;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import elemental2.dom.HTMLOptionElement;
import elemental2.dom.HTMLSelectElement;
import elemental2.dom.HTMLTextAreaElement;
import io.chorus.extension.i18n.BrowserWords;
import io.chorus.extension.i18n.Words;
import io.chorus.extension.messaging.Messages;
import io.chorus.extension.messaging.WorkerClient;
import io.chorus.extension.ui.BadgeIcons;
import io.chorus.extension.ui.Nodes;
import io.chorus.extension.ui.UserText;
import io.chorus.extension.wire.JsReader;
import io.chorus.extension.wire.JsWriter;
import io.chorus.shared.badges.Badge;
import io.chorus.shared.wire.Colleague;
import io.chorus.shared.wire.KudosEvent;
import io.chorus.shared.wire.KudosOptions;
import io.chorus.shared.wire.KudosRequest;
import io.chorus.shared.wire.WireException;
import java.util.HashMap;
import java.util.Map;
import jsinterop.base.JsPropertyMap;

/**
 * "Give kudos": a colleague, one of the company's values and a short message (at most 280, counted
 * as the server counts), sent through the worker. The section folds away (a {@code <details>}) so the
 * popup stays small; its summary says how many kudos are left this week.
 */
final class KudosForm {
  private static final Words W = BrowserWords.get();
  /** What the popup does when the worker says the session is over. */
  interface SignedOut {
    void run();
  }

  private final long me;
  private final SignedOut signedOut;
  private final HTMLElement root = Nodes.el("details", "kudos");
  private final HTMLElement left = Nodes.el("span", "kudos-left");
  private final HTMLFormElement form = (HTMLFormElement) Nodes.el("form", "kudos-form");
  private final HTMLSelectElement colleague = (HTMLSelectElement) Nodes.el("select", null);
  private final HTMLSelectElement value = (HTMLSelectElement) Nodes.el("select", null);
  private final HTMLTextAreaElement message = (HTMLTextAreaElement) Nodes.el("textarea", null);
  private final HTMLElement counter = Nodes.el("span", "counter");
  private final HTMLButtonElement send = (HTMLButtonElement) Nodes.text("button", null, W.get("k_send"));
  private final HTMLElement status = Nodes.el("p", "status");
  private int kudosLeft;
  /** Colleagues' names by id, as the server sent them (the options' labels carry isolate controls). */
  private final Map<String, String> names = new HashMap<>();

  KudosForm(long me, SignedOut signedOut) {
    this.me = me;
    this.signedOut = signedOut;
    HTMLElement summary = Nodes.append(Nodes.el("summary", null),
        Nodes.append(Nodes.el("span", "kudos-title"), kudosMark(), Nodes.plain(W.get("k_give"))), left);
    colleague.name = "colleague";
    value.name = "value";
    message.name = "message";
    message.rows = 3;
    message.maxLength = KudosRequest.MAX_MESSAGE;
    message.placeholder = W.get("k_placeholder");
    message.addEventListener("input", e -> Nodes.setText(counter, PopupText.counter(W, message.value, KudosRequest.MAX_MESSAGE)));
    send.type = "submit";
    status.setAttribute("role", "status");
    Nodes.setText(counter, PopupText.counter(W, "", KudosRequest.MAX_MESSAGE));
    // The pickers' first options ("Choose a colleague…") say what they are; the labels are for screen readers.
    colleague.setAttribute("aria-label", W.get("k_colleague"));
    value.setAttribute("aria-label", W.get("k_valuelabel"));
    message.setAttribute("aria-label", W.get("k_message"));
    Nodes.append(form,
        Nodes.append(Nodes.el("div", "kudos-pickers"), colleague, value),
        message,
        Nodes.append(Nodes.el("div", "kudos-actions"), counter, send),
        status);
    form.addEventListener("submit", e -> {
      e.preventDefault();
      submit();
    });
    Nodes.append(root, summary, form);
    setEnabled(false);
  }

  HTMLElement element() {
    return root;
  }

  /** Asks the worker for colleagues, values and this week's budget, and fills the pickers. */
  void load() {
    WorkerClient.send(JsPropertyMap.of("type", Messages.KUDOS_OPTIONS)).then(reply -> {
      String s = reply.string("status");
      if (Messages.OK.equals(s)) {
        show(KudosOptions.read(reply.object("options")));
      } else if (Messages.SIGNED_OUT.equals(s)) {
        signedOut.run();
      } else {
        Nodes.setText(left, "");
        say(reply.optString("message"), "bad");
      }
      return null;
    });
  }

  private void show(KudosOptions options) {
    String chosenColleague = colleague.value;
    String chosenValue = value.value;
    colleague.textContent = "";
    colleague.appendChild(option("", W.get("k_choosecolleague")));
    names.clear();
    // An option's label is text only: names, offices and values are isolated with FSI … PDI there.
    for (Colleague c : options.colleagues()) {
      if (c.employeeId() != me) {
        names.put(String.valueOf(c.employeeId()), c.name());
        colleague.appendChild(option(String.valueOf(c.employeeId()), c.office() == null
            ? UserText.isolate(c.name()) : UserText.isolate(c.name()) + " \u00B7 " + UserText.isolate(c.office())));
      }
    }
    value.textContent = "";
    value.appendChild(option("", W.get("k_choosevalue")));
    for (String v : options.values()) {
      value.appendChild(option(v, UserText.isolate(v)));
    }
    colleague.value = chosenColleague;
    value.value = chosenValue;
    budget(options.kudosLeft());
  }

  private void budget(int remaining) {
    kudosLeft = remaining;
    Nodes.setText(left, PopupText.kudosLeft(W, remaining));
    setEnabled(remaining > 0);
    if (remaining <= 0 && status.textContent.isEmpty()) {
      say(PopupText.kudosError(W, "kudos_budget_spent", null, true), null);
    }
  }

  private void submit() {
    KudosRequest request;
    try {
      request = KudosRequest.read(new JsReader(JsPropertyMap.of(
          "to", colleague.value.isEmpty() ? 0.0 : Double.parseDouble(colleague.value),
          "value", value.value, "message", message.value)));
    } catch (WireException | NumberFormatException invalid) {
      String typed = message.value.trim();
      say(colleague.value.isEmpty() ? W.get("k_pickcolleague")
          : value.value.isEmpty() ? W.get("k_pickvalue")
          : invalid instanceof WireException w && "message".equals(w.field()) && !typed.isEmpty()
              && typed.length() <= KudosRequest.MAX_MESSAGE ? w.getMessage().replace("'message'", W.get("k_message"))
          : W.count("k_write", KudosRequest.MAX_MESSAGE), "bad");
      return;
    }
    String to = names.get(colleague.value);
    send.disabled = true;
    say(W.get("k_sending"), null);
    WorkerClient.send(JsPropertyMap.of("type", Messages.GIVE_KUDOS, "kudos", JsWriter.encode(request::write)))
        .then(reply -> {
          send.disabled = false;
          String s = reply.string("status");
          if (Messages.SENT.equals(s)) {
            KudosEvent given = KudosEvent.read(reply.object("kudos"));
            long remaining = reply.optInteger("kudosLeft", -1);
            message.value = "";
            Nodes.setText(counter, PopupText.counter(W, "", KudosRequest.MAX_MESSAGE));
            colleague.value = "";
            String toName = given.toName() == null ? to : given.toName();
            say(PopupText.kudosSent(W, toName), "good");
            Nodes.setSentence(status, PopupText.kudosSent(W, toName), toName);
            status.appendChild(kudosMark());
            budget(remaining >= 0 ? (int) remaining : kudosLeft - 1);
          } else if (Messages.SIGNED_OUT.equals(s)) {
            signedOut.run();
          } else {
            String code = reply.optString("code");
            say(PopupText.kudosError(W, code, reply.optString("message"), Messages.REFUSED.equals(s)), "bad");
            if ("kudos_budget_spent".equals(code)) {
              budget(0);
            } else if ("unknown_colleague".equals(code) || "unknown_value".equals(code)) {
              load();
            }
          }
          return null;
        });
  }

  private void setEnabled(boolean enabled) {
    colleague.disabled = !enabled;
    value.disabled = !enabled;
    message.disabled = !enabled;
    send.disabled = !enabled;
  }

  private void say(String text, String tone) {
    Nodes.setText(status, text);
    status.className = "status" + (tone == null ? "" : " " + tone);
  }

  /** The kudos heart (the "Appreciated" badge's picture), never an emoji a system may lack. */
  private static HTMLElement kudosMark() {
    HTMLElement mark = BadgeIcons.img(BadgeIcons.EXTENSION, Badge.KUDOS_RECEIVED_10, "");
    mark.classList.add("kudos-mark");
    return mark;
  }

  private static HTMLOptionElement option(String v, String text) {
    HTMLOptionElement o = (HTMLOptionElement) DomGlobal.document.createElement("option");
    o.value = v;
    o.textContent = text;
    return o;
  }
}
