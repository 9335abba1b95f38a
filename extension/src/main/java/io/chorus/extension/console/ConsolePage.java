package io.chorus.extension.console;

import elemental2.dom.HTMLElement;

/**
 * One page of the console: an entry in the left navigation ({@link ConsolePages}) and what it shows.
 * A page builds its content when it is opened and owns it until another page is: nothing survives a
 * switch, so every page starts from the server's current state.
 */
interface ConsolePage {
  /** The address fragment ({@code /console#rules}) and the icon's name ({@code icons/rules.svg}). */
  String id();

  /** The navigation label and the page's heading. */
  String title();

  /** The page's content, built now; it loads what it shows through {@code console.api()}. */
  HTMLElement open(Console console);
}
