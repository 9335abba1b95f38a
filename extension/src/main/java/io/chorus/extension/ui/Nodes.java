package io.chorus.extension.ui;

import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import elemental2.dom.Node;
import elemental2.dom.Text;
import java.util.List;

/**
 * DOM building blocks for pages that re-render often (the office screen): elements with a class,
 * text that only ever goes in as text, and keyed lists that move existing children instead of
 * rebuilding them, so CSS animations on untouched rows keep running.
 */
public final class Nodes {
  private Nodes() {}

  /** A {@code tag} element with {@code className} (may be null). */
  public static HTMLElement el(String tag, String className) {
    HTMLElement element = (HTMLElement) DomGlobal.document.createElement(tag);
    if (className != null) {
      element.className = className;
    }
    return element;
  }

  /** A {@code tag} element with {@code className} holding {@code text} as plain text (textContent). */
  public static HTMLElement text(String tag, String className, String text) {
    HTMLElement element = el(tag, className);
    element.textContent = text == null ? "" : text;
    return element;
  }

  /** The class of every element {@link #userText} makes (tests and style sheets find them by it). */
  public static final String USER_TEXT = "user-text";

  /**
   * A piece of user text — a name, a title, a company value, a kudos message — as a {@code <bdi>}
   * holding it as plain text. The element isolates it (the style sheets also say
   * {@code unicode-bidi: isolate} for {@code .user-text}): a right-to-left override in a display name
   * ends with the name instead of reversing the rest of the line, and an Arabic name does not pull the
   * punctuation beside it into its direction. Every surface uses this for every piece of user text;
   * where there is no element (an attribute, an option's label) use {@link UserText#isolate}.
   */
  public static HTMLElement userText(String className, String text) {
    return text("bdi", className == null ? USER_TEXT : USER_TEXT + " " + className, text);
  }

  /**
   * Makes {@code sentence} the text of {@code element}, with the first occurrence of {@code userText}
   * in it (a name, a title) in its own {@link #userText} element: "Kudos sent to <bdi>Sanne</bdi>".
   */
  public static void setSentence(Element element, String sentence, String userText) {
    int at = userText == null || userText.isEmpty() ? -1 : sentence.indexOf(userText);
    element.textContent = at < 0 ? sentence : sentence.substring(0, at);
    if (at >= 0) {
      element.appendChild(userText(null, userText));
      element.appendChild(plain(sentence.substring(at + userText.length())));
    }
  }

  /** A text node: fixed words placed between elements, never parsed as markup. */
  public static Text plain(String text) {
    return DomGlobal.document.createTextNode(text == null ? "" : text);
  }

  /** Sets textContent only when it differs, so an unchanged clock or label does not touch the DOM. */
  public static void setText(Element element, String text) {
    String t = text == null ? "" : text;
    if (!t.equals(element.textContent)) {
      element.textContent = t;
    }
  }

  /** Appends children in order. */
  public static HTMLElement append(HTMLElement parent, Node... children) {
    for (Node child : children) {
      parent.appendChild(child);
    }
    return parent;
  }

  /**
   * Makes {@code wanted} the exact children of {@code parent}, in order: a child already in place is
   * not touched, one elsewhere is moved, a new one inserted, and any other child removed.
   */
  public static void order(Element parent, List<? extends Node> wanted) {
    for (int i = 0; i < wanted.size(); i++) {
      Node want = wanted.get(i);
      Node at = parent.childNodes.item(i);
      if (at != want) {
        parent.insertBefore(want, at);
      }
    }
    while (parent.childNodes.length > wanted.size()) {
      parent.removeChild(parent.lastChild);
    }
  }
}
