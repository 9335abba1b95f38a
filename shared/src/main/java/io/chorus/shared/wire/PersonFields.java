package io.chorus.shared.wire;

/**
 * The rules for a person's details, in one place: the CSV import checks each row with them on the
 * server, and the console's people page checks what a liaison types with them before asking. Each
 * check returns the value as it is stored (trimmed, NFC; an email folded to lower case; a language as
 * its two-letter code) or throws a {@link WireException} naming the field. Plain char arithmetic: GWT
 * has no regular expressions here.
 */
public final class PersonFields {
  public static final int MAX_NAME = 100;
  public static final int MAX_EMAIL = 254;
  public static final int MAX_PLACE = 100;
  /** What a language cell may hold before it is read ("pt-BR", "Latvian" is refused as unknown). */
  public static final int MAX_LANGUAGE = 35;

  // ISO 639-1, as the JDK lists it (with its old codes in, iw, ji, mo for Indonesian, Hebrew, Yiddish, Moldovan).
  private static final String LANGUAGES = " aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co"
      + " cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu"
      + " hy hz ia id ie ig ii ik in io is it iu iw ja ji jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li"
      + " ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps"
      + " pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts"
      + " tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu ";

  private PersonFields() {}

  /** A display name: one line, shown to colleagues and on the office screens. */
  public static String name(String field, String value) {
    return Fields.text(field, value, WireText.Kind.NAME, 1, MAX_NAME);
  }

  /**
   * A work email: one {@code @} with something before it, a domain of dot-separated labels (letters of
   * any script, digits, hyphens; not starting or ending with a hyphen) with at least one dot, no
   * spaces, quotes, brackets or commas. Stored in lower case, as sign-in compares it.
   */
  public static String email(String field, String value) {
    String t = Fields.text(field, value, WireText.Kind.LINE, 1, MAX_EMAIL);
    int at = t.indexOf('@');
    if (at < 1 || at != t.lastIndexOf('@') || at > 64) {
      throw new WireException(field, "'" + field + "' is not an email address (name@company.example).");
    }
    for (int i = 0; i < at; i++) {
      char c = t.charAt(i);
      if (c <= ' ' || "\"(),:;<>[\\]".indexOf(c) >= 0 || (c == '.' && (i == 0 || i == at - 1 || t.charAt(i - 1) == '.'))) {
        throw new WireException(field, "'" + field + "' is not an email address (name@company.example).");
      }
    }
    String domain = t.substring(at + 1);
    if (domain.indexOf('.') < 0) {
      throw new WireException(field, "'" + field + "' is not an email address: its domain has no dot.");
    }
    int labelStart = 0;
    for (int i = 0; i <= domain.length(); i++) {
      if (i == domain.length() || domain.charAt(i) == '.') {
        int length = i - labelStart;
        if (length == 0 || length > 63 || domain.charAt(labelStart) == '-' || domain.charAt(i - 1) == '-') {
          throw new WireException(field, "'" + field + "' is not an email address (name@company.example).");
        }
        labelStart = i + 1;
        continue;
      }
      char c = domain.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c > 0x7F;
      if (!ok) {
        throw new WireException(field, "'" + field + "' is not an email address (name@company.example).");
      }
    }
    return t.toLowerCase();
  }

  /** An office's or team's name: one line, shown on the boards; null or blank means none. */
  public static String placeName(String field, String value) {
    if (value == null || value.trim().isEmpty()) {
      return null;
    }
    return Fields.text(field, value, WireText.Kind.NAME, 1, MAX_PLACE);
  }

  /**
   * A language as its ISO 639-1 code ("lv"): "LV", "lv-LV", "lv_LV" are read as "lv"; null or blank
   * means none; anything else is refused.
   */
  public static String language(String field, String value) {
    if (value == null || value.trim().isEmpty()) {
      return null;
    }
    String t = Fields.text(field, value, WireText.Kind.LINE, 1, MAX_LANGUAGE);
    int end = t.length();
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '-' || t.charAt(i) == '_') {
        end = i;
        break;
      }
    }
    String code = t.substring(0, end).toLowerCase();
    if (code.length() != 2 || LANGUAGES.indexOf(" " + code + " ") < 0) {
      throw new WireException(field, "'" + field + "' is not a language code Chorus knows ('" + t
          + "'); use two letters, such as lv, nl, en.");
    }
    return code;
  }

  /** "employee" (also when blank) or "liaison", in any letter case; an office screen is no person. */
  public static Role role(String field, String value) {
    if (value == null || value.trim().isEmpty()) {
      return Role.EMPLOYEE;
    }
    String t = Fields.text(field, value, WireText.Kind.LINE, 1, MAX_LANGUAGE);
    Role role = Role.fromWire(t.toLowerCase());
    if (role == null || role == Role.DISPLAY) {
      throw new WireException(field, "'" + field + "' must be employee or liaison, not '" + t + "'.");
    }
    return role;
  }
}
