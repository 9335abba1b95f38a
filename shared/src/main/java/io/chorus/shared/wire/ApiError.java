package io.chorus.shared.wire;

/**
 * The body of every error answer: {@code {"error":{"code":…,"message":…}}}, plus {@code "field"} when
 * one field of the request is at fault (its name, or a path such as {@code rows[2].name}), so a client
 * can point at it without parsing the message. A class rather than a record: GWT 2.13 cannot compile a
 * record with a second constructor, and {@code new ApiError(code, message)} must keep working.
 */
public final class ApiError {
  private final String code;
  private final String message;
  private final String field;

  public ApiError(String code, String message) {
    this(code, message, null);
  }

  public ApiError(String code, String message, String field) {
    this.code = code;
    this.message = message;
    this.field = field;
  }

  public static ApiError of(ErrorCode code) {
    return new ApiError(code.code(), code.message());
  }

  public String code() {
    return code;
  }

  public String message() {
    return message;
  }

  /** The request field at fault, or null. */
  public String field() {
    return field;
  }

  public void write(WireWriter w) {
    w.object("error").put("code", code).put("message", message).put("field", field);
  }

  public static ApiError read(WireReader r) {
    WireReader e = r.object("error");
    return new ApiError(e.string("code"), e.string("message"), e.optString("field"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiError other && same(code, other.code) && same(message, other.message)
        && same(field, other.field);
  }

  @Override
  public int hashCode() {
    return (code == null ? 0 : code.hashCode()) * 31 + (message == null ? 0 : message.hashCode());
  }

  @Override
  public String toString() {
    return "ApiError[" + code + ", " + message + (field == null ? "" : ", " + field) + "]";
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }
}
