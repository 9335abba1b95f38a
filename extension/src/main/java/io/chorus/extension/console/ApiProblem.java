package io.chorus.extension.console;

import io.chorus.shared.wire.ErrorCode;

/**
 * A refusal or failure as the console shows it: the HTTP status (0: the server was not reached), the
 * API's stable code, its message for people, and the request field it is about, when there is one, so
 * a form can put the message next to that field. DOM-free, so a JVM test pins how fields are found.
 */
@SuppressWarnings("unusable-by-js")
public record ApiProblem(int status, String code, String message, String field) {
  public static final String UNREACHABLE = "unreachable";

  public static ApiProblem unreachable() {
    return new ApiProblem(0, UNREACHABLE, "The Chorus server cannot be reached. Check your connection and try again.",
        null);
  }

  /**
   * The problem an error answer describes. The field is the answer's own {@code field} when it names one;
   * otherwise, for a refused field, the one the message quotes ({@code 'xShare' must be …}).
   */
  public static ApiProblem of(int status, String code, String message, String field) {
    String about = field;
    if (about == null && (ErrorCode.INVALID_FIELD.code().equals(code) || ErrorCode.UNKNOWN_FIELD.code().equals(code))) {
      about = quotedName(message);
    }
    String text = message == null || message.isEmpty() ? defaultMessage(code, status) : message;
    return new ApiProblem(status, code, text, about);
  }

  public boolean is(ErrorCode errorCode) {
    return errorCode.code().equals(code);
  }

  /**
   * The message as it reads next to its own field: {@code 'xShare' must be a whole number.} becomes
   * "Must be a whole number.", {@code 'reason' is required.} becomes "Required."; any other message
   * is left as it is.
   */
  public String fieldMessage() {
    if (field == null || message == null || !message.startsWith("'" + field + "' ")) {
      return message;
    }
    String rest = message.substring(field.length() + 3);
    if (rest.startsWith("is ")) {
      rest = rest.substring(3);
    }
    return rest.isEmpty() ? message : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
  }

  /** The first {@code 'name'} in a message, when it looks like a field name; else null. */
  static String quotedName(String message) {
    if (message == null) {
      return null;
    }
    int open = message.indexOf('\'');
    int close = open < 0 ? -1 : message.indexOf('\'', open + 1);
    if (close <= open + 1) {
      return null;
    }
    String name = message.substring(open + 1, close);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      if (!ok) {
        return null;
      }
    }
    return name;
  }

  private static String defaultMessage(String code, int status) {
    ErrorCode known = code == null ? null : ErrorCode.fromCode(code);
    return known != null ? known.message() : "The server answered " + status + ".";
  }
}
