package io.chorus.server.config;

import java.util.List;

/**
 * How a node finds the others: Hazelcast's TCP join on the listed members (never multicast), its own
 * address for Hazelcast and for the event bus, and a cluster name so two demos on one network never
 * merge. No members: the node runs alone, unclustered, as the quickstart does. The event bus's public
 * port (0: its own) is the one the other nodes connect to, when a NAT or forwarder sits in between.
 */
public record ClusterConfig(List<Member> members, String host, int port, String name, int eventBusPort,
    int eventBusPublicPort) {
  public static final int DEFAULT_PORT = 5701;
  public static final String DEFAULT_NAME = "chorus";

  /** One {@code host:port} of CHORUS_CLUSTER_MEMBERS. */
  public record Member(String host, int port) {
    static Member parse(String variable, String text) {
      int colon = text.lastIndexOf(':');
      if (colon <= 0 || colon == text.length() - 1) {
        throw new ConfigException(variable + " lists host:port pairs separated by commas; '" + text
            + "' has no port");
      }
      String host = text.substring(0, colon).trim();
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      }
      try {
        int port = Integer.parseInt(text.substring(colon + 1).trim());
        if (port < 1 || port > 65535) {
          throw new NumberFormatException();
        }
        return new Member(host, port);
      } catch (NumberFormatException e) {
        throw new ConfigException(variable + ": '" + text + "' has no valid port (1 to 65535)");
      }
    }

    @Override
    public String toString() {
      return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
  }

  public boolean clustered() {
    return !members.isEmpty();
  }

  /** This node's Hazelcast address, as the others list it. */
  public String self() {
    return new Member(host, port).toString();
  }
}
