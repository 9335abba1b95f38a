package io.chorus.server.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries every checked sign-in between the nodes of a cluster, so that a balancer spreading one
 * attacker's guesses over N nodes does not give them N times the guesses: each node's
 * {@link SignInLimits} counts the failures (and forgives the successes) of every node. On one node, or
 * without a cluster, it hears only itself and changes nothing.
 *
 * <p>Published, not sent: a node that misses a message (it was starting, or cut off) only counts a
 * little less for five minutes, which slows guessing less but never locks anyone out wrongly.
 */
public final class SignInsAcrossNodes {
  /** {"node", "account", "network", "failed"}. */
  public static final String SETTLED = "chorus.auth.sign-in-settled";
  private static final Logger log = LoggerFactory.getLogger(SignInsAcrossNodes.class);

  private final Vertx vertx;
  private final SignInLimits limits;
  private final String node = UUID.randomUUID().toString();
  private MessageConsumer<JsonObject> consumer;

  public SignInsAcrossNodes(Vertx vertx, SignInLimits limits) {
    this.vertx = vertx;
    this.limits = limits;
  }

  /** Starts telling the other nodes, and hearing them. */
  public Future<Void> start() {
    consumer = vertx.eventBus().consumer(SETTLED, msg -> heard(msg.body()));
    limits.onSettled(settled -> vertx.eventBus().publish(SETTLED, new JsonObject()
        .put("node", node)
        .put("account", settled.account())
        .put("network", settled.network())
        .put("failed", settled.failed())));
    return consumer.completion();
  }

  public Future<Void> stop() {
    limits.onSettled(settled -> { });
    return consumer == null ? Future.succeededFuture() : consumer.unregister();
  }

  private void heard(JsonObject body) {
    if (node.equals(body.getString("node"))) {
      return;
    }
    String account = body.getString("account");
    String network = body.getString("network");
    Object failed = body.getValue("failed");
    if (account == null || network == null || !(failed instanceof Boolean)) {
      log.warn("Ignored a malformed sign-in message from another node: {}", body);
      return;
    }
    limits.settledElsewhere(new SignInLimits.Settled(account, network, (Boolean) failed));
  }
}
