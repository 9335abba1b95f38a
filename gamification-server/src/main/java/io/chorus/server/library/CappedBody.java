package io.chorus.server.library;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.streams.WriteStream;
import java.util.concurrent.TimeoutException;

/**
 * Where a fetched page's body goes: kept up to a cap, and refused beyond it or past a deadline — a failed
 * write ends the read, so a page that never stops sending costs at most the cap and the deadline.
 */
final class CappedBody implements WriteStream<Buffer> {
  private final int cap;
  private final Buffer bytes = Buffer.buffer();
  private boolean cut;
  private boolean expired;
  private Handler<Throwable> exceptionHandler;
  private HttpConnection connection;

  CappedBody(int cap) {
    this.cap = cap;
  }

  /** The connection the body comes over: dropped when the body is refused, so the page stops sending. */
  void connected(HttpConnection connection) {
    this.connection = connection;
  }

  private void drop() {
    if (connection != null) {
      connection.close();
    }
  }

  Buffer bytes() {
    return bytes;
  }

  boolean wasCut() {
    return cut;
  }

  boolean expired() {
    return expired;
  }

  /** The deadline has passed: the next chunk fails the read. */
  void expire() {
    expired = true;
    drop();
    if (exceptionHandler != null) {
      exceptionHandler.handle(new TimeoutException("deadline"));
    }
  }

  @Override
  public Future<Void> write(Buffer chunk) {
    if (expired) {
      return Future.failedFuture(new TimeoutException("deadline"));
    }
    if (bytes.length() + chunk.length() > cap) {
      cut = true;
      drop();
      return Future.failedFuture(new IllegalStateException("larger than " + cap + " bytes"));
    }
    bytes.appendBuffer(chunk);
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> end() {
    return expired ? Future.failedFuture(new TimeoutException("deadline")) : Future.succeededFuture();
  }

  @Override
  public WriteStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
    this.exceptionHandler = handler;
    return this;
  }

  @Override
  public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
    return this;
  }

  @Override
  public boolean writeQueueFull() {
    return false;
  }

  @Override
  public WriteStream<Buffer> drainHandler(Handler<Void> handler) {
    return this;
  }
}
