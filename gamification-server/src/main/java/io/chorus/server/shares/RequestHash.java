package io.chorus.server.shares;

import io.chorus.shared.wire.ShareReport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The fingerprint stored with an idempotency key: the same key with the same report replays the first
 * answer; the same key with a different report is refused. Computed over the decoded fields (the text
 * in NFC), so JSON spacing, field order or how the client composed an accent does not matter.
 */
final class RequestHash {
  /**
   * One digest per thread, reused: {@code MessageDigest.getInstance} searches the security providers on
   * every call, which cost more than hashing a report. A digest resets itself after {@code digest()}.
   */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(RequestHash::sha256);

  private RequestHash() {}

  static String of(ShareReport r) {
    String canonical = r.contentId() + "\n" + r.network().wireName() + "\n"
        + nullToEmpty(r.postUrl()) + "\n" + Normalizer.normalize(nullToEmpty(r.postedText()), Normalizer.Form.NFC)
        + (r.disclosed() == null ? "" : "\n" + r.disclosed());
    return HexFormat.of().formatHex(SHA_256.get().digest(canonical.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
