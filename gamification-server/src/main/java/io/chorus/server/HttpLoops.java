package io.chorus.server;

import io.chorus.server.ops.Health;
import io.chorus.server.ops.NodeMetrics;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The node's HTTP servers: {@code CHORUS_HTTP_LOOPS} instances of {@link HttpVerticle} in one deployment,
 * each on an event loop of its own, all listening on the same port (Vert.x hands each new connection to
 * one of them in turn). A connection, its requests and its live stream then stay on one loop, and the
 * loops share out the node's connections, where one verticle kept every request and every stream write
 * on one core.
 */
final class HttpLoops {
  /**
   * Port 0 with several instances: Vert.x binds each instance its own random port, unless the port is
   * negative — instances listening on the same negative number share one random port. Each node takes
   * its own number, so two nodes in one Vert.x (as tests run them) never share a socket.
   */
  private static final AtomicInteger SHARED_RANDOM_PORTS = new AtomicInteger();

  private final Vertx vertx;
  private final String deploymentId;
  private final List<HttpVerticle> instances;

  private HttpLoops(Vertx vertx, String deploymentId, List<HttpVerticle> instances) {
    this.vertx = vertx;
    this.deploymentId = deploymentId;
    this.instances = instances;
  }

  static Future<HttpLoops> deploy(Vertx vertx, Services services, List<String> origins, Mounts.PageShells pages,
      Health health, NodeMetrics metrics) {
    int configured = services.config().httpPort();
    int listenOn = configured != 0 ? configured : -(SHARED_RANDOM_PORTS.getAndIncrement() % 65_535 + 1);
    List<HttpVerticle> instances = new CopyOnWriteArrayList<>();
    return vertx.deployVerticle(() -> {
          HttpVerticle http = new HttpVerticle(services, origins, pages, health, metrics, listenOn);
          instances.add(http);
          return http;
        }, new DeploymentOptions().setInstances(services.config().httpLoops()))
        .map(id -> new HttpLoops(vertx, id, List.copyOf(instances)));
  }

  /** The port every instance listens on (the one picked when configured as 0). */
  int port() {
    return instances.get(0).port();
  }

  /** Live streams open on all the instances now (a gauge: read from any thread, a stale count is fine). */
  int connectedScreens() {
    int open = 0;
    for (HttpVerticle http : instances) {
      open += http.connectedScreens();
    }
    return open;
  }

  /** Live streams open now per event-loop thread (instances that share a thread are added up). */
  Map<String, Integer> connectedScreensPerLoop() {
    Map<String, Integer> open = new TreeMap<>();
    for (HttpVerticle http : instances) {
      open.merge(http.loopThread(), http.connectedScreens(), Integer::sum);
    }
    return open;
  }

  /** How many instances serve (CHORUS_HTTP_LOOPS). */
  int instances() {
    return instances.size();
  }

  /**
   * Undeploys every instance: each stops accepting, lets its requests in flight finish and ends its own
   * live streams with a retry hint, on its own loop.
   */
  Future<Void> stop() {
    return vertx.undeploy(deploymentId);
  }
}
