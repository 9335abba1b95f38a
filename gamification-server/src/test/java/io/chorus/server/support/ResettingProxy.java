package io.chorus.server.support;

import io.chorus.server.db.DatabaseTarget;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of PostgreSQL that a test can make reset every connection through it (TCP RST,
 * as a crashed server, a firewall or a dead load balancer would), without touching the real server.
 */
public final class ResettingProxy implements AutoCloseable {
  private final ServerSocket server;
  private volatile String targetHost;
  private volatile int targetPort;
  private final List<Socket> clients = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  public ResettingProxy() throws IOException {
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.acceptor = new Thread(this::accept, "resetting-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The same database, reached through this proxy (which from now on forwards to its server). */
  public DatabaseTarget route(DatabaseTarget target) {
    targetHost = target.host();
    targetPort = target.port();
    return new DatabaseTarget(server.getInetAddress().getHostAddress(), server.getLocalPort(), target.database(),
        target.user(), target.password());
  }

  /** Resets every connection open through the proxy now; new ones are proxied as before. */
  public int resetAll() {
    int n = 0;
    for (Socket s : clients) {
      try {
        s.setSoLinger(true, 0); // close with RST, not FIN
        s.close();
        n++;
      } catch (IOException ignored) {
        // already gone
      }
      clients.remove(s);
    }
    return n;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(targetHost, targetPort);
        clients.add(client);
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void pump(Socket from, Socket to) {
    Thread t = new Thread(() -> {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException ignored) {
        // one side went away
      } finally {
        try {
          from.close();
          to.close();
        } catch (IOException ignored) {
          // closing
        }
      }
    }, "resetting-proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close() throws IOException {
    server.close();
    resetAll();
  }
}
