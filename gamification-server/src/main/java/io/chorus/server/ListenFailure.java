package io.chorus.server;

import io.chorus.server.config.ConfigException;
import io.chorus.server.config.ServerConfig;
import java.net.BindException;

/**
 * Why the HTTP server could not listen, in one line that names the setting to change. Netty reports a
 * busy port as a {@link BindException} (NIO) or as a native error whose message says the same.
 */
final class ListenFailure {
  private ListenFailure() {}

  static Throwable explain(Throwable failure, ServerConfig config) {
    String where = config.httpHost() + ":" + config.httpPort();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("Address already in use")) {
        return new ConfigException("Port " + config.httpPort() + " on " + config.httpHost()
            + " is already in use: stop what listens there, or set CHORUS_HTTP_PORT to a free port.", failure);
      }
      if (message.contains("Cannot assign requested address")) {
        return new ConfigException("CHORUS_HTTP_HOST=" + config.httpHost()
            + " is not an address of this machine: use 127.0.0.1, 0.0.0.0 or one of its own addresses.", failure);
      }
      if (t instanceof BindException) {
        return new ConfigException("Cannot listen on " + where + ": " + message
            + " (check CHORUS_HTTP_HOST and CHORUS_HTTP_PORT).", failure);
      }
    }
    return failure;
  }
}
