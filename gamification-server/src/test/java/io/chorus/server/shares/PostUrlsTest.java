package io.chorus.server.shares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.chorus.shared.Network;
import io.chorus.shared.wire.PostUrl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Every post URL the shared rule accepts has one spelling: https, the network's main host, the path")
class PostUrlsTest {

  @DisplayName("Accepted, then spelt one way")
  @ParameterizedTest(name = "{1} → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      x        | https://twitter.com/acme/status/1?s=20#x                  | https://x.com/acme/status/1
      x        | https://mobile.twitter.com/acme/status/1                  | https://x.com/acme/status/1
      x        | https://WWW.X.COM/acme/status/1                           | https://x.com/acme/status/1
      x        | https://x.com                                             | https://x.com/
      linkedin | https://linkedin.com/feed/update/urn:li:activity:1/       | https://www.linkedin.com/feed/update/urn:li:activity:1/
      linkedin | https://www.linkedin.com/posts/j%C4%81nis_a-activity-1?x=1 | https://www.linkedin.com/posts/j%C4%81nis_a-activity-1
      linkedin | https://www.linkedin.com/feed/update/a;b=c@d!$&()*+,~/     | https://www.linkedin.com/feed/update/a;b=c@d!$&()*+,~/
      """)
  void canonical(String network, String url, String expected) {
    assertNull(PostUrl.problem(Network.fromWire(network), url), url);
    assertEquals(expected, PostUrls.canonical(url));
  }
}
