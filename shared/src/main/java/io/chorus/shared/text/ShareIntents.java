package io.chorus.shared.text;

import java.util.List;

/**
 * The networks' own share URLs, for when no composer can be prefilled on the page (and for the popup's
 * "share from here"). Shared so the extension and any server-rendered link build them identically.
 */
public final class ShareIntents {
  private ShareIntents() {}

  /** X's web intent; X appends the URL and hashtags to the text itself. */
  public static String xIntent(String text, String url, List<String> hashtags) {
    StringBuilder sb = new StringBuilder("https://x.com/intent/tweet?text=");
    sb.append(TextPlatform.encodeUriComponent(text == null ? "" : text));
    if (url != null && !url.isEmpty()) {
      sb.append("&url=").append(TextPlatform.encodeUriComponent(url));
    }
    if (hashtags != null && !hashtags.isEmpty()) {
      StringBuilder tags = new StringBuilder();
      for (String tag : hashtags) {
        if (tags.length() > 0) {
          tags.append(',');
        }
        tags.append(Hashtags.strip(tag));
      }
      sb.append("&hashtags=").append(TextPlatform.encodeUriComponent(tags.toString()));
    }
    return sb.toString();
  }

  /** LinkedIn's feed with its composer open and prefilled (unofficial; works for a signed-in member). */
  public static String linkedInComposer(String text) {
    return "https://www.linkedin.com/feed/?shareActive=true&text="
        + TextPlatform.encodeUriComponent(text == null ? "" : text);
  }

  /** LinkedIn's official share dialog: a link only, previewed from the page's Open Graph tags. */
  public static String linkedInOffsite(String url) {
    return "https://www.linkedin.com/sharing/share-offsite/?url=" + TextPlatform.encodeUriComponent(url);
  }
}
