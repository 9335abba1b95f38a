package io.chorus.shared.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic posts, generated from a seed: employees' words in the languages Chorus's companies write
 * (and CJK, Arabic, Hebrew, Thai, Hindi), campaign hashtags written well and badly, links with and
 * without a scheme, emoji of every kind, mentions, and the separators people type. The same seed gives
 * the same posts on every JVM, so the JVM and JavaScript tests compare the port with twitter-text on
 * the same texts.
 */
public final class GeneratedPosts {
  private static final String[] WORDS = {
      "We", "opened", "a", "new", "office", "in", "Riga", "today", "proud", "team", "join", "us",
      "Mēs", "atvērām", "jaunu", "biroju", "Rīgā", "šodien", "lepojamies", "komanda",
      "Wij", "zijn", "trots", "op", "ons", "nieuwe", "kantoor", "vacature", "collega's",
      "Мы", "открыли", "новый", "офис", "сегодня", "команда", "ключ",
      "Kami", "membuka", "pejabat", "baharu", "hari", "ini", "pasukan",
      "Abbiamo", "aperto", "un", "nuovo", "ufficio", "oggi", "squadra", "perché", "città",
      "新しい", "オフィス", "を", "開設", "しました", "ハッシュ", "タグ", "チーム",
      "我们", "开设", "了", "新", "办公室", "团队", "한국어", "팀", "사무실",
      "مكتب", "جديد", "فريق", "משרד", "חדש", "สำนักงาน", "ใหม่", "कार्यालय", "नया",
      "café", "cafe\u0301", "naïve", "Straße", "İstanbul", "ıi", "e.g.", "i.e.", "Dr.", "v2.0",
      "24/7", "50%", "$ACME", "€10", "3.5", "Q4", "x2", "no.1", "AT&T", "&amp;", "&#39;"
  };
  private static final String[] TAG_WORDS = {
      "ToBeAPartner", "WorkSomewhereYouLove", "AcmeEmployee", "contest", "hiring", "Riga", "mañana",
      "café", "日本語ハッシュタグ", "ハッシュ・タグ", "a·b", "il·lusió", "под_ключ", "트위터", "ашок",
      "1st", "2024goals", "123", "_", "1_2", "Straße", "STRASSE", "ẞig", "İstanbul", "ßtraße",
      "e\u0301t\u0301e\u0301", "हिन्दी", "العربية", "עַל־יְדֵי", "ශ්‍රීලංකා", "می‌خواهم", "メ～テレ", "tag"
  };
  private static final String[] HASHTAG_FORMS = {
      "#%s", "#%s", "#%s", "＃%s", "#%s!", "#%s.", "(#%s)", "#%s,", "#%s#two", "##%s", "#%s://x",
      "a#%s", "&#%s", "#%s…", "\"#%s\"", "#%s's", "#%s\u200dx", "#%s\u200cx", "😀#%s", "✌\ufe0f#%s",
      "\ud835\udc00#%s", "#\ufe0f\u20e3%s", "# %s", "#%s#", "#%s＃", "#%s/path", "#%s.com"
  };
  private static final String[] HOSTS = {
      "example.com", "www.example.com", "acme.co", "news.acme.co.uk", "t.co", "bit.ly", "x.com",
      "twitter.com", "www.linkedin.com", "lnkd.in", "acme.example", "localhost", "github.io",
      "foo.bar", "readme.md", "example.みんな", "пример.рф", "例え.jp", "münchen.de", "ELPAÍS.com",
      "sub_domain.acme.com", "-bad.com", "bad-.com", "a.b.cd", "xn--ls8h.la", "acme.com.",
      "acme.com-x", "acme.travelersinsurance", "acme.cat", "acme.onion", "ａｃｍｅ.com", "✪df.ws",
      "www.acme.co.jp", "acme.photography", "longlonglonglonglonglonglonglonglonglonglonglonglonglonglonglong.com"
  };
  private static final String[] PATHS = {
      "", "", "/", "/news", "/news/new-office", "/a_(b)", "/wiki/Primer_(film)", "/p?id=1&x=2",
      "/path/", "/path.", "/path...", "/path,", "/#tag", "/#/route", "?q=1", "?q=1#frag", ":8080/x",
      "/Русские_слова", "/über", "/%E2%82%AC", "/abc-", "/abc+", "/@user/post/", "/x?utm_source=chorus&",
      "/r/aZ3kq9", "/pbY2NfTZ", "/abcdefghijklmnopqrstuvwxyz0123456789abcdefgh", "/a b", "/x'y"
  };
  private static final String[] SCHEMES = {
      "", "", "", "https://", "https://", "http://", "HTTPS://", "Http://", "ftp://", "https:// "
  };
  private static final String[] URL_AFTER = {"", "", "", ".", ",", ";", ":", "!", "?", ")", "'", "\"", "…", "。", "これ", "#tag"};
  private static final String[] EMOJI = {
      "😀", "🎉", "🚀", "👍", "👍🏽", "👍🏿", "👩\u200d💻", "👨\u200d👩\u200d👧\u200d👦", "🧑🏻\u200d🤝\u200d🧑🏿",
      "❤", "❤\ufe0f", "❤\ufe0e", "☺", "☺\ufe0f", "✌", "✌🏾", "✌\ufe0f", "©", "©\ufe0f", "®", "™\ufe0f",
      "1\u20e3", "#\ufe0f\u20e3", "*\u20e3", "🇱🇻", "🇳🇱", "🇯🇵", "🇦🇦", "🇱", "🏴\udb40\udc67\udb40\udc62\udb40\udc73\udb40\udc63\udb40\udc74\udb40\udc7f",
      "🏳\ufe0f\u200d🌈", "🏃\u200d♀\ufe0f", "🏃🏽\u200d♂\ufe0f", "⛹\ufe0f\u200d♀\ufe0f", "🐈\u200d⬛", "🫠",
      "😀\u200d😀", "\ufe0f", "\u200d", "🏻", "🤝", "👫🏼", "🧔", "🦰", "👨\u200d🦰", "⌚", "⏩"
  };
  private static final String[] SEPARATORS = {
      " ", " ", " ", " ", " ", "  ", "\n", "\n\n", "\u00a0", "\u3000", "", ", ", ". ", "! ", " — ",
      " - ", "\t", "、", "。", "/", "\u200b", "\u2066", "\u202a", "\u200e"
  };
  private static final String[] RARE = {
      "\ufeff", "\ufffe", "@chorus", "@acme_team", "name@example.com", "$example.com", "RT @x:",
      "http://", "www.", ".com", "...", "\u0301", "\ud800"
  };

  private GeneratedPosts() {}

  /** {@code count} posts from {@code seed}. */
  public static List<String> generate(long seed, int count) {
    Random random = new Random(seed);
    List<String> posts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      posts.add(post(random));
    }
    return posts;
  }

  private static String post(Random random) {
    int pieces = 1 + random.nextInt(random.nextInt(10) == 0 ? 90 : 25);
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < pieces; p++) {
      if (p > 0) {
        sb.append(pick(random, SEPARATORS));
      }
      int kind = random.nextInt(100);
      if (kind < 50) {
        sb.append(pick(random, WORDS));
      } else if (kind < 65) {
        sb.append(String.format(pick(random, HASHTAG_FORMS), pick(random, TAG_WORDS)));
      } else if (kind < 80) {
        sb.append(pick(random, SCHEMES)).append(pick(random, HOSTS)).append(pick(random, PATHS))
            .append(pick(random, URL_AFTER));
      } else if (kind < 95) {
        sb.append(pick(random, EMOJI));
      } else {
        sb.append(pick(random, RARE));
      }
    }
    return sb.toString();
  }

  private static String pick(Random random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }
}
