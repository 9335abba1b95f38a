package io.chorus.extension.content;

import elemental2.core.JsArray;
import elemental2.dom.Element;

/**
 * What Chorus needs to know about one site's pages. Adapters anchor on roles, test ids and structure
 * (labels are translated, class names churn; labels serve only as a hint) and never throw into the page:
 * when nothing is recognised they answer null or nothing, and the panel offers the share page instead.
 */
interface SiteAdapter {
  /** "linkedin" or "x". */
  String network();

  /** "LinkedIn" or "X". */
  String displayName();

  /** The open composers, the likeliest target first; never a reply, comment or message box. */
  JsArray<DomComposer> composers();

  /** The composer's own Post control (not its close, discard or toolbar buttons), or null. */
  Element postControl(DomComposer composer);

  /** The page's control that opens a composer (share box, New post), or null. */
  Element trigger();

  /** Whether a composer is on its way (a placeholder dialog, the app still on its splash). */
  boolean building();

  /** How long, once the page is built, a trigger may still take to appear on {@code path} (0: none comes). */
  int triggerWaitMs(String path);

  /** Conversation pages (replies, comments, messaging): no panel there, and never any text. */
  boolean conversation(String path);

  /** Whether a reply (or comment) dialog is open over the page: the panel steps away meanwhile. */
  boolean replying();

  /** The network's own share page, prefilled with the text where the network still allows it. */
  String sharePageUrl(String text);

  /** Links to published posts now on the page (the success notice's "View post"). */
  JsArray<String> postLinks();

  /** How many notices of a failed post the page shows now. */
  int failureNotices();
}
