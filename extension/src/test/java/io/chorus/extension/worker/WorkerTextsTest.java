package io.chorus.extension.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What the worker says about contests: the notification and an own post's entry")
class WorkerTextsTest {
  private static final long NOW = 1_800_000_000_000L;

  @Test
  @DisplayName("The notification names the contest and the hashtag, each isolated, and the time left")
  void notification() {
    assertEquals("Contest live: \u2068Winter lights\u2069", WorkerTexts.contestStarted("Winter lights", "WinterLights"));
    assertEquals("Post with \u2068#WinterLights\u2069 on LinkedIn or X to enter \u00B7 2 d 0 h left",
        WorkerTexts.contestStartedDetail("WinterLights", NOW + 2 * 86_400_000L, NOW));
  }

  @Test
  @DisplayName("An entered own post says the hashtag and the contest points, singular and plural")
  void entered() {
    assertEquals("Entered \u2068#WinterLights\u2069: +10 contest points", WorkerTexts.entered("WinterLights", 10));
    assertEquals("Entered \u2068#WinterLights\u2069: +1 contest point", WorkerTexts.entered("WinterLights", 1));
  }
}
