package io.chorus.shared.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.chorus.shared.Network;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A post's address: https on the network's own host, plain URI characters only")
class PostUrlTest {

  @DisplayName("Addresses of real posts pass")
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      linkedin | https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/
      linkedin | https://linkedin.com/posts/janis-berzins_robotics-activity-7260000000000000001-AbCd?utm_source=share
      linkedin | https://www.linkedin.com/posts/j%C4%81nis_riga-activity-1
      x        | https://x.com/acme/status/1850000000000000001
      x        | https://twitter.com/acme/status/1850000000000000001?s=20#reply
      x        | https://mobile.twitter.com/acme/status/1
      x        | https://X.com/acme/status/1
      """)
  void realPostsPass(String network, String url) {
    assertNull(PostUrl.problem(Network.fromWire(network), url));
  }

  @DisplayName("Anything else is refused")
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      x        | a space                 | https://x.com/acme/status/1 2
      x        | a double quote          | https://x.com/acme/status/1"onmouseover="alert(1)
      x        | a single quote          | https://x.com/acme/status/1'
      x        | angle brackets          | https://x.com/<script>
      x        | a backslash             | https://x.com\\@evil.example/
      x        | a user                  | https://x.com@evil.example/status/1
      x        | a port                  | https://x.com:8443/acme/status/1
      x        | another host            | https://x.com.evil.example/acme/status/1
      x        | another network's host  | https://www.linkedin.com/feed/update/1/
      x        | http                    | http://x.com/acme/status/1
      x        | no scheme               | x.com/acme/status/1
      x        | javascript              | javascript:alert(1)//x.com
      x        | a query right after host| https://x.com?status=1
      x        | a stray percent         | https://x.com/acme/%zz
      x        | a short percent         | https://x.com/acme/%4
      x        | two fragments           | https://x.com/a#b#c
      x        | a bracket               | https://x.com/a[1]
      x        | a brace                 | https://x.com/a{b}
      x        | non-ASCII               | https://x.com/jānis
      x        | empty host              | https:///acme
      linkedin | a tab                   | `https://www.linkedin.com/feed/\t1`
      """)
  void othersAreRefused(String network, String what, String url) {
    String u = url.replace("\\t", "\t");
    assertNotNull(PostUrl.problem(Network.fromWire(network), u), what);
  }

  @DisplayName("Control characters, a NUL and an overlong address are refused, each with its reason")
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "NUL, 0",
      "newline, 10",
      "DEL, 127",
      "NEL, 133",
  })
  void controls(String what, int c) {
    String problem = PostUrl.problem(Network.X, "https://x.com/acme/status/1" + (char) c);
    assertNotNull(problem, what);
    assertEquals(true, problem.contains("U+"), problem);
    assertNotNull(PostUrl.problem(Network.X, "https://x.com/" + "a".repeat(PostUrl.MAX_LENGTH)));
  }
}
