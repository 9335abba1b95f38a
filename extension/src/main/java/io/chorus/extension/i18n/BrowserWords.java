package io.chorus.extension.i18n;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * {@link Words} from the extension's {@code _locales} (Chrome picks the file by the browser's language,
 * falling back to English key by key), with plural categories and numbers from {@code Intl} in that same
 * language. Works in content scripts, the worker and the extension's pages.
 */
public final class BrowserWords implements Words {
  private static BrowserWords instance;

  private final String language;
  private PluralRules plurals;
  private NumberFormat numbers;

  private BrowserWords(String language) {
    this.language = language;
  }

  /** The words of the browser's language (one instance per script). */
  public static BrowserWords get() {
    if (instance == null) {
      instance = new BrowserWords(ChromeI18n.getUILanguage());
    }
    return instance;
  }

  /** The language Chrome chose for the messages, e.g. "lv" or "en-US". */
  public String language() {
    return language;
  }

  @Override
  public String get(String key, String... args) {
    String m = ChromeI18n.getMessage(key, args);
    return m == null || m.isEmpty() ? key : m;
  }

  @Override
  public String count(String key, double n, String... args) {
    if (plurals == null) {
      plurals = new PluralRules(language);
    }
    String[] all = new String[args.length + 1];
    all[0] = number(n);
    for (int i = 0; i < args.length; i++) {
      all[i + 1] = args[i];
    }
    String m = ChromeI18n.getMessage(key + "_" + plurals.select(n), all);
    return m == null || m.isEmpty() ? get(key + "_other", all) : m;
  }

  @Override
  public String number(double n) {
    if (numbers == null) {
      numbers = new NumberFormat(language);
    }
    return numbers.format(n);
  }

  /** {@code chrome.i18n}: present in content scripts, the worker and extension pages. */
  @JsType(isNative = true, namespace = "chrome", name = "i18n")
  static final class ChromeI18n {
    static native String getMessage(String name, String[] substitutions);

    static native String getUILanguage();
  }

  @JsType(isNative = true, namespace = "Intl", name = "PluralRules")
  static final class PluralRules {
    public PluralRules(String locale) {}

    native String select(double n);
  }

  @JsType(isNative = true, namespace = "Intl", name = "NumberFormat")
  static final class NumberFormat {
    public NumberFormat(String locale) {}

    native String format(double n);
  }
}
