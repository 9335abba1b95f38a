package io.chorus.server.support.processes;

import io.chorus.server.auth.TokenIssuer;
import io.chorus.server.auth.TokenKeys;
import io.chorus.server.config.ServerConfig;
import io.chorus.server.db.DatabaseTarget;
import io.chorus.server.support.Api;
import io.chorus.server.support.Sql;
import io.chorus.server.support.TestDatabases;
import io.chorus.shared.wire.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real Chorus nodes in JVMs of their own, clustered by Hazelcast's TCP join on free loopback ports,
 * sharing a fresh database seeded with the demo, optionally behind a real HAProxy. The nodes share one
 * token key, so the test can sign tokens any node accepts. Closing stops every process (and a shutdown
 * hook does it too if the test JVM ends first) and drops the database; logs stay in
 * {@code target/processes/<name>/} for a failed test to be read.
 */
public final class ProcessCluster implements AutoCloseable {
  private static final Duration READY_WITHIN = Duration.ofSeconds(90);

  public final DatabaseTarget database;
  public final Sql sql;
  private final List<NodeProcess> nodes;
  private final List<BusLink> links;
  private final Haproxy haproxy;
  private final TokenIssuer tokens;
  private final Thread cleanup;

  private ProcessCluster(DatabaseTarget database, List<NodeProcess> nodes, List<BusLink> links, Haproxy haproxy,
      TokenIssuer tokens, Thread cleanup) {
    this.database = database;
    this.sql = new Sql(database);
    this.nodes = nodes;
    this.links = links;
    this.haproxy = haproxy;
    this.tokens = tokens;
    this.cleanup = cleanup;
  }

  /**
   * {@code count} clustered nodes: the first alone (it seeds the demo company), then the others at once,
   * joining it; then HAProxy in front when asked.
   */
  public static ProcessCluster start(String name, int count, boolean withHaproxy) {
    Path dir = Path.of("target", "processes", name);
    DatabaseTarget database = TestDatabases.fresh(name);
    byte[] secret = new byte[48];
    new SecureRandom().nextBytes(secret);
    String jwtSecret = Base64.getEncoder().encodeToString(secret);
    List<Integer> clusterPorts = new ArrayList<>();
    StringJoiner members = new StringJoiner(",");
    for (int i = 0; i < count; i++) {
      int port = FreePorts.next();
      clusterPorts.add(port);
      members.add("127.0.0.1:" + port);
    }
    List<NodeProcess> nodes = new ArrayList<>();
    List<BusLink> links = new ArrayList<>();
    Haproxy[] proxy = new Haproxy[1];
    Thread cleanup = new Thread(() -> {
      nodes.forEach(NodeProcess::kill);
      links.forEach(BusLink::close);
      if (proxy[0] != null) {
        proxy[0].close();
      }
    }, "process-cluster-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      for (int i = 0; i < count; i++) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("CHORUS_DATABASE_URL", url(database));
        settings.put("CHORUS_JWT_SECRET", jwtSecret);
        settings.put("CHORUS_DEMO", i == 0 ? "on" : "off");
        settings.put("CHORUS_CLUSTER_MEMBERS", members.toString());
        settings.put("CHORUS_CLUSTER_HOST", "127.0.0.1");
        settings.put("CHORUS_CLUSTER_PORT", String.valueOf(clusterPorts.get(i)));
        settings.put("CHORUS_CLUSTER_NAME", "test-" + name + "-" + clusterPorts.get(0));
        int busPort = FreePorts.next();
        BusLink link = new BusLink(busPort);
        links.add(link);
        settings.put("CHORUS_EVENTBUS_PORT", String.valueOf(busPort));
        settings.put("CHORUS_EVENTBUS_PUBLIC_PORT", String.valueOf(link.port()));
        settings.put("CHORUS_TRUSTED_PROXIES", "127.0.0.1");
        nodes.add(NodeProcess.start("node" + (i + 1), settings, dir));
        if (i == 0) {
          nodes.get(0).awaitReady(READY_WITHIN);
        }
      }
      CompletableFuture.allOf(nodes.stream()
          .map(n -> CompletableFuture.runAsync(() -> n.awaitReady(READY_WITHIN))).toArray(CompletableFuture[]::new))
          .join();
      if (withHaproxy) {
        proxy[0] = Haproxy.start(nodes, dir);
      }
      TokenIssuer tokens = new TokenIssuer(TokenKeys.load(ServerConfig.from(Map.of("CHORUS_JWT_SECRET", jwtSecret))),
          Clock.systemUTC(), Duration.ofHours(1), Duration.ofHours(1));
      return new ProcessCluster(database, nodes, links, proxy[0], tokens, cleanup);
    } catch (RuntimeException e) {
      cleanup.run();
      Runtime.getRuntime().removeShutdownHook(cleanup);
      TestDatabases.drop(database);
      throw e;
    }
  }

  /** CHORUS_DATABASE_URL for a target (with its password, if it has one). */
  static String url(DatabaseTarget t) {
    String user = URLEncoder.encode(t.user(), StandardCharsets.UTF_8);
    String password = t.password() == null ? "" : ":" + URLEncoder.encode(t.password(), StandardCharsets.UTF_8);
    return "postgresql://" + user + password + "@" + t.host() + ":" + t.port() + "/" + t.database();
  }

  public NodeProcess node(int oneBased) {
    return nodes.get(oneBased - 1);
  }

  public List<NodeProcess> nodes() {
    return List.copyOf(nodes);
  }

  /** The network between the other nodes and this one's event bus (every node's bus is reached through one). */
  public BusLink busLink(NodeProcess node) {
    return links.get(nodes.indexOf(node));
  }

  public Haproxy haproxy() {
    return haproxy;
  }

  public Api api(NodeProcess node) {
    return new Api(node.url());
  }

  /** A bearer token for an employee of the demo company, good on every node. */
  public String employeeToken(long employeeId) {
    long company = sql.number("SELECT company_id FROM employee WHERE id = ?", employeeId);
    return tokens.forEmployee(employeeId, company, Role.EMPLOYEE).token();
  }

  /** The demo's employees (not liaisons), by id. */
  public List<Long> employees() {
    List<Long> ids = new ArrayList<>();
    long count = sql.number("SELECT count(*) FROM employee WHERE role = 'employee'");
    for (long i = 0; i < count; i++) {
      ids.add(sql.number("SELECT id FROM employee WHERE role = 'employee' ORDER BY id OFFSET ? LIMIT 1", i));
    }
    return ids;
  }

  /** The value of a metric without labels (or its first series), as the node reports it now. */
  public static double metric(NodeProcess node, String name) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(node.metrics());
    if (!m.find()) {
      throw new AssertionError(node.name() + " reports no " + name);
    }
    return Double.parseDouble(m.group(2));
  }

  @Override
  public void close() {
    try {
      if (haproxy != null) {
        haproxy.close();
      }
      nodes.forEach(NodeProcess::close);
      links.forEach(BusLink::close);
    } finally {
      Runtime.getRuntime().removeShutdownHook(cleanup);
      sql.close();
      TestDatabases.drop(database);
    }
  }
}
