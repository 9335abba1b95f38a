package io.chorus.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShareIntentsTest {

  @Test
  @DisplayName("The X intent carries text, url and comma-separated hashtags, encoded like encodeURIComponent")
  void buildsXIntent() {
    assertEquals("https://x.com/intent/tweet?text=Caf%C3%A9%20%26%20co!%20(new)"
            + "&url=https%3A%2F%2Facme.example%2F%3Fa%3D1&hashtags=Acme%2Criga",
        ShareIntents.xIntent("Café & co! (new)", "https://acme.example/?a=1", List.of("#Acme", "riga")));
  }

  @Test
  @DisplayName("LinkedIn's composer link prefills text; its official share link takes only the url")
  void buildsLinkedInLinks() {
    assertEquals("https://www.linkedin.com/feed/?shareActive=true&text=Hello%20%23acme",
        ShareIntents.linkedInComposer("Hello #acme"));
    assertEquals("https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Facme.example%2Fx",
        ShareIntents.linkedInOffsite("https://acme.example/x"));
  }
}
