package io.chorus.shared.wire;

/**
 * {@code PUT /api/people/:id} (liaison): what changes about a person; a field left out stays as it is.
 * {@code officeId}/{@code teamId} 0 (or null) takes the person out of any office or team; moving them
 * moves their points on the boards. {@code language} null or blank clears it.
 */
@SuppressWarnings("unusable-by-js")
public final class PersonChange {
  private final String name;
  private final Long officeId;
  private final Long teamId;
  private final Role role;
  private final boolean languageGiven;
  private final String language;

  public PersonChange(String name, Long officeId, Long teamId, Role role, boolean languageGiven, String language) {
    this.name = name;
    this.officeId = officeId;
    this.teamId = teamId;
    this.role = role;
    this.languageGiven = languageGiven;
    this.language = language;
  }

  /** The new name, or null: unchanged. */
  public String name() {
    return name;
  }

  /** The new office (0: none), or null: unchanged. */
  public Long officeId() {
    return officeId;
  }

  /** The new team (0: none), or null: unchanged. */
  public Long teamId() {
    return teamId;
  }

  /** The new role, or null: unchanged. */
  public Role role() {
    return role;
  }

  public boolean languageGiven() {
    return languageGiven;
  }

  /** The new language when {@link #languageGiven()} (null: none). */
  public String language() {
    return language;
  }

  public boolean isEmpty() {
    return name == null && officeId == null && teamId == null && role == null && !languageGiven;
  }

  public static PersonChange read(WireReader r) {
    Fields.allowOnly(r, "name", "officeId", "teamId", "role", "language");
    String name = r.has("name") ? PersonFields.name("name", r.string("name")) : null;
    java.util.List<String> given = r.fieldNames();
    Long office = given.contains("officeId") ? place("officeId", r.optInteger("officeId", 0)) : null;
    Long team = given.contains("teamId") ? place("teamId", r.optInteger("teamId", 0)) : null;
    Role role = null;
    if (r.has("role")) {
      String wanted = r.optString("role");
      if (wanted == null || wanted.trim().isEmpty()) {
        throw new WireException("role", "'role' must be employee or liaison.");
      }
      role = PersonFields.role("role", wanted);
    }
    boolean languageGiven = given.contains("language");
    String language = languageGiven ? PersonFields.language("language", r.optString("language")) : null;
    PersonChange change = new PersonChange(name, office, team, role, languageGiven, language);
    if (change.isEmpty()) {
      throw new WireException(null, "Say what to change: name, officeId, teamId, role or language.");
    }
    return change;
  }

  private static Long place(String field, long id) {
    if (id < 0) {
      throw new WireException(field, "'" + field + "' must be an id, or 0 for none.");
    }
    return id;
  }

  public void write(WireWriter w) {
    if (name != null) {
      w.put("name", name);
    }
    if (officeId != null) {
      w.put("officeId", officeId);
    }
    if (teamId != null) {
      w.put("teamId", teamId);
    }
    if (role != null) {
      w.put("role", role.wireName());
    }
    if (languageGiven) {
      w.put("language", language);
    }
  }
}
