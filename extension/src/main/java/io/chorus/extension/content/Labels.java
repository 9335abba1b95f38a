package io.chorus.extension.content;

/**
 * The few words of the sites' own labels Chorus knows, as a hint where roles, test ids and structure
 * do not tell (LinkedIn's server-driven feed holds its share box in a plain {@code div[role=button]}).
 * Labels are translated, so each hint holds the languages employees use; nothing depends on them alone.
 * DOM-free.
 */
final class Labels {
  private Labels() {}

  /** LinkedIn's "Start a post" share box, in the languages Chorus speaks and a few more. */
  static final String[] START_POST = {
      "start a post", "sākt ziņu", "sākt ierakstu", "bericht starten", "begin een bericht", "начать публикацию",
      "создать публикацию", "mulakan siaran", "avvia un post", "inizia un post", "commencer un post",
      "beitrag beginnen", "beitrag starten", "empezar una publicación", "crear publicación",
      "começar publicação", "comece uma publicação", "rozpocznij post", "starta ett inlägg"};

  /** A composer's Post button. */
  static final String[] POST = {
      "post", "publicēt", "plaatsen", "posten", "опубликовать", "siarkan", "pubblica", "publier",
      "veröffentlichen", "publicar", "opublikuj", "publicera"};

  /** Whether a control's label (text or aria-label) says "Start a post" in a known language. */
  static boolean startsPost(String label) {
    String l = clean(label);
    for (String s : START_POST) {
      if (l.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a button's label is exactly "Post" in a known language. */
  static boolean posts(String label) {
    String l = clean(label);
    for (String s : POST) {
      if (l.equals(s)) {
        return true;
      }
    }
    return false;
  }

  private static String clean(String label) {
    return label == null ? "" : Drafts.normalise(label).toLowerCase();
  }
}
