package io.chorus.extension.messaging;

/**
 * The chrome.storage.local keys more than one part of the extension reads (worker, content scripts,
 * popup, side panel, options page): the employee's own switches and what the worker remembers for them.
 * A switch that was never set has its default (absent = on for the panel and the notifications, off for
 * the pause).
 */
public final class Prefs {
  /** true: Chorus reads nothing on the sites and reports nothing (the popup's pause switch). */
  public static final String PAUSED = "paused";
  /** false: no panel on LinkedIn's and X's pages, the side panel only (the options page's switch). */
  public static final String IN_PAGE_PANEL = "inPagePanel";
  /** false: the company keeps the panel off the pages (its extension settings, copied by the worker). */
  public static final String COMPANY_IN_PAGE_PANEL = "companyInPagePanel";
  /** false: no notification when a badge is earned. */
  public static final String NOTIFY_BADGES = "notify.badges";
  /** false: no notification when a contest starts. */
  public static final String NOTIFY_CONTESTS = "notify.contests";
  /**
   * {item, at}: a share started in the popup or the side panel, taken by the content script of the share
   * page it opened (so that page's Post is watched and reported).
   */
  public static final String PENDING_SHARE = "pendingShare";

  private Prefs() {}
}
