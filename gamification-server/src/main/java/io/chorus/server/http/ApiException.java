package io.chorus.server.http;

import io.chorus.shared.wire.ErrorCode;

/** A request the API refuses, with its stable code and a message for people. */
public class ApiException extends RuntimeException {
  private final ErrorCode code;

  public ApiException(ErrorCode code) {
    this(code, code.message());
  }

  public ApiException(ErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
