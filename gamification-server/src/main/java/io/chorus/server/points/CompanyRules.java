package io.chorus.server.points;

import io.chorus.shared.scoring.ScoringRules;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/** A company's scoring rules: its own row, or {@link ScoringRules#DEFAULT} until a liaison changes them. */
public final class CompanyRules {
  private static final String LOAD = """
      SELECT linkedin_share, x_share, fresh_bonus, own_words_bonus, click_points, kudos_points, kudos_per_week,
             daily_cap
        FROM scoring_rules WHERE company_id = $1
      """;
  private static final String SAVE = """
      INSERT INTO scoring_rules (company_id, linkedin_share, x_share, fresh_bonus, own_words_bonus, click_points,
                                 kudos_points, kudos_per_week, daily_cap, updated_by, updated_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())
      ON CONFLICT (company_id) DO UPDATE SET
        linkedin_share = EXCLUDED.linkedin_share, x_share = EXCLUDED.x_share, fresh_bonus = EXCLUDED.fresh_bonus,
        own_words_bonus = EXCLUDED.own_words_bonus, click_points = EXCLUDED.click_points,
        kudos_points = EXCLUDED.kudos_points, kudos_per_week = EXCLUDED.kudos_per_week,
        daily_cap = EXCLUDED.daily_cap, updated_by = EXCLUDED.updated_by, updated_at = now()
      """;

  private CompanyRules() {}

  /** Works on a pool or inside a transaction (a share reads the rules it is scored by in its own). */
  public static Future<ScoringRules> load(SqlClient client, long companyId) {
    return client.preparedQuery(LOAD).execute(Tuple.of(companyId)).map(rows -> {
      if (rows.size() == 0) {
        return ScoringRules.DEFAULT;
      }
      Row r = rows.iterator().next();
      return new ScoringRules(r.getInteger("linkedin_share"), r.getInteger("x_share"), r.getInteger("fresh_bonus"),
          r.getInteger("own_words_bonus"), r.getInteger("click_points"), r.getInteger("kudos_points"),
          r.getInteger("kudos_per_week"), r.getInteger("daily_cap"));
    });
  }

  public static Future<Void> save(SqlClient client, long companyId, ScoringRules rules, long liaisonId) {
    return client.preparedQuery(SAVE).execute(Tuple.from(new Object[] {companyId, rules.linkedInShare(),
        rules.xShare(), rules.freshBonus(), rules.ownWordsBonus(), rules.clickPoints(), rules.kudosPoints(),
        rules.kudosPerWeek(), rules.dailyCap(), liaisonId})).mapEmpty();
  }
}
