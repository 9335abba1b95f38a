package io.chorus.server.leaderboard;

import io.chorus.server.http.JsonWriter;
import io.chorus.shared.sse.SseEvent;
import io.chorus.shared.wire.ApiError;
import io.chorus.shared.wire.ErrorCode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.util.UUID;

/** One open stream: its connection, what it shows and how far it has been sent the company's feed. */
final class StreamClient {
  final HttpServerResponse response;
  final long companyId;
  final StreamFrames.View view;
  /** The screen this stream feeds, or null for an employee's stream. */
  final UUID screenId;
  /** The employee whose stream this is (0 for a screen's). */
  final long employeeId;
  /** Asked for patches ({@code patches=1}): after its first board it gets what changed, not whole boards. */
  final boolean patches;
  /** Every feed item of the company up to this number has been sent (or was before the stream began). */
  long sentUpTo;
  /** The board this stream shows: the one last written on this connection (see {@link StreamFanOut}). */
  SentBoard boardSent;
  long blockedSince;
  /** Among the open streams (a flag, not a lookup in a set of 10,000, for every stream of a flush). */
  boolean open;

  StreamClient(HttpServerResponse response, long companyId, StreamFrames.View view, UUID screenId, long employeeId,
      boolean patches) {
    this.employeeId = employeeId;
    this.patches = patches;
    this.response = response;
    this.companyId = companyId;
    this.view = view;
    this.screenId = screenId;
  }

  void send(SseEvent event) {
    write(StreamFrames.frame(event));
  }

  /** Writes bytes that may be shared with other streams (a Buffer written is never changed afterwards). */
  void write(Buffer bytes) {
    if (!response.closed()) {
      response.write(bytes);
    }
  }

  /** Ends the stream so the client reconnects (to this node once it is back, or to another). */
  static void endWithRetryHint(HttpServerResponse response) {
    if (!response.ended() && !response.closed()) {
      response.end(": server stopping\nretry: " + LeaderboardStream.RETRY_MS + "\n\n");
    }
  }

  /** Tells the client its link was revoked (it must not reconnect) and ends the stream. */
  void endRevoked() {
    if (!response.closed()) {
      ApiError error = new ApiError(ErrorCode.TOKEN_REVOKED.code(),
          screenId != null ? "This screen link was revoked." : ErrorCode.TOKEN_REVOKED.message());
      response.write(new SseEvent(null, LeaderboardStream.REVOKED_EVENT, JsonWriter.encode(error::write).encode())
          .format());
      response.end();
    }
  }
}
