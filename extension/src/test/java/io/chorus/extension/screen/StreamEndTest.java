package io.chorus.extension.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("After a stream ends: stop for a dead link, retry anything else")
class StreamEndTest {

  @ParameterizedTest(name = "HTTP {0} {1} → dead link: {2}")
  @DisplayName("Token refusals are a dead link; busy, server errors and odd answers are not")
  @CsvSource(value = {
      "401 | token_missing | true",
      "401 | token_expired | true",
      "401 | token_invalid | true",
      "401 | token_revoked | true",
      "401 | NULL | true",
      "403 | forbidden | true",
      "503 | busy | false",
      "500 | internal | false",
      "502 | NULL | false",
      "404 | not_found | false",
      "200 | NULL | false"
  }, delimiter = '|', nullValues = "NULL")
  void refusals(int status, String code, boolean dead) {
    assertEquals(dead, StreamEnd.refused(status, code).deadLink());
  }

  @ParameterizedTest(name = "HTTP {0} {1} → bad address: {2}")
  @DisplayName("A link whose period, office or team the server refuses (400, or 404 for an office it does not have) stops the screen; other answers do not")
  @CsvSource(value = {
      "400 | invalid_field | true",
      "400 | NULL | true",
      "404 | not_found | true",
      "401 | token_invalid | false",
      "503 | busy | false",
      "502 | NULL | false"
  }, delimiter = '|', nullValues = "NULL")
  void badAddresses(int status, String code, boolean bad) {
    StreamEnd end = StreamEnd.refused(status, code);
    assertEquals(bad, end.badAddress());
    assertEquals(bad || end.deadLink(), end.stops());
  }

  @ParameterizedTest(name = "HTTP {0} {1} → revoked: {2}")
  @DisplayName("Only a token_revoked refusal says the link was revoked")
  @CsvSource(value = {
      "401 | token_revoked | true",
      "401 | token_expired | false",
      "401 | NULL | false",
      "403 | forbidden | false",
      "503 | busy | false"
  }, delimiter = '|', nullValues = "NULL")
  void revokedRefusals(int status, String code, boolean revoked) {
    assertEquals(revoked, StreamEnd.refused(status, code).revoked());
  }

  @Test
  @DisplayName("A 'revoked' event on an open stream is a revoked, dead link: the screen stops")
  void revokedWhileOpenStops() {
    StreamEnd end = StreamEnd.revokedWhileOpen();
    assertTrue(end.revoked());
    assertTrue(end.deadLink());
    assertTrue(end.stops());
  }

  @Test
  @DisplayName("A stream the server ended, or a network failure, is retried")
  void endsAreRetried() {
    assertFalse(StreamEnd.retry("the server ended the stream").stops());
  }
}
