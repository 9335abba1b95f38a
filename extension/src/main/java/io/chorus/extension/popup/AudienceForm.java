package io.chorus.extension.popup;

import io.chorus.extension.i18n.BrowserWords;
import io.chorus.extension.i18n.Words;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import elemental2.dom.HTMLInputElement;
import io.chorus.extension.messaging.Messages;
import io.chorus.extension.messaging.WorkerClient;
import io.chorus.extension.ui.Nodes;
import io.chorus.extension.wire.JsReader;
import io.chorus.extension.wire.JsWriter;
import io.chorus.shared.wire.Audience;
import io.chorus.shared.wire.WireException;
import jsinterop.base.JsPropertyMap;

/**
 * "Your audience": how many people follow you on LinkedIn and on X, if you care to say (your company
 * sums its sharers' audiences as an estimated reach). Folded away like the kudos form; an empty box
 * means "not saying".
 */
final class AudienceForm {
  private static final Words W = BrowserWords.get();
  private final KudosForm.SignedOut signedOut;
  private final HTMLElement root = Nodes.el("details", "audience");
  private final HTMLInputElement linkedin = number("linkedin", W.get("a_linkedin"));
  private final HTMLInputElement x = number("x", W.get("a_x"));
  private final HTMLButtonElement save = (HTMLButtonElement) Nodes.text("button", null, W.get("a_save"));
  private final HTMLElement status = Nodes.el("p", "status");

  AudienceForm(KudosForm.SignedOut signedOut) {
    this.signedOut = signedOut;
    HTMLFormElement form = (HTMLFormElement) Nodes.el("form", "audience-form");
    save.type = "submit";
    status.setAttribute("role", "status");
    Nodes.append(form,
        Nodes.text("p", "hint", W.get("a_hint")),
        Nodes.append(Nodes.el("div", "audience-fields"), label("LinkedIn", linkedin), label("X", x)),
        Nodes.append(Nodes.el("div", "kudos-actions"), save),
        status);
    form.addEventListener("submit", e -> {
      e.preventDefault();
      submit();
    });
    Nodes.append(root, Nodes.append(Nodes.el("summary", null), Nodes.text("span", "kudos-title", "\uD83D\uDCE3 Your audience")),
        form);
  }

  HTMLElement element() {
    return root;
  }

  void load() {
    WorkerClient.send(JsPropertyMap.of("type", Messages.AUDIENCE)).then(reply -> {
      answer(reply, false);
      return null;
    });
  }

  private void submit() {
    Audience audience;
    try {
      audience = Audience.read(new JsReader(JsPropertyMap.of("linkedin", count(linkedin), "x", count(x))));
    } catch (WireException | NumberFormatException invalid) {
      say(W.get("a_invalid", W.number(Audience.MAX)), "bad");
      return;
    }
    save.disabled = true;
    WorkerClient.send(JsPropertyMap.of("type", Messages.SAVE_AUDIENCE, "audience", JsWriter.encode(audience::write)))
        .then(reply -> {
          save.disabled = false;
          answer(reply, true);
          return null;
        });
  }

  private void answer(JsReader reply, boolean saved) {
    String s = reply.string("status");
    if (Messages.OK.equals(s)) {
      Audience a = Audience.read(reply.object("audience"));
      linkedin.value = a.linkedin() == Audience.NOT_STATED ? "" : String.valueOf(a.linkedin());
      x.value = a.x() == Audience.NOT_STATED ? "" : String.valueOf(a.x());
      say(saved ? W.get("a_saved") : "", saved ? "good" : null);
    } else if (Messages.SIGNED_OUT.equals(s)) {
      signedOut.run();
    } else {
      say(reply.optString("message"), "bad");
    }
  }

  /** The box's number, or null when it is empty. */
  private static Double count(HTMLInputElement input) {
    String v = input.value.trim();
    if (v.isEmpty()) {
      return null;
    }
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        throw new NumberFormatException(v);
      }
    }
    return v.length() > 9 ? (double) (Audience.MAX + 1) : Double.parseDouble(v);
  }

  private void say(String text, String tone) {
    Nodes.setText(status, text);
    status.className = "status" + (tone == null ? "" : " " + tone);
  }

  private static HTMLInputElement number(String name, String label) {
    HTMLInputElement input = (HTMLInputElement) Nodes.el("input", null);
    input.type = "number";
    input.name = name;
    input.min = "0";
    input.max = String.valueOf(Audience.MAX);
    input.step = "1";
    input.setAttribute("inputmode", "numeric");
    input.setAttribute("aria-label", label);
    input.placeholder = "\u2014";
    return input;
  }

  private static HTMLElement label(String text, HTMLInputElement input) {
    HTMLElement label = Nodes.text("label", null, text);
    label.appendChild(input);
    return label;
  }
}
