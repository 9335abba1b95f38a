package io.chorus.server.auth;

import io.chorus.shared.wire.Role;

/**
 * Who is making a request, after the token was verified and checked against revocation. A display
 * (office screen) has no employee id; every query is scoped to {@link #companyId()}.
 */
public record Caller(long employeeId, long companyId, Role role, String screenId) {
  public static Caller employee(long employeeId, long companyId, Role role) {
    return new Caller(employeeId, companyId, role, null);
  }

  public static Caller display(String screenId, long companyId) {
    return new Caller(0, companyId, Role.DISPLAY, screenId);
  }
}
