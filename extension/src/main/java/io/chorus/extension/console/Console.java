package io.chorus.extension.console;

import elemental2.dom.Node;
import io.chorus.shared.wire.Profile;

/**
 * What a page gets from the console around it: the server, who is signed in, and the status line
 * that says what a change did ("Saved", "Voided −15 points").
 */
interface Console {
  ConsoleApi api();

  Profile liaison();

  /** Says, politely (an ARIA live region), what just happened. */
  void notice(String message);

  /** The same, with someone's words among ours: {@code notice(Ui.bdi(name), Ui.plain(" now holds …"))}. */
  void notice(Node... parts);
}
