package io.chorus.extension.content;

import elemental2.dom.DOMRect;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.EventListener;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.Node;
import elemental2.dom.ResizeObserver;
import io.chorus.extension.dom.DeepQuery;
import io.chorus.extension.dom.NativeDom;
import io.chorus.extension.i18n.Words;
import io.chorus.extension.messaging.PanelItem;
import io.chorus.extension.ui.Nodes;
import io.chorus.extension.ui.UserText;

/**
 * The suggestion panel: one host element on the page with an open shadow root, so the site's styles
 * and scripts leave it alone and it touches nothing else of the page. All text goes in as textContent;
 * titles and suggested words are user input, each in its own isolating element ({@link Nodes#userText}). It never covers the site's controls: while a composer is
 * open it moves to a free corner, folds to its bar, or hides (see {@link Placement}).
 */
final class PanelView implements ContentView {
  /** The employee folded or unfolded the panel (kept for the next page). */
  interface Folded {
    void changed(boolean folded);
  }

  private final String network;
  private final Words words;
  private final Folded onFolded;
  private Actions actions;
  private final HTMLElement host;
  private final HTMLElement panel;
  private final HTMLElement cards;
  private final HTMLElement status;
  private final HTMLElement offer;
  private final HTMLElement composing;
  private final HTMLButtonElement toggle;
  private final ResizeObserver resizes;

  /** The employee's choice (the toggle), and the panel's own stepping aside after a Share. */
  private boolean wantsFolded;
  private boolean steppedAside;
  private boolean hiddenHere;
  private boolean hiddenByComposer;
  private int corner = Placement.BOTTOM_RIGHT;
  private Element obstacle;
  private boolean placing;

  /**
   * {@code onPage} false: the panel is built but never attached (the employee or the company keeps Chorus
   * off the site's pages), so the page is not touched while the presenter goes on watching the share.
   */
  PanelView(String network, Words words, boolean folded, Folded onFolded, boolean onPage) {
    this.network = network;
    this.words = words;
    this.onFolded = onFolded;
    this.wantsFolded = folded;
    host = element("div", null);
    host.id = DeepQuery.OWN_HOST_ID;
    // The page must not act on clicks and keys meant for Chorus.
    EventListener stop = e -> e.stopPropagation();
    host.addEventListener("click", stop);
    host.addEventListener("keydown", stop);
    Node root = NativeDom.attachStyledShadow(host, PanelStyle.CSS);

    panel = element("aside", "panel");
    panel.setAttribute("aria-label", words.get("p_aria"));
    HTMLElement bar = element("header", "bar");
    bar.appendChild(text("span", "brand", "Chorus"));
    bar.appendChild(text("span", "hint", words.get("p_hint", network)));
    toggle = (HTMLButtonElement) element("button", "toggle");
    toggle.addEventListener("click", e -> {
      wantsFolded = !panel.classList.contains("minimized");
      steppedAside = false;
      onFolded.changed(wantsFolded);
      place();
    });
    bar.appendChild(toggle);
    HTMLElement body = element("div", "body");
    cards = element("ol", "cards");
    body.appendChild(cards);
    status = element("p", "status");
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    offer = element("div", "offer");
    composing = element("p", "composing");
    composing.setAttribute("aria-live", "polite");
    panel.appendChild(bar);
    panel.appendChild(body);
    // Outside the body: still readable when the panel is folded away.
    panel.appendChild(status);
    panel.appendChild(offer);
    panel.appendChild(composing);
    root.appendChild(panel);
    fold(folded);
    if (onPage) {
      DomGlobal.document.documentElement.appendChild(host);
    } else {
      hiddenHere = true;
    }
    // The composer grows as the employee types; the panel as it fills: place again on either.
    // Placed after the observer's callback, never inside it (a size change there loops the observer).
    resizes = new ResizeObserver((entries, o) -> {
      placeSoon();
      return null;
    });
    resizes.observe(panel);
    DomGlobal.window.addEventListener("resize", e -> placeSoon());
  }

  void actions(Actions actions) {
    this.actions = actions;
  }

