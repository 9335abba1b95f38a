package io.chorus.shared.wire;

/**
 * {@code POST /api/digest/test} (liaison): sends this week's digest as it stands now to the liaison's own
 * email and to the webhook — {@code webhookUrl} when given (to try an address before saving it), else
 * the saved one.
 */
@SuppressWarnings("unusable-by-js")
public record DigestTestRequest(String webhookUrl) {
  public static DigestTestRequest read(WireReader r) {
    Fields.allowOnly(r, "webhookUrl");
    String url = Fields.optionalText("webhookUrl", r.optString("webhookUrl"), WireText.Kind.LINE, 0,
        DigestSettingsChange.MAX_URL);
    return new DigestTestRequest(url == null || url.isEmpty() ? null : url);
  }

  public void write(WireWriter w) {
    w.put("webhookUrl", webhookUrl);
  }
}
