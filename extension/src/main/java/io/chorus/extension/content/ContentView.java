package io.chorus.extension.content;

import io.chorus.extension.messaging.PanelItem;

/**
 * What the presenter ({@link ContentController}) asks of the panel on the page. The DOM one is
 * {@link PanelView}; tests use a recording one. Every string shown is set as text, never as markup.
 */
interface ContentView {
  /** What the employee does in the panel. */
  interface Actions {
    void share(PanelItem item);

    /** Copies the item's text, for a composer Chorus could not open. */
    void copy(PanelItem item);

    /** Continues on the network's own share page, prefilled. */
    void openSharePage(PanelItem item);

    /** Not for me ({@code forever}) or later (snoozed until tomorrow). */
    void hide(PanelItem item, boolean forever);
  }

  /**
   * The suggestions (best first; contest items marked), each with its length against the network's
   * {@code maxLength}, the points a share earns ({@code sharePoints}; -1: unknown, not shown) and the
   * own-words bonus.
   */
  void showItems(PanelItem[] items, double maxLength, double sharePoints, double ownWordsBonus);

  void showSignedOut();

  /** The status line; {@code tone} is null, "good" or "bad". */
  void say(String message, String tone);

  /** A status line with a piece of user text in it (a title), shown isolated. */
  void sayWith(String message, String userText, String tone);

  /** Under the status: copy the item's text, or open the network's share page. */
  void offer(PanelItem item);

  /** The line about the draft in the composer (length left, own words); null removes it. */
  void composing(String line, String tone);

  /**
   * After the status line: each earned badge's picture ({@code svgs}, from the extension's own files via
   * the worker; "" for none), labelled with its title.
   */
  void showBadgeIcons(String[] titles, String[] svgs);

  /** Dims an item once shared. */
  void markShared(double contentId);

  /** Takes a dismissed or snoozed item out of the list. */
  void removeItem(double contentId);

  /** Folds the panel away while the employee works in the composer. */
  void stepAside();

  /** Hides the whole panel (conversation and messaging pages), or shows it again. */
  void hidden(boolean hidden);
}
