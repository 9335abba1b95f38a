package io.chorus.shared.wire;

/** The body of every error answer: {@code {"error":{"code":…,"message":…}}}. */
public record ApiError(String code, String message) {
  public static ApiError of(ErrorCode code) {
    return new ApiError(code.code(), code.message());
  }

  public void write(WireWriter w) {
    w.object("error").put("code", code).put("message", message);
  }

  public static ApiError read(WireReader r) {
    WireReader e = r.object("error");
    return new ApiError(e.string("code"), e.string("message"));
  }
}
