package io.chorus.extension.screen;

import elemental2.core.JsIIterableResult;
import elemental2.core.Uint8Array;
import elemental2.dom.AbortController;
import elemental2.dom.DomGlobal;
import elemental2.dom.Headers;
import elemental2.dom.ReadableStreamDefaultReader;
import elemental2.dom.RequestInit;
import elemental2.dom.Response;
import elemental2.dom.TextDecoder;
import io.chorus.extension.wire.JsReader;
import io.chorus.shared.sse.SseEvent;
import io.chorus.shared.sse.SseParser;
import io.chorus.shared.wire.ApiError;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * One fetch of the live stream. EventSource cannot send an Authorization header, so the body is read
 * with a stream reader, decoded as streaming UTF-8 (a multi-byte character may straddle two chunks)
 * and fed to the shared {@link SseParser}. A fresh parser per connection: half an event from a cut
 * stream must not glue onto the next one. The listener hears {@link Listener#ended} exactly once,
 * and nothing at all after {@link #close()}.
 */
final class StreamConnection {
  interface Listener {
    void event(SseEvent event);

    void ended(StreamConnection connection, StreamEnd end);
  }

  private static final JsPropertyMap<Object> STREAMING = JsPropertyMap.of("stream", true);

  private final Listener listener;
  private final AbortController abort = new AbortController();
  private final SseParser parser = new SseParser();
  private final TextDecoder decoder = new TextDecoder("utf-8");
  private ReadableStreamDefaultReader<Uint8Array> reader;
  private boolean finished;
  private double lastActivity = now();

  StreamConnection(Listener listener) {
    this.listener = listener;
  }

  /** Starts the request; {@code lastEventId} (or null) goes out as Last-Event-ID. */
  void open(String path, String token, String lastEventId) {
    Headers headers = new Headers();
    headers.set("Authorization", "Bearer " + token);
    headers.set("Accept", "text/event-stream");
    if (lastEventId != null) {
      headers.set("Last-Event-ID", lastEventId);
    }
    RequestInit init = RequestInit.create();
    init.setHeaders(headers);
    init.setCache("no-store");
    init.setCredentials("omit");
    init.setSignal(abort.signal);
    DomGlobal.fetch(path, init).then(response -> {
      onResponse(response);
      return null;
    }, error -> {
      end(StreamEnd.retry("network: " + error));
      return null;
    });
  }

  /** When bytes (data or the 15-second heartbeat) last arrived, in epoch ms: a silent stream is a dead one. */
  double lastActivity() {
    return lastActivity;
  }

  /** Id of the last event this connection saw (null if none), for the next Last-Event-ID. */
  String lastEventId() {
    return parser.lastEventId();
  }

  /** The server's retry hint in ms, or -1. */
  int retryMillis() {
    return parser.retryMillis();
  }

  /** Aborts the request and forgets the listener: the caller decides what happens next. */
  void close() {
    finished = true;
    abort.abort();
  }

  private void onResponse(Response response) {
    if (finished) {
      return;
    }
    String type = response.headers.get("Content-Type");
    if (response.status != 200 || type == null || !type.startsWith("text/event-stream") || response.body == null) {
      int status = response.status;
      response.text().then(body -> {
        end(StreamEnd.refused(status, errorCode(body)));
        return null;
      }, error -> {
        end(StreamEnd.refused(status, null));
        return null;
      });
      return;
    }
    reader = Js.uncheckedCast(response.body.getReader().asReadableStreamDefaultReader());
    pump();
  }

  // Each read schedules the next from its callback; no promise is returned down the chain, so weeks
  // of reading never build a chain of pending promises.
  private void pump() {
    reader.read().then(result -> {
      onChunk(result);
      return null;
    }, error -> {
      end(StreamEnd.retry("read: " + error));
      return null;
    });
  }

  private void onChunk(JsIIterableResult<Uint8Array> result) {
    if (finished) {
      return;
    }
    lastActivity = now();
    if (result.isDone()) {
      deliver(decoder.decode());
      end(StreamEnd.retry("the server ended the stream"));
      return;
    }
    // elemental2 types the chunk as an ArrayBufferView, which is no JS global: a checked cast would throw.
    deliver(decoder.decode(Js.<TextDecoder.DecodeInputUnionType>uncheckedCast(result.getValue()), STREAMING));
    pump();
  }

  private void deliver(String text) {
    for (SseEvent event : parser.feed(text)) {
      if (finished) {
        return;
      }
      listener.event(event);
    }
  }

  private void end(StreamEnd end) {
    if (!finished) {
      finished = true;
      abort.abort();
      listener.ended(this, end);
    }
  }

  private static String errorCode(String body) {
    try {
      return ApiError.read(JsReader.parse(body)).code();
    } catch (RuntimeException notJson) {
      return null;
    }
  }

  private static double now() {
    return elemental2.core.JsDate.now();
  }
}
