package io.chorus.server.support;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Shares an item the way the extension does, without knowing the seed's titles: the first approved,
 * live item the employee's suggestions offer (on X, else LinkedIn), reported with a fresh key.
 */
public final class Shares {
  private Shares() {}

  /** The report's answer (201 with the share and its points), from whichever node {@code api} talks to. */
  public static Api.Reply shareSomething(Api api, String employeeToken) {
    for (String network : new String[] {"x", "linkedin"}) {
      Api.Reply offered = api.get("/api/suggestions?network=" + network, employeeToken);
      if (offered.status() != 200) {
        throw new IllegalStateException("Suggestions failed: " + offered.status() + " " + offered.text());
      }
      JsonArray suggestions = offered.json().getJsonArray("suggestions");
      if (!suggestions.isEmpty()) {
        long contentId = suggestions.getJsonObject(0).getLong("contentId");
        return api.report(employeeToken, Api.newKey(),
            new JsonObject().put("contentId", contentId).put("network", network));
      }
    }
    throw new IllegalStateException("The employee has nothing left to share");
  }
}
