package io.chorus.server.recognition;

import io.chorus.shared.wire.KudosRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The fingerprint kept with a kudos' idempotency key: the same key with the same kudos replays the
 * first answer; the same key with a different one is refused. Over the decoded fields (the message in
 * NFC), so JSON spacing, field order or how the client composed an accent does not matter.
 */
final class KudosFingerprint {
  private KudosFingerprint() {}

  static String of(KudosRequest r) {
    String canonical = r.to() + "\n" + r.value() + "\n" + Normalizer.normalize(r.message(), Normalizer.Form.NFC);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
