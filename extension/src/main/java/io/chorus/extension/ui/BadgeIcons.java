package io.chorus.extension.ui;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLImageElement;
import io.chorus.shared.badges.Badge;

/**
 * A badge's picture as an image from the SVGs shipped with the page (extension module,
 * src/main/badges), never an emoji from a system font: a fresh Debian Chromium (many TV sticks) has
 * no colour-emoji font and draws empty boxes. The popup passes {@link #EXTENSION}, the office screen
 * {@link #SCREEN}.
 */
public final class BadgeIcons {
  /** The popup and options pages sit at the extension's root, next to badges/. */
  public static final String EXTENSION = "";
  /** The office screen's files are served under /screen/ (the page itself is /screen). */
  public static final String SCREEN = "/screen/";

  private BadgeIcons() {}

  /**
   * An {@code <img class="badge-img">} of {@code badge}; {@code alt} is its text for screen readers, or
   * "" where the badge's title is written next to it.
   */
  public static HTMLImageElement img(String base, Badge badge, String alt) {
    HTMLImageElement img = (HTMLImageElement) DomGlobal.document.createElement("img");
    img.className = "badge-img";
    img.src = base + badge.iconPath();
    img.alt = alt;
    img.draggable = false;
    img.setAttribute("data-badge", badge.id());
    return img;
  }
}
