package io.chorus.server.ops;

import io.chorus.server.config.MetricsConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Handler;
import io.vertx.core.VertxBuilder;
import io.vertx.core.VertxOptions;
import io.vertx.ext.web.RoutingContext;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.PrometheusScrapingHandler;
import java.util.EnumSet;
import java.util.function.Supplier;

/**
 * A node's metrics in one Prometheus registry: Vert.x's own (HTTP server, the PostgreSQL pool, the event
 * bus, the JVM) through vertx-micrometer-metrics, and Chorus's (connected screens, shares accepted, how
 * far the leaderboard index is behind the ledger). When the node serves no metrics, every meter is a
 * no-op and Vert.x runs without its metrics SPI, so nothing is measured on the request path.
 */
public final class NodeMetrics {
  private final PrometheusMeterRegistry prometheus;
  private final MeterRegistry registry;
  private final Counter sharesAccepted;

  private NodeMetrics(PrometheusMeterRegistry prometheus) {
    this.prometheus = prometheus;
    this.registry = prometheus != null ? prometheus : new CompositeMeterRegistry();
    this.sharesAccepted = Counter.builder("chorus.shares.accepted")
        .description("Shares this node recorded (new ones, not replays); rate() gives shares per second")
        .register(registry);
  }

  public static NodeMetrics of(MetricsConfig config) {
    return config.enabled() ? new NodeMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)) : off();
  }

  /** No metrics: every meter is a no-op. */
  public static NodeMetrics off() {
    return new NodeMetrics(null);
  }

  public boolean enabled() {
    return prometheus != null;
  }

  /** Gives the node's Vert.x the Micrometer SPI (when enabled), reporting into this registry. */
  public void configure(VertxOptions options, VertxBuilder builder) {
    if (prometheus == null) {
      return;
    }
    options.setMetricsOptions(new MicrometerMetricsOptions()
        .setEnabled(true)
        .setJvmMetricsEnabled(true)
        // The route ("/r/:code"), never the path: one series per route, not one per tracked link.
        .setLabels(EnumSet.of(Label.HTTP_ROUTE, Label.HTTP_METHOD, Label.HTTP_CODE, Label.EB_ADDRESS,
            Label.EB_SIDE, Label.EB_FAILURE, Label.POOL_TYPE, Label.POOL_NAME, Label.CLIENT_NAME,
            Label.NAMESPACE)));
    builder.withMetrics(new MicrometerMetricsFactory(prometheus));
  }

  public void shareAccepted() {
    sharesAccepted.increment();
  }

  /** A gauge read when scraped; the supplier must be cheap and safe from any thread. */
  public void gauge(String name, String description, String baseUnit, Supplier<Number> value) {
    Gauge.builder(name, value).description(description).baseUnit(baseUnit).strongReference(true).register(registry);
  }

  /** GET /metrics in the Prometheus text format. */
  public Handler<RoutingContext> scrape() {
    if (prometheus == null) {
      throw new IllegalStateException("Metrics are off on this node");
    }
    return PrometheusScrapingHandler.create(prometheus);
  }

  public MeterRegistry registry() {
    return registry;
  }
}
