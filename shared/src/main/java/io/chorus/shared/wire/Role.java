package io.chorus.shared.wire;

/**
 * Who a token speaks for. A liaison can do everything an employee can; a display (an office screen)
 * can only read its company's leaderboard. Shared: tokens carry the wire name, the popup shows it.
 */
public enum Role {
  EMPLOYEE("employee"),
  LIAISON("liaison"),
  DISPLAY("display");

  private final String wireName;

  Role(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** Whether a holder of this role may act as the required one. */
  public boolean canActAs(Role required) {
    return this == required || (this == LIAISON && required == EMPLOYEE);
  }

  public static Role fromWire(String name) {
    for (Role r : values()) {
      if (r.wireName.equals(name)) {
        return r;
      }
    }
    return null;
  }
}
