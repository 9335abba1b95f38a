package io.chorus.shared.wire;

/** A wire value that is missing, of the wrong type or out of range; the message names the field. */
public class WireException extends RuntimeException {
  private final String field;

  public WireException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The offending field, or null when the problem is the object as a whole. */
  public String field() {
    return field;
  }
}
