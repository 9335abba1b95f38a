package io.chorus.server.links;

import java.util.List;
import java.util.Locale;

/**
 * User agents that never count as a click. Link previews (every network fetches a shared link to draw
 * its card, often more than once), crawlers, and scripts would otherwise pay the sharer for traffic no
 * person made. There is no maintained bot list on Maven Central, so this is a short list of substrings,
 * matched without case: the generic words catch most crawlers ("bot" covers LinkedInBot, Twitterbot,
 * Slackbot, Googlebot, bingbot, Discordbot, TelegramBot…), the rest are known fetchers whose names lack
 * them. A request with no User-Agent at all is a script.
 */
public final class Bots {
  static final List<String> SIGNS = List.of(
      "bot", "crawler", "spider", "preview", "facebookexternalhit", "facebookcatalog", "embedly", "whatsapp",
      "slurp", "curl", "wget", "python-requests", "python-urllib", "go-http-client", "java/", "java-http-client",
      "apache-httpclient", "okhttp", "axios",
      "node-fetch", "scrapy", "headlesschrome", "phantomjs", "lighthouse");

  private Bots() {}

  public static boolean isBot(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      return true;
    }
    String ua = userAgent.toLowerCase(Locale.ROOT);
    for (String sign : SIGNS) {
      if (ua.contains(sign)) {
        return true;
      }
    }
    return false;
  }
}
