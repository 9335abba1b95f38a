package io.chorus.server.auth;

import io.chorus.shared.wire.Role;
import java.util.List;

/**
 * An employee's bearer token that verified (signature, issuer, audience, expiry) but whose revocation is
 * left to the handler, to be checked against the database inside the handler's own first round trip
 * ({@link Authenticator#requireRevocationCheckedByHandler}): the employee, the company and issue time
 * the token claims, and the roles the route allows.
 */
public record TokenToConfirm(long employeeId, long companyId, long issuedAtMillis, List<Role> allowed) {
  /**
   * Whether the token stands by the employee's token state as the database has it now (null: no such
   * employee): the same rule as every other route's ({@link AuthStore.TokenState#roleIfStands}), and the
   * role the database gives the employee now must be one the route allows.
   */
  public boolean standsBy(AuthStore.TokenState state) {
    Role role = state == null ? null : state.roleIfStands(companyId, issuedAtMillis);
    return role != null && allowed.stream().anyMatch(role::canActAs);
  }
}
