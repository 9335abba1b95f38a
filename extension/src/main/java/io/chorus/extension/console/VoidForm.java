package io.chorus.extension.console;

import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.VoidReceipt;
import io.chorus.shared.wire.VoidRequest;
import java.util.function.Consumer;
import jsinterop.base.JsPropertyMap;

/**
 * The inline form under a share or a ledger entry that voids it: a required reason (kept with the
 * reversal for anyone who reads the ledger), the void button, and cancel. The server decides; its
 * answer (already voided, not voidable, a reason too short) is said next to the reason or under it.
 */
final class VoidForm {
  private final HTMLFormElement element;
  private final Field reason;

  VoidForm(ConsoleApi api, String path, String action, Consumer<VoidReceipt> voided, Runnable cancel) {
    element = (HTMLFormElement) Ui.el("form", "void-form");
    element.noValidate = true;
    reason = Field.textarea("reason", "Reason", "Say why, for the person and for the record (at least 3 characters).",
        VoidRequest.MAX_REASON);
    reason.attribute("required", "");
    FormErrors errors = new FormErrors().field(reason).codeMeans(ErrorCode.ALREADY_VOIDED.code(), null);
    HTMLButtonElement submit = (HTMLButtonElement) Ui.text("button", "button button--danger", action);
    submit.type = "submit";
    Ui.append(element, reason.element, errors.formError, Ui.append(Ui.el("div", "form-actions"), submit,
        Ui.button("Cancel", "button button--quiet", e -> cancel.run())));
    element.addEventListener("submit", e -> {
      e.preventDefault();
      errors.clear();
      submit.disabled = true;
      api.post(path, JsPropertyMap.of("reason", reason.value()), reply -> voided.accept(VoidReceipt.read(reply)),
          problem -> {
            submit.disabled = false;
            errors.show(problem);
          });
    });
  }

  HTMLElement element() {
    return element;
  }

  void focus() {
    reason.focus();
  }
}
