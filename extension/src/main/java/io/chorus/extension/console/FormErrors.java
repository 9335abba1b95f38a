package io.chorus.extension.console;

import elemental2.dom.HTMLElement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts a refusal where it belongs: next to the field it names (by the answer's field, or by the
 * form's own map from error codes to fields, e.g. {@code unknown_colleague} to the person), else at
 * the foot of the form. Clearing first, so only the latest answer is shown.
 */
final class FormErrors {
  private final Map<String, Field> fields = new LinkedHashMap<>();
  private final Map<String, String> codeToField = new LinkedHashMap<>();
  final HTMLElement formError;

  FormErrors() {
    formError = Ui.el("p", "form-error");
    formError.setAttribute("role", "alert");
    formError.hidden = true;
  }

  FormErrors field(Field field) {
    fields.put(field.name, field);
    return this;
  }

  /** Errors with this code are about this field, whatever the answer says. */
  FormErrors codeMeans(String code, String fieldName) {
    codeToField.put(code, fieldName);
    return this;
  }

  void clear() {
    for (Field f : fields.values()) {
      f.clearError();
    }
    formError.textContent = "";
    formError.hidden = true;
  }

  /** Shows the problem next to its field (and focuses it), or under the form. */
  void show(ApiProblem problem) {
    clear();
    String name = codeToField.containsKey(problem.code()) ? codeToField.get(problem.code()) : problem.field();
    Field field = name == null ? null : fields.get(name);
    if (field != null) {
      field.error(name.equals(problem.field()) ? problem.fieldMessage() : problem.message());
      field.focus();
    } else {
      formError.textContent = problem.message();
      formError.hidden = false;
    }
  }

  /** A problem found before asking the server, said the same way. */
  void show(String fieldName, String message) {
    show(new ApiProblem(0, "invalid_field", message, fieldName));
  }
}
