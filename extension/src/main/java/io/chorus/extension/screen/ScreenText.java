package io.chorus.extension.screen;

import io.chorus.shared.wire.Period;

/**
 * The office screen's words in the language its link asks for ({@code ?lang=lv|nl|ru|ms|it}, English
 * otherwise). The screen is a web page, not part of the extension, so it has this small table of its
 * own instead of the extension's {@code _locales}. Numbers stay as {@link Formats} writes them (thin
 * spaces read the same in every language). DOM-free: a JUnit test checks every entry has all six.
 */
final class ScreenText {
  static final String[] LANGUAGES = {"en", "lv", "nl", "ru", "ms", "it"};
  private static int language;

  /** Each entry: key, then the words in {@link #LANGUAGES} order. */
  static final String[][] TABLE = {
      {"board", "Leaderboard", "Līderu tabula", "Ranglijst", "Таблица лидеров", "Papan pendahulu", "Classifica"},
      {"top", "Top sharers", "Aktīvākie dalītāji", "Topdelers", "Лучшие авторы", "Pengongsi teratas", "Chi condivide di più"},
      {"take", "Share to take this spot", "Dalieties, lai ieņemtu šo vietu", "Deel om deze plek te pakken",
          "Поделитесь, чтобы занять это место", "Kongsi untuk merebut tempat ini", "Condividi per prendere questo posto"},
      {"emptyWeek", "No shares yet this week. The first one takes the top spot.",
          "Šonedēļ vēl neviens nav dalījies. Pirmais ieņems pirmo vietu.",
          "Nog niets gedeeld deze week. De eerste pakt de bovenste plek.",
          "На этой неделе ещё никто не делился. Первый займёт первое место.",
          "Belum ada perkongsian minggu ini. Yang pertama mendapat tempat teratas.",
          "Ancora nessuna condivisione questa settimana. Il primo prende il primo posto."},
      {"emptyMonth", "No shares yet this month. The first one takes the top spot.",
          "Šomēnes vēl neviens nav dalījies. Pirmais ieņems pirmo vietu.",
          "Nog niets gedeeld deze maand. De eerste pakt de bovenste plek.",
          "В этом месяце ещё никто не делился. Первый займёт первое место.",
          "Belum ada perkongsian bulan ini. Yang pertama mendapat tempat teratas.",
          "Ancora nessuna condivisione questo mese. Il primo prende il primo posto."},
      {"emptyAll", "No shares yet. The first one takes the top spot.",
          "Vēl neviens nav dalījies. Pirmais ieņems pirmo vietu.",
          "Nog niets gedeeld. De eerste pakt de bovenste plek.",
          "Ещё никто не делился. Первый займёт первое место.",
          "Belum ada perkongsian. Yang pertama mendapat tempat teratas.",
          "Ancora nessuna condivisione. Il primo prende il primo posto."},
      {"badges", "Badges: ", "Nozīmītes: ", "Badges: ", "Значки: ", "Lencana: ", "Badge: "},
      {"latest", "Latest activity", "Jaunākais", "Laatste activiteit", "Последние события", "Aktiviti terkini", "Ultime attività"},
      {"feedEmpty", "Shares, kudos and badges appear here the moment they happen.",
          "Dalīšanās, pateicības un nozīmītes šeit parādās tajā pašā brīdī.",
          "Gedeelde berichten, kudos en badges verschijnen hier zodra ze gebeuren.",
          "Публикации, благодарности и значки появляются здесь сразу.",
          "Perkongsian, pujian dan lencana muncul di sini sebaik sahaja berlaku.",
          "Condivisioni, kudos e badge compaiono qui nel momento in cui accadono."},
      {"shared", " shared ", " dalījās ar ", " deelde ", " поделился(-ась) ", " berkongsi ", " ha condiviso "},
      {"on", " on ", " vietnē ", " op ", " в ", " di ", " su "},
      {"earned", " earned ", " nopelnīja ", " verdiende ", " получил(а) ", " memperoleh ", " ha ottenuto "},
      {"aNetwork", "a network", "tīklā", "een netwerk", "сети", "rangkaian", "una rete"},
      {"kudos", "Kudos", "Pateicība", "Kudos", "Благодарность", "Pujian", "Kudos"},
      {"badge", "Badge", "Nozīmīte", "Badge", "Значок", "Lencana", "Badge"},
      {"connecting", "Connecting…", "Savienojas…", "Verbinden…", "Подключение…", "Menyambung…", "Connessione…"},
      {"live", "Live", "Tiešraidē", "Live", "В эфире", "Langsung", "In diretta"},
      {"reconnecting", "Reconnecting…", "Savienojas no jauna…", "Opnieuw verbinden…", "Переподключение…",
          "Menyambung semula…", "Riconnessione…"},
      {"office", "Office", "Birojs", "Kantoor", "Офис", "Pejabat", "Ufficio"},
      {"team", "Team", "Komanda", "Team", "Команда", "Pasukan", "Team"},
      {"week", "This week", "Šonedēļ", "Deze week", "На этой неделе", "Minggu ini", "Questa settimana"},
      {"month", "This month", "Šomēnes", "Deze maand", "В этом месяце", "Bulan ini", "Questo mese"},
      {"all", "All time", "Visu laiku", "Altijd", "За всё время", "Sepanjang masa", "Sempre"},
      {"now", "just now", "tikko", "zojuist", "только что", "baru sahaja", "proprio ora"},
      {"min", "$ min ago", "pirms $ min", "$ min geleden", "$ мин назад", "$ min lalu", "$ min fa"},
      {"h", "$ h ago", "pirms $ h", "$ u geleden", "$ ч назад", "$ j lalu", "$ h fa"},
      {"yesterday", "yesterday", "vakar", "gisteren", "вчера", "semalam", "ieri"},
      {"days", "$ days ago", "pirms $ d.", "$ dagen geleden", "$ дн. назад", "$ hari lalu", "$ gg fa"},
      {"reach", "Can't reach Chorus yet. Trying again…", "Chorus vēl nav sasniedzams. Mēģina vēlreiz…",
          "Chorus is nog niet bereikbaar. Opnieuw proberen…", "Chorus пока недоступен. Пробуем снова…",
          "Chorus belum dapat dicapai. Mencuba lagi…", "Chorus non è ancora raggiungibile. Riprovo…"},
  };

  private ScreenText() {}

  /** Picks the language from the link's query ({@code lang}); anything else is English. */
  static void use(String lang) {
    language = 0;
    for (int i = 0; i < LANGUAGES.length; i++) {
      if (LANGUAGES[i].equals(lang)) {
        language = i;
      }
    }
  }

  static String language() {
    return LANGUAGES[language];
  }

  static String t(String key) {
    for (String[] row : TABLE) {
      if (row[0].equals(key)) {
        return row[1 + language];
      }
    }
    return key;
  }

  static String period(Period period) {
    return t(period == Period.WEEK ? "week" : period == Period.MONTH ? "month" : "all");
  }

  /** "3 min ago", "pirms 3 min", "3 мин назад" (see {@link Formats#timeAgo} for the steps). */
  static String timeAgo(long atMillis, long nowMillis) {
    long age = nowMillis - atMillis;
    if (age < 60_000) {
      return t("now");
    }
    if (age < 3_600_000) {
      return t("min").replace("$", String.valueOf(age / 60_000));
    }
    if (age < 86_400_000) {
      return t("h").replace("$", String.valueOf(age / 3_600_000));
    }
    if (age < 2 * 86_400_000L) {
      return t("yesterday");
    }
    return t("days").replace("$", String.valueOf(age / 86_400_000));
  }
}
