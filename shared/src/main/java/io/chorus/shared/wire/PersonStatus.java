package io.chorus.shared.wire;

/**
 * Where a person is in the programme, as the people page shows and filters it: invited (has a link,
 * no password yet), joined (has a password), active (shared in the last {@link #ACTIVE_DAYS} days),
 * deactivated (cannot sign in; their ledger stays). Shared: the server decides it, the console shows it.
 */
public enum PersonStatus {
  INVITED("invited", "Invited"),
  JOINED("joined", "Joined"),
  ACTIVE("active", "Active"),
  DEACTIVATED("deactivated", "Deactivated");

  /** A joined person is "active" while their latest share is at most this many days old. */
  public static final int ACTIVE_DAYS = 30;

  private final String wireName;
  private final String label;

  PersonStatus(String wireName, String label) {
    this.wireName = wireName;
    this.label = label;
  }

  public String wireName() {
    return wireName;
  }

  public String label() {
    return label;
  }

  public static PersonStatus fromWire(String name) {
    for (PersonStatus s : values()) {
      if (s.wireName.equals(name)) {
        return s;
      }
    }
    return null;
  }
}
