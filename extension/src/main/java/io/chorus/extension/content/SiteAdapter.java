package io.chorus.extension.content;

import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import elemental2.promise.Promise;
import io.chorus.shared.Network;
import java.util.List;
import java.util.Set;

/**
 * What Chorus needs to know about one site. Adapters anchor on roles, test ids and structure (labels
 * are translated, class names churn) and never throw into the page: when nothing is recognised they
 * answer null and Chorus falls back to the site's own share URL.
 */
interface SiteAdapter {
  Network network();

  /** The open composer's editor (never a comment or reply box), or null. */
  HTMLElement openComposerEditor();

  /** Opens the site's composer with its own button and resolves with its editor, or null. */
  Promise<HTMLElement> openComposer();

  /** The site's own prefilled composer or intent, for when no composer can be opened in the page. */
  String fallbackUrl(String text);

  /** Whether an event whose path is {@code path} is (possibly) the post action of {@code editor}'s composer. */
  boolean isPostAction(List<Element> path, HTMLElement editor);

  /** Links to published posts now on the page (the success notice's "View post"). */
  Set<String> postLinks();

  /** How many notices of a failed post the site shows now. */
  int failureNotices();
}
