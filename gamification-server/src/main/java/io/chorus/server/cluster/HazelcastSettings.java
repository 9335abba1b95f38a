package io.chorus.server.cluster;

import io.chorus.server.config.ClusterConfig;
import io.chorus.server.config.ConfigException;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Hazelcast as Chorus runs it: Vert.x's own map settings (its default-cluster.xml), then a TCP join on
 * the configured members only (multicast and auto-detection off), this node's own address and port
 * (no auto-increment: a taken port is an error, not a silent neighbour), a cluster name, logging through
 * SLF4J, and no phone-home.
 */
final class HazelcastSettings {
  private HazelcastSettings() {}

  static Config of(ClusterConfig cluster) {
    // Also as a system property: Hazelcast logs a few lines before it reads its config.
    if (System.getProperty("hazelcast.logging.type") == null) {
      System.setProperty("hazelcast.logging.type", "slf4j");
    }
    Config config = ConfigUtil.loadConfig();
    config.setClusterName(cluster.name());
    config.setProperty("hazelcast.logging.type", "slf4j");
    config.setProperty("hazelcast.phone.home.enabled", "false");
    // The node's own shutdown hook leaves the cluster (closing Vert.x); Hazelcast's would race it.
    config.setProperty("hazelcast.shutdownhook.enabled", "false");
    // Hazelcast waits 5 s before joining by default; members are listed, so 1 s is plenty.
    config.setProperty("hazelcast.wait.seconds.before.join", "1");
    // A member that stops answering (killed, cut off) leaves the member list within 10 s, not 60.
    config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
    config.setProperty("hazelcast.max.no.heartbeat.seconds", "10");
    // Two nodes that started alone at the same moment find each other and merge within seconds.
    config.setProperty("hazelcast.merge.first.run.delay.seconds", "10");
    config.setProperty("hazelcast.merge.next.run.delay.seconds", "10");
    config.setProperty("hazelcast.socket.bind.any", "false");

    NetworkConfig network = config.getNetworkConfig();
    network.setPort(cluster.port()).setPortAutoIncrement(false);
    network.getInterfaces().setEnabled(true).clear().addInterface(address(cluster.host()));
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getKubernetesConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).clear();
    cluster.members().forEach(m -> join.getTcpIpConfig().addMember(m.toString()));
    return config;
  }

  /** Hazelcast binds to an interface by its IP address; a host name is resolved once, at start. */
  static String address(String host) {
    try {
      return InetAddress.getByName(host).getHostAddress();
    } catch (UnknownHostException e) {
      throw new ConfigException("CHORUS_CLUSTER_HOST '" + host + "' is not an address this machine can resolve");
    }
  }
}
