package io.chorus.shared.wire;

/**
 * {@code POST /api/kudos} (with an {@code Idempotency-Key}): recognise a colleague with one of the
 * company's values and a short message. The receiver earns the company's kudos points.
 */
@SuppressWarnings("unusable-by-js")
public record KudosRequest(long to, String value, String message) {
  public static final int MAX_MESSAGE = 280;
  public static final int MAX_VALUE = 60;

  public static KudosRequest read(WireReader r) {
    Fields.allowOnly(r, "to", "value", "message");
    return new KudosRequest(Fields.requirePositive("to", r.integer("to")),
        Fields.text("value", r.string("value"), WireText.Kind.NAME, 1, MAX_VALUE),
        Fields.text("message", r.string("message"), WireText.Kind.MESSAGE, 1, MAX_MESSAGE));
  }

  public void write(WireWriter w) {
    w.put("to", to).put("value", value).put("message", message);
  }
}
