package io.chorus.server.extension;

import io.chorus.server.auth.Authenticator;
import io.chorus.server.auth.Caller;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Requests;
import io.chorus.server.http.Responses;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ExtensionSettings;
import io.chorus.shared.wire.Role;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.List;

/**
 * {@code GET /api/extension/settings} (anyone of the company: the worker reads it with the suggestions)
 * and {@code PUT} (liaisons): the company's {@link ExtensionSettings}. A company that never saved any has
 * the defaults (panel on, no disclosure tag, no blocklist).
 */
public final class ExtensionSettingsRoutes {
  private static final String READ = """
      SELECT in_page_panel, disclosure_tag, blocklist FROM company_extension_settings WHERE company_id = $1
      """;
  private static final String WRITE = """
      INSERT INTO company_extension_settings (company_id, in_page_panel, disclosure_tag, blocklist, updated_by)
      VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (company_id) DO UPDATE
         SET in_page_panel = EXCLUDED.in_page_panel, disclosure_tag = EXCLUDED.disclosure_tag,
             blocklist = EXCLUDED.blocklist, updated_by = EXCLUDED.updated_by, updated_at = now()
      RETURNING in_page_panel, disclosure_tag, blocklist
      """;

  private final Pool pool;
  private final Authenticator auth;

  public ExtensionSettingsRoutes(Pool pool, Authenticator auth) {
    this.pool = pool;
    this.auth = auth;
  }

  public void mount(Router router) {
    router.get(ApiPaths.EXTENSION_SETTINGS).handler(auth.require(Role.EMPLOYEE)).handler(this::read);
    router.put(ApiPaths.EXTENSION_SETTINGS).handler(auth.require(Role.LIAISON)).consumes("application/json")
        .handler(this::write);
  }

  private void read(RoutingContext ctx) {
    answer(ctx, pool.preparedQuery(READ).execute(Tuple.of(Authenticator.caller(ctx).companyId())));
  }

  private void write(RoutingContext ctx) {
    Caller liaison = Authenticator.caller(ctx);
    ExtensionSettings s = ExtensionSettings.read(Requests.body(ctx));
    answer(ctx, pool.preparedQuery(WRITE).execute(Tuple.of(liaison.companyId(), s.inPagePanel(), s.disclosureTag(),
        s.blocklist().toArray(new String[0]), liaison.employeeId())));
  }

  private static void answer(RoutingContext ctx, Future<RowSet<Row>> rows) {
    rows.map(r -> r.size() == 0 ? ExtensionSettings.DEFAULT : settings(r.iterator().next()))
        .compose(s -> Responses.ok(ctx, JsonWriter.encode(s::write)))
        .onFailure(ctx::fail);
  }

  private static ExtensionSettings settings(Row row) {
    String[] words = row.getArrayOfStrings("blocklist");
    List<String> list = words == null ? List.of() : Arrays.asList(words);
    return new ExtensionSettings(row.getBoolean("in_page_panel"), row.getString("disclosure_tag"), list);
  }
}
