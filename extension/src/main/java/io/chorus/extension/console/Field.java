package io.chorus.extension.console;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLInputElement;
import elemental2.dom.HTMLTextAreaElement;

/**
 * One labelled form field with its hint and the place where what is wrong with it is said (linked by
 * {@code aria-describedby}, marked {@code aria-invalid}). The input is an {@code <input>} or a
 * {@code <textarea>}; its value is read and written as text only.
 */
final class Field {
  private static int counter;

  final String name;
  final HTMLElement element;
  final HTMLElement control;
  private final HTMLElement error;

  private Field(String name, String label, String hint, HTMLElement control) {
    this.name = name;
    this.control = control;
    String id = "field-" + name + "-" + (++counter);
    control.id = id;
    control.setAttribute("name", name);
    element = Ui.el("div", "field");
    HTMLElement labelElement = Ui.text("label", "field-label", label);
    labelElement.setAttribute("for", id);
    element.appendChild(labelElement);
    element.appendChild(control);
    String describedBy = id + "-error";
    if (hint != null) {
      HTMLElement hintElement = Ui.text("p", "field-hint", hint);
      hintElement.id = id + "-hint";
      element.appendChild(hintElement);
      describedBy = hintElement.id + " " + describedBy;
    }
    error = Ui.el("p", "field-error");
    error.id = id + "-error";
    error.hidden = true;
    element.appendChild(error);
    control.setAttribute("aria-describedby", describedBy);
  }

  static Field input(String name, String type, String label, String hint) {
    HTMLInputElement input = (HTMLInputElement) DomGlobal.document.createElement("input");
    input.type = type;
    return new Field(name, label, hint, input);
  }

  static Field number(String name, String label, String hint) {
    Field field = input(name, "number", label, hint);
    HTMLInputElement input = (HTMLInputElement) field.control;
    input.setAttribute("inputmode", "numeric");
    input.step = "1";
    return field;
  }

  /** A labelled choice from a list. */
  static Field select(String name, String label, HTMLElement select) {
    return new Field(name, label, null, select);
  }

  /** A field whose "control" is something the page draws (a chosen person), focusable for its error. */
  static Field custom(String name, String label, HTMLElement view) {
    view.tabIndex = -1;
    view.setAttribute("role", "group");
    return new Field(name, label, null, view);
  }

  static Field textarea(String name, String label, String hint, int maxLength) {
    HTMLTextAreaElement area = (HTMLTextAreaElement) DomGlobal.document.createElement("textarea");
    area.rows = 3;
    area.maxLength = maxLength;
    return new Field(name, label, hint, area);
  }

  String value() {
    if (control instanceof HTMLTextAreaElement) {
      return ((HTMLTextAreaElement) control).value;
    }
    return control instanceof HTMLInputElement ? ((HTMLInputElement) control).value : "";
  }

  void value(String value) {
    if (control instanceof HTMLTextAreaElement) {
      ((HTMLTextAreaElement) control).value = value;
    } else if (control instanceof HTMLInputElement) {
      ((HTMLInputElement) control).value = value;
    }
  }

  void attribute(String name, String value) {
    control.setAttribute(name, value);
  }

  void error(String message) {
    error.textContent = message;
    error.hidden = false;
    control.setAttribute("aria-invalid", "true");
    element.classList.add("field--invalid");
  }

  void clearError() {
    error.textContent = "";
    error.hidden = true;
    control.removeAttribute("aria-invalid");
    element.classList.remove("field--invalid");
  }

  void focus() {
    control.focus();
  }
}
