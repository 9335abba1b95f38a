package io.chorus.shared.scoring;

import io.chorus.shared.Network;

/**
 * How many points a share is worth. Shared so the panel can say "+10" before the employee posts and
 * the server awards exactly that. The defaults are documented in the README; a company's own rules
 * (bonuses, caps) arrive with the gamification rules.
 */
public record ScoringRules(int linkedInShare, int xShare) {
  public static final ScoringRules DEFAULT = new ScoringRules(10, 10);

  public int pointsForShare(Network network) {
    return network == Network.LINKEDIN ? linkedInShare : xShare;
  }
}
