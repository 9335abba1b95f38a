package io.chorus.shared.wire;

/**
 * The body of every error answer: {@code {"error":{"code":…,"message":…}}}, plus {@code "field"} when
 * one field of the request is at fault (its name, or a path such as {@code rows[2].name}), so a client
 * can point at it without parsing the message.
 */
public record ApiError(String code, String message, String field) {
  public ApiError(String code, String message) {
    this(code, message, null);
  }

  public static ApiError of(ErrorCode code) {
    return new ApiError(code.code(), code.message());
  }

  public void write(WireWriter w) {
    w.object("error").put("code", code).put("message", message).put("field", field);
  }

  public static ApiError read(WireReader r) {
    WireReader e = r.object("error");
    return new ApiError(e.string("code"), e.string("message"), e.optString("field"));
  }
}
