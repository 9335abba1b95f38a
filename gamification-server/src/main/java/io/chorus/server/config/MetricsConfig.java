package io.chorus.server.config;

/**
 * Where a node serves {@code /metrics}: a listener of its own (CHORUS_METRICS_PORT), on 127.0.0.1
 * unless CHORUS_METRICS_HOST says otherwise, never on the public port behind the load balancer.
 * Prometheus scrapes each node directly: a scrape through the balancer would reach a random node.
 * Without a port there are no metrics at all (and no cost for them on the request path).
 */
public record MetricsConfig(String host, int port) {
  public boolean enabled() {
    return port >= 0;
  }
}
