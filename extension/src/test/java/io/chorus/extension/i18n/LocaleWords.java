package io.chorus.extension.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * {@link Words} on the JVM, from the extension's real {@code _locales/<language>/messages.json} (English
 * filling the gaps, as Chrome does), with CLDR's plural rules for the six languages Chorus speaks. Tests
 * of the DOM-free presenters use it to pin the words a person reads.
 */
public final class LocaleWords implements Words {
  public static final Path LOCALES = Path.of("src/main/extension/_locales");

  private final String language;
  private final Map<String, Map<String, String>> messages;
  private final Map<String, Map<String, String>> english;

  private LocaleWords(String language) {
    this.language = language;
    this.messages = load(language);
    this.english = load("en");
  }

  public static LocaleWords of(String language) {
    return new LocaleWords(language);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Map<String, String>> load(String language) {
    try {
      String json = Files.readString(LOCALES.resolve(language).resolve("messages.json"), StandardCharsets.UTF_8);
      return (Map<String, Map<String, String>>) new Yaml().load(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The raw message, or null. */
  String message(String key) {
    Map<String, String> m = messages.get(key);
    if (m == null) {
      m = english.get(key);
    }
    return m == null ? null : m.get("message");
  }

  @Override
  public String get(String key, String... args) {
    String m = message(key);
    if (m == null) {
      return key;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < m.length(); i++) {
      char c = m.charAt(i);
      if (c == '$' && i + 1 < m.length() && Character.isDigit(m.charAt(i + 1))) {
        int n = m.charAt(++i) - '1';
        out.append(n < args.length ? args[n] : "");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public String count(String key, double n, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = number(n);
    System.arraycopy(args, 0, all, 1, args.length);
    String k = key + "_" + category(language, n);
    return message(k) != null ? get(k, all) : get(key + "_other", all);
  }

  @Override
  public String number(double n) {
    return String.valueOf((long) n);
  }

  /** CLDR plural categories of whole numbers for en, lv, nl, ru, ms and it. */
  static String category(String language, double value) {
    long n = (long) value;
    long mod10 = n % 10;
    long mod100 = n % 100;
    switch (language) {
      case "ms":
        return "other";
      case "lv":
        if (mod10 == 0 || (mod100 >= 11 && mod100 <= 19)) {
          return "zero";
        }
        return mod10 == 1 && mod100 != 11 ? "one" : "other";
      case "ru":
        if (mod10 == 1 && mod100 != 11) {
          return "one";
        }
        return mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "few" : "many";
      default:
        return n == 1 ? "one" : "other";
    }
  }
}
