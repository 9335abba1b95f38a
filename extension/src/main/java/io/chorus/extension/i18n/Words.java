package io.chorus.extension.i18n;

/**
 * The extension's words in the browser's language: every surface asks this for what it shows instead of
 * holding English. In the browser {@link BrowserWords} reads the extension's {@code _locales} through
 * {@code chrome.i18n} and formats numbers and plurals with {@code Intl}; JVM tests read the same files.
 * DOM-free, so presenters that take one stay testable on the JVM.
 */
public interface Words {
  /** The message {@code key} with {@code $1…$9} replaced by {@code args}; the key itself when there is none. */
  String get(String key, String... args);

  /**
   * The plural form of {@code key} that fits {@code n} in the language ({@code key_one}, {@code key_few},
   * {@code key_many}, {@code key_zero}, falling back to {@code key_other}), with {@code $1} the number
   * written the language's way and {@code $2…} the {@code args}.
   */
  String count(String key, double n, String... args);

  /** A whole number written the language's way ("1 234", "1,234", "1.234"). */
  String number(double n);
}
