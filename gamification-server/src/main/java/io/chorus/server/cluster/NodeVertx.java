package io.chorus.server.cluster;

import io.chorus.server.config.ClusterConfig;
import io.chorus.server.config.ServerConfig;
import io.chorus.server.ops.NodeMetrics;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxBuilder;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's Vert.x: alone when CHORUS_CLUSTER_MEMBERS is unset (as quick to start as ever), else a
 * member of a Hazelcast cluster with a clustered event bus on this node's own address, so ledger
 * events published on one node reach the boards and screens of every node. Metrics are wired in when
 * the node serves them.
 */
public final class NodeVertx {
  private static final Logger log = LoggerFactory.getLogger(NodeVertx.class);

  private final Vertx vertx;
  private final HazelcastClusterManager manager;

  private NodeVertx(Vertx vertx, HazelcastClusterManager manager) {
    this.vertx = vertx;
    this.manager = manager;
  }

  public static Future<NodeVertx> start(ServerConfig config, NodeMetrics metrics) {
    ClusterConfig cluster = config.cluster();
    VertxOptions options = new VertxOptions();
    VertxBuilder builder = Vertx.builder();
    metrics.configure(options, builder);
    if (!cluster.clustered()) {
      return Future.succeededFuture(new NodeVertx(builder.with(options).build(), null));
    }
    EventBusOptions eventBus = new EventBusOptions()
        .setHost(HazelcastSettings.address(cluster.host()))
        .setPort(cluster.eventBusPort());
    if (cluster.eventBusPublicPort() > 0) {
      eventBus.setClusterPublicHost(HazelcastSettings.address(cluster.host())).setClusterPublicPort(cluster.eventBusPublicPort());
    }
    options.setEventBusOptions(eventBus);
    HazelcastClusterManager manager = new HazelcastClusterManager(HazelcastSettings.of(cluster));
    log.info("Joining cluster '{}' as {} (members {})", cluster.name(), cluster.self(), cluster.members());
    return builder.with(options).withClusterManager(manager).buildClustered()
        .map(vertx -> {
          log.info("In cluster '{}': {} node(s)", cluster.name(), manager.getNodes().size());
          return new NodeVertx(vertx, manager);
        });
  }

  public Vertx vertx() {
    return vertx;
  }

  public boolean clustered() {
    return manager != null;
  }

  /** How many nodes this one sees in its cluster (itself included); 1 when alone, 0 once it has left. */
  public int members() {
    if (manager == null) {
      return 1;
    }
    return manager.isActive() ? manager.getNodes().size() : 0;
  }
}