  @Override
  public void showItems(PanelItem[] items, double maxLength, double sharePoints, double ownWordsBonus) {
    cards.textContent = "";
    if (items.length == 0) {
      cards.appendChild(text("li", "empty", words.get("p_none", network)));
    }
    for (PanelItem item : items) {
      cards.appendChild(card(item, maxLength, sharePoints, ownWordsBonus));
    }
  }

  @Override
  public void showSignedOut() {
    cards.textContent = "";
    cards.appendChild(text("li", "empty", words.get("p_signin")));
  }

  @Override
  public void say(String message, String tone) {
    status.textContent = message == null ? "" : message;
    status.className = "status " + (tone == null ? "" : tone);
    offer.textContent = "";
  }

  @Override
  public void sayWith(String message, String userText, String tone) {
    Nodes.setSentence(status, message, userText);
    status.className = "status " + (tone == null ? "" : tone);
    offer.textContent = "";
  }

  @Override
  public void offer(PanelItem item) {
    offer.textContent = "";
    offer.appendChild(button(words.get("p_copy"), "copy", () -> actions.copy(item)));
    offer.appendChild(button(words.get("p_sharepage", network), "share-page", () -> actions.openSharePage(item)));
  }

  @Override
  public void composing(String line, String tone) {
    composing.textContent = line == null ? "" : line;
    composing.className = "composing " + (tone == null ? "" : tone);
  }

  /**
   * Drawn inline from the SVG the worker read out of the extension (its own file, never page or server
   * data): an {@code <img>} pointing into the extension needs a web-accessible resource any page could
   * probe for.
   */
  @Override
  public void showBadgeIcons(String[] titles, String[] svgs) {
    for (int i = 0; i < svgs.length && i < titles.length; i++) {
      Element icon = NativeDom.svg(svgs[i]);
      if (icon != null) {
        icon.setAttribute("class", "badge-icon");
        icon.setAttribute("role", "img");
        icon.setAttribute("aria-label", titles[i]);
        status.appendChild(icon);
      }
    }
  }

  @Override
  public void markShared(double contentId) {
    Element card = cards.querySelector("[data-content-id='" + ShareMessages.whole(contentId) + "']");
    if (card != null) {
      card.classList.add("shared");
      Element button = card.querySelector("button");
      if (button != null) {
        ((HTMLButtonElement) button).disabled = true;
        button.textContent = words.get("p_shared");
      }
    }
  }

  @Override
  public void removeItem(double contentId) {
    Element card = cards.querySelector("[data-content-id='" + ShareMessages.whole(contentId) + "']");
    if (card != null) {
      card.remove();
    }
  }

  /** Off the page for good (the employee or the company switched the in-page panel off). */
  void remove() {
    hiddenHere = true;
    resizes.disconnect();
    host.remove();
  }

  @Override
  public void stepAside() {
    steppedAside = true;
    place();
  }

  @Override
  public void hidden(boolean hidden) {
    hiddenHere = hidden;
    show();
  }

  /**
   * Keeps the panel clear of {@code composer} (the open composer's dialog or block; null when none is
   * open): placed again now and whenever it changes size.
   */
  void avoid(Element composer) {
    if (composer == obstacle) {
      return;
    }
    if (obstacle != null) {
      resizes.unobserve(obstacle);
    }
    if (composer == null) {
      // The composer closed: back to what the employee chose.
      steppedAside = false;
    } else {
      resizes.observe(composer);
    }
    obstacle = composer;
    place();
  }

  private void placeSoon() {
    if (!placing) {
      placing = true;
      DomGlobal.setTimeout(ignored -> {
        placing = false;
        place();
      }, 0);
    }
  }

