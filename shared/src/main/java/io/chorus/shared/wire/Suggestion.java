package io.chorus.shared.wire;

import io.chorus.shared.Network;
import io.chorus.shared.text.ShareText;
import java.util.List;

/**
 * One approved, live item offered to an employee for one network: the liaison's suggested words, the
 * link and the campaign hashtags. {@link #shareText()} is what the composer receives. {@code contestHashtag}
 * (without its sign) names the hashtag of a live contest the employee may enter that the item's words or
 * hashtags carry, null when none; such items come first in the list.
 */
@SuppressWarnings("unusable-by-js")
public record Suggestion(long contentId, String title, String summary, String url, Network network,
    String text, List<String> hashtags, String trackedUrl, String contestHashtag) {

  /**
   * The post as it will be prefilled: words, missing hashtags and link, fitted to the network. The link is
   * the employee's own tracked link ({@code /r/{code}}, a redirect to the content) when the server gave one,
   * so clicks on the post earn its sharer points.
   */
  public String shareText() {
    return ShareText.compose(network, text, linkToShare(), hashtags);
  }

  /** The address the post carries: the tracked link when there is one, else the content's own URL. */
  public String linkToShare() {
    return trackedUrl != null ? trackedUrl : url;
  }

  public static Suggestion read(WireReader r) {
    Network network = Network.fromWire(r.string("network"));
    if (network == null) {
      throw new WireException("network", "Unknown network.");
    }
    return new Suggestion(r.integer("contentId"), r.string("title"), r.optString("summary"),
        r.string("url"), network, r.string("text"), r.strings("hashtags"), r.optString("trackedUrl"),
        r.optString("contestHashtag"));
  }

  public void write(WireWriter w) {
    w.put("contentId", contentId).put("title", title).put("summary", summary).put("url", url)
        .put("network", network.wireName()).put("text", text).putStrings("hashtags", hashtags)
        .put("trackedUrl", trackedUrl).put("contestHashtag", contestHashtag);
  }
}
