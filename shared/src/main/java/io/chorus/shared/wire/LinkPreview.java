package io.chorus.shared.wire;

/**
 * {@code POST /api/library/preview-link} {@code {"url": …}} answers with what the page says about itself
 * (Open Graph, else its {@code <title>} and meta description): the console fills an empty draft with it.
 * Any part may be null; {@code url} is the page's own address (its canonical one, else where the
 * redirects ended).
 */
@SuppressWarnings("unusable-by-js")
public record LinkPreview(String url, String title, String description, String imageUrl) {
  public static LinkPreview read(WireReader r) {
    return new LinkPreview(r.optString("url"), r.optString("title"), r.optString("description"),
        r.optString("imageUrl"));
  }

  public void write(WireWriter w) {
    w.put("url", url).put("title", title).put("description", description).put("imageUrl", imageUrl);
  }
}
