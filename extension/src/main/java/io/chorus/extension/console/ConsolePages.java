package io.chorus.extension.console;

import java.util.List;

/**
 * The console's pages, in navigation order: adding a page is one line here (plus its class, and an icon
 * {@code src/main/console/icons/<id>.svg}). Contests come first: launching them is what a liaison
 * opens the console for most; the content library and the numbers follow the ones below.
 */
final class ConsolePages {
  private ConsolePages() {}

  static List<ConsolePage> all() {
    return List.of(
        new ContestsPage(),
        new RulesPage(),
        new VoidsPage(),
        new SpotlightPage(),
        new ScreensPage(),
        new RemindersPage(),
        new PeoplePage(),
        new LibraryPage(),
        new NumbersPage(),
        new ExtensionPage());
  }
}
