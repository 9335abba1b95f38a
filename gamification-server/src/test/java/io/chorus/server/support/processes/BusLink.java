package io.chorus.server.support.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The network between the cluster and one node's event bus: the node tells the others to reach its bus
 * here (CHORUS_EVENTBUS_PUBLIC_PORT), and this forwards to its real port. {@link #cut} is a network
 * fault: open connections are reset and new ones refused, so what other nodes publish to this one in
 * the meantime is lost (Hazelcast's own connections do not pass here: the node stays a member).
 */
public final class BusLink implements AutoCloseable {
  private final ServerSocket server;
  private final int target;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile boolean cut;

  public BusLink(int target) {
    this.target = target;
    try {
      this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::accept, "bus-link-" + target);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  /** From now on nothing reaches the node's bus: open connections are reset, new ones too. */
  public void cut() {
    cut = true;
    for (Socket s : open) {
      reset(s);
    }
    open.clear();
  }

  public void restore() {
    cut = false;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        if (cut) {
          reset(client);
          continue;
        }
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
        open.add(client);
        open.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException e) {
        if (server.isClosed()) {
          return;
        }
      }
    }
  }

  private static void reset(Socket s) {
    try {
      s.setSoLinger(true, 0); // RST, as a dropped link looks to the sender
      s.close();
    } catch (IOException ignored) {
      // already gone
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
        reset(from);
        reset(to);
      }
    }, "bus-link-pump");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException ignored) {
      // closing
    }
    cut();
  }
}
