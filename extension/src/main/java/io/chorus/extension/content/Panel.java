package io.chorus.extension.content;

import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.Node;
import io.chorus.extension.dom.DeepQuery;
import io.chorus.extension.dom.NativeDom;
import io.chorus.extension.ui.Elements;
import io.chorus.extension.ui.Nodes;
import io.chorus.extension.ui.UserText;
import io.chorus.shared.Network;
import io.chorus.shared.text.ShareText;
import io.chorus.shared.wire.Suggestion;
import java.util.List;

/**
 * The suggestion panel: one host element on the page with an open shadow root, so the site's styles
 * and scripts leave it alone and it touches nothing else of the page. All text goes in as textContent;
 * titles and suggested words are user input, each in its own isolating element ({@link Nodes#userText}).
 */
final class Panel {
  interface Actions {
    void share(Suggestion suggestion);

    void minimized(boolean minimized);
  }

  private final Network network;
  private final Actions actions;
  private HTMLElement panel;
  private HTMLElement cards;
  private HTMLElement status;
  private HTMLButtonElement toggle;

  Panel(Network network, Actions actions) {
    this.network = network;
    this.actions = actions;
  }

  void attach(boolean minimized) {
    HTMLElement host = (HTMLElement) DomGlobal.document.createElement("div");
    host.id = DeepQuery.OWN_HOST_ID;
    // The page must not act on clicks and keys meant for Chorus.
    host.addEventListener("click", Event::stop);
    host.addEventListener("keydown", Event::stop);
    Node root = NativeDom.attachStyledShadow(host, PanelStyle.CSS);

    panel = (HTMLElement) DomGlobal.document.createElement("aside");
    panel.className = "panel";
    panel.setAttribute("aria-label", "Chorus suggestions");
    HTMLElement bar = element("header", "bar");
    bar.appendChild(withClass(Elements.text("span", "Chorus"), "brand"));
    bar.appendChild(withClass(Elements.text("span", "Suggested for " + network.displayName()), "hint"));
    toggle = (HTMLButtonElement) DomGlobal.document.createElement("button");
    toggle.className = "toggle";
    toggle.addEventListener("click", e -> setMinimized(!panel.classList.contains("minimized"), true));
    bar.appendChild(toggle);
    HTMLElement body = element("div", "body");
    cards = element("ol", "cards");
    status = element("p", "status");
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    body.appendChild(cards);
    panel.appendChild(bar);
    panel.appendChild(body);
    // Outside the body: still readable when the panel is folded away.
    panel.appendChild(status);
    root.appendChild(panel);
    setMinimized(minimized, false);
    DomGlobal.document.documentElement.appendChild(host);
  }

  /**
   * The suggestions, each with the points a share earns under the company's rules ({@code sharePoints};
   * -1 when unknown: no figure is shown) and the bonus for the employee's own words.
   */
  void showSuggestions(List<Suggestion> suggestions, long sharePoints, long ownWordsBonus) {
    cards.textContent = "";
    if (suggestions.isEmpty()) {
      cards.appendChild(withClass(Elements.text("li", "Nothing new to share on " + network.displayName()
          + " right now. You're all caught up."), "empty"));
    }
    for (Suggestion s : suggestions) {
      cards.appendChild(card(s, sharePoints, ownWordsBonus));
    }
  }

  void showSignedOut() {
    cards.textContent = "";
    cards.appendChild(withClass(Elements.text("li", "Sign in to Chorus with its toolbar button to see "
        + "company news you can share here."), "empty"));
  }

  /**
   * Folds the panel down to its bar while the employee works in the site's composer, so it never sits
   * over the composer's Post button; the status line stays visible.
   */
  void stepAside() {
    setMinimized(true, false);
  }

  void say(String message, String tone) {
    say(message, null, tone);
  }

  /** A status line with a piece of user text in it (a title), which is shown isolated. */
  void say(String message, String userText, String tone) {
    Nodes.setSentence(status, message, userText);
    status.className = "status " + (tone == null ? "" : tone);
  }

  /**
   * After the words of {@link #say}: each earned badge's picture, drawn inline from the SVG the worker
   * read out of the extension (its own file, never page or server data). Inline, because an {@code <img>}
   * pointing into the extension needs a web-accessible resource that any page could probe for.
   */
  void showBadgeIcons(List<String> titles, List<String> svgs) {
    for (int i = 0; i < svgs.size() && i < titles.size(); i++) {
      Element icon = NativeDom.svg(svgs.get(i));
      if (icon == null) {
        continue;
      }
      icon.setAttribute("class", "badge-icon");
      icon.setAttribute("role", "img");
      icon.setAttribute("aria-label", titles.get(i));
      status.appendChild(icon);
    }
  }

  /** Marks an item as shared (it stays visible, dimmed, until the next refresh). */
  void markShared(long contentId) {
    Element card = cards.querySelector("[data-content-id='" + contentId + "']");
    if (card != null) {
      card.classList.add("shared");
      Element button = card.querySelector("button");
      if (button != null) {
        ((HTMLButtonElement) button).disabled = true;
        button.textContent = "Shared";
      }
    }
  }

  private HTMLElement card(Suggestion s, long sharePoints, long ownWordsBonus) {
    String text = s.shareText();
    HTMLElement card = element("li", "card");
    card.setAttribute("data-content-id", String.valueOf(s.contentId()));
    card.appendChild(Nodes.append(element("p", "title"), Nodes.userText(null, s.title())));
    card.appendChild(Nodes.append(element("p", "text"), Nodes.userText(null, text)));
    HTMLElement row = element("div", "row");
    int length = ShareText.length(network, text);
    HTMLElement fit = withClass(Elements.text("span", length + " / " + network.maxLength()), "fit");
    if (length > network.maxLength()) {
      fit.classList.add("over");
    }
    row.appendChild(fit);
    HTMLElement points = withClass(Elements.text("span", sharePoints < 0 ? "" : "+" + sharePoints + " points"), "points");
    if (ownWordsBonus > 0) {
      points.title = "+" + ownWordsBonus + " more when you put it in your own words";
    }
    row.appendChild(points);
    HTMLButtonElement share = (HTMLButtonElement) Elements.text("button", "Share");
    share.className = "share";
    share.setAttribute("data-chorus", "share");
    share.setAttribute("aria-label", "Share “" + UserText.isolate(s.title()) + "” on " + network.displayName());
    share.addEventListener("click", e -> actions.share(s));
    row.appendChild(share);
    card.appendChild(row);
    return card;
  }

  private void setMinimized(boolean minimized, boolean byUser) {
    panel.classList.toggle("minimized", minimized);
    toggle.textContent = minimized ? "+" : "–";
    toggle.setAttribute("aria-expanded", String.valueOf(!minimized));
    toggle.setAttribute("aria-label", minimized ? "Show Chorus suggestions" : "Hide Chorus suggestions");
    if (byUser) {
      actions.minimized(minimized);
    }
  }

  private static HTMLElement element(String tag, String className) {
    HTMLElement e = (HTMLElement) DomGlobal.document.createElement(tag);
    e.className = className;
    return e;
  }

  private static HTMLElement withClass(HTMLElement e, String className) {
    e.className = className;
    return e;
  }

  /** Event helpers kept apart so the listeners above read as one line. */
  private static final class Event {
    static void stop(elemental2.dom.Event e) {
      e.stopPropagation();
    }
  }
}
