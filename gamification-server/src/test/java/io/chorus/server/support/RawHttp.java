package io.chorus.server.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * One HTTP/1.1 connection driven byte by byte, for what a client library hides: a request whose body
 * is still on its way, or a response read up to the moment the server closes the connection.
 */
public final class RawHttp implements AutoCloseable {
  private final Socket socket;
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();
  private boolean closedByServer;

  public RawHttp(String host, int port) {
    try {
      socket = new Socket(host, port);
      socket.setSoTimeout(100);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public RawHttp send(String text) {
    try {
      socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything received so far (UTF-8). */
  public String received() {
    return received.toString(StandardCharsets.UTF_8);
  }

  /** True once the server closed its side (read returned end of stream). */
  public boolean closedByServer() {
    return closedByServer;
  }

  /** Reads until what was received matches, or the server closes, or the time is up; returns the text. */
  public String readUntil(Predicate<String> done, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    byte[] buffer = new byte[8192];
    try {
      InputStream in = socket.getInputStream();
      while (!done.test(received()) && !closedByServer && System.nanoTime() < deadline) {
        try {
          int n = in.read(buffer);
          if (n < 0) {
            closedByServer = true;
          } else {
            received.write(buffer, 0, n);
          }
        } catch (SocketTimeoutException tick) {
          // look at the deadline again
        }
      }
      return received();
    } catch (IOException e) {
      closedByServer = true;
      return received();
    }
  }

  /** Reads until the server closes the connection (or the time is up). */
  public String readToEnd(Duration timeout) {
    return readUntil(text -> false, timeout);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
