package io.chorus.extension.content;

import io.chorus.extension.messaging.PanelItem;

/**
 * The site's page as the presenter sees it, without the DOM: finding (or opening) the composer,
 * watching it, and what the page reports back. {@link SitePage} is the DOM one.
 */
interface Page {
  /** What the page tells the presenter. */
  interface Events {
    /** The page changed (single-page navigation too); on conversation pages the panel hides. */
    void pageChanged(boolean conversation);

    /** The employee used the watched composer's Post control (or Ctrl/Cmd+Enter): its text then. */
    void postAction(String postedText);

    /** The site confirmed that post, with the new post's address. */
    void posted(String postUrl);

    /** The site said that post failed. */
    void postFailed();

    /** The site showed neither a success nor a failure notice in time. */
    void postUnconfirmed();

    /** The watched composer closed (×, Discard, Escape) without a post action. */
    void composerClosed();

    /** The employee changed the watched draft. */
    void edited(String text);
  }

  /** "linkedin" or "x". */
  String network();

  /** "LinkedIn" or "X". */
  String displayName();

  /**
   * The open composer, or the one the site's own button opens, waiting while the page is still
   * building; null when this page has none (a reply box or a comment box never counts).
   */
  void findComposer(Callback<Composer> found);

  /**
   * Watches for the post of {@code link}: Post in {@code composer} (may be null: then any composer
   * whose text holds the link), its closing and its edits.
   */
  void watch(Composer composer, String link);

  void unwatch();

  /** Puts text on the clipboard; answers whether it worked. */
  void copy(String text, Callback<Boolean> done);

  /** Leaves for the network's own share page, prefilled, remembering the item for the next page. */
  void openSharePage(PanelItem item);

  /**
   * The live contests' hashtags (lower case) to look for when the employee posts their own words: a
   * post action in any composer whose text holds one is reported through {@link Events#postAction} and
   * {@link Events#posted} like a watched share.
   */
  void contestTags(String[] tags);

  /** The item a share page left to this page (see {@link #openSharePage}), or null; taken once. */
  PanelItem takePending();
}
