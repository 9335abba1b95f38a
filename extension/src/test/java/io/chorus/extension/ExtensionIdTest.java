package io.chorus.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The pom records both the manifest key and the extension id it yields; the server and the browser
 * tests use the id. Someone who changes one without the other gets a red build, not an extension
 * whose id no longer matches.
 */
class ExtensionIdTest {

  private static byte[] key() {
    String base64 = System.getProperty("extension.key");
    assertNotNull(base64, "extension.key is passed by surefire (see extension/pom.xml)");
    return Base64.getDecoder().decode(base64);
  }

  @Test
  @DisplayName("extension.id is the id Chrome derives from extension.key: sha256(DER) as a-p digits")
  void idIsDerivedFromKey() throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(key());
    StringBuilder id = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      id.append((char) ('a' + ((digest[i] >> 4) & 0xf))).append((char) ('a' + (digest[i] & 0xf)));
    }
    assertEquals(id.toString(), System.getProperty("extension.id"));
  }

  @Test
  @DisplayName("extension.key is a 2048-bit RSA public key (SubjectPublicKeyInfo DER), not a private one")
  void keyIsPublicRsa() throws Exception {
    RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
        .generatePublic(new X509EncodedKeySpec(key()));
    assertEquals(2048, publicKey.getModulus().bitLength());
  }
}