  /** Chooses corner and fold so the panel covers nothing of the open composer. */
  private void place() {
    if (hiddenHere) {
      return;
    }
    boolean wantOpen = !wantsFolded && !steppedAside;
    int choice;
    if (obstacle == null || !obstacle.isConnected) {
      choice = Placement.BOTTOM_RIGHT * 2 + (wantOpen ? 0 : 1);
    } else {
      double[] open = measure(false);
      double[] bar = measure(true);
      DOMRect r = obstacle.getBoundingClientRect();
      choice = Placement.choose(DomGlobal.window.innerWidth, DomGlobal.window.innerHeight, open, bar,
          new double[] {r.left, r.top, r.width, r.height}, wantOpen, corner);
    }
    hiddenByComposer = choice == Placement.HIDDEN;
    if (!hiddenByComposer) {
      corner = choice / 2;
      panel.className = "panel at-" + corner;
      fold(choice % 2 == 1);
    }
    show();
  }

  /** The panel's {width, height} folded or not (measured in place, within this task: nothing paints). */
  private double[] measure(boolean asFolded) {
    boolean was = panel.classList.contains("minimized");
    panel.classList.toggle("minimized", asFolded);
    DOMRect r = panel.getBoundingClientRect();
    panel.classList.toggle("minimized", was);
    return new double[] {r.width, r.height};
  }

  private void show() {
    host.style.setProperty("display", hiddenHere || hiddenByComposer ? "none" : "block", "important");
  }

  private void fold(boolean minimized) {
    panel.classList.toggle("minimized", minimized);
    toggle.textContent = minimized ? "+" : "–";
    toggle.setAttribute("aria-expanded", String.valueOf(!minimized));
    toggle.setAttribute("aria-label", words.get(minimized ? "p_show" : "p_hide"));
  }

  private HTMLElement card(PanelItem item, double maxLength, double sharePoints, double ownWordsBonus) {
    HTMLElement card = element("li", "card");
    card.setAttribute("data-content-id", ShareMessages.whole(item.contentId));
    if (item.contestTag != null) {
      // An item of a live contest: gold-edged, with the contest's hashtag under its title.
      card.classList.add("contest");
      card.setAttribute("data-contest", item.contestTag);
    }
    // Titles and suggested words are user text: each isolated (a right-to-left override stays inside).
    card.appendChild(Nodes.append(element("p", "title"), Nodes.userText(null, item.title)));
    if (item.contestTag != null) {
      card.appendChild(Nodes.append(element("p", "ctag"), Nodes.plain(words.get("p_contest") + " "),
          Nodes.userText(null, "#" + item.contestTag)));
    }
    card.appendChild(Nodes.append(element("p", "text"), Nodes.userText(null, item.shareText)));
    HTMLElement row = element("div", "row");
    HTMLElement fit = text("span", "fit", words.number(item.shareLength) + " / " + words.number(maxLength));
    if (item.shareLength > maxLength) {
      fit.classList.add("over");
    }
    row.appendChild(fit);
    HTMLElement points = text("span", "points", sharePoints < 0 ? "" : words.count("p_pts", sharePoints));
    if (ownWordsBonus > 0) {
      points.title = words.count("p_bonus", ownWordsBonus);
    }
    row.appendChild(points);
    HTMLButtonElement share = button(words.get("p_share"), "share", () -> actions.share(item));
    share.setAttribute("aria-label", words.get("p_sharearia", UserText.isolate(item.title), network));
    row.appendChild(share);
    card.appendChild(row);
    HTMLElement more = element("div", "more");
    more.appendChild(button(words.get("p_snooze"), "snooze", () -> actions.hide(item, false)));
    more.appendChild(button(words.get("p_dismiss"), "dismiss", () -> actions.hide(item, true)));
    card.appendChild(more);
    return card;
  }

  private static HTMLButtonElement button(String label, String action, Runnable onClick) {
    HTMLButtonElement b = (HTMLButtonElement) text("button", action, label);
    b.setAttribute("data-chorus", action);
    b.addEventListener("click", e -> onClick.run());
    return b;
  }

  private static HTMLElement element(String tag, String className) {
    HTMLElement e = (HTMLElement) DomGlobal.document.createElement(tag);
    if (className != null) {
      e.className = className;
    }
    return e;
  }

  private static HTMLElement text(String tag, String className, String text) {
    HTMLElement e = element(tag, className);
    e.textContent = text;
    return e;
  }
}
