package io.chorus.server.http;

import io.chorus.shared.wire.ErrorCode;

/** A request the API refuses, with its stable code and a message for people. */
public class ApiException extends RuntimeException {
  private final ErrorCode code;
  private final String field;

  public ApiException(ErrorCode code) {
    this(code, code.message());
  }

  public ApiException(ErrorCode code, String message) {
    this(code, message, null);
  }

  /** A refusal of one field of the request, which the answer names in its {@code field} member. */
  public ApiException(ErrorCode code, String message, String field) {
    super(message, null, false, false);
    this.code = code;
    this.field = field;
  }

  public ErrorCode code() {
    return code;
  }

  /** The request field at fault, or null. */
  public String field() {
    return field;
  }
}
