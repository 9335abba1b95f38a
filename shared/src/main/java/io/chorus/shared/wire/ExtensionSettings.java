package io.chorus.shared.wire;

import io.chorus.shared.text.Hashtags;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/extension/settings} (any signed-in person) and {@code PUT} (liaisons): how the company
 * wants the browser extension to behave. {@code inPagePanel} false keeps the panel off LinkedIn's and X's
 * pages (suggestions then live only in the browser's side panel: LinkedIn has sent cease-and-desist
 * letters to extensions that alter its pages); {@code disclosureTag} (e.g. {@code AcmeEmployee}, without
 * '#', or null) is added to every prefilled post and a post without it is reported as undisclosed (FTC
 * endorsement guides); {@code blocklist} holds words the panel flags in a draft before it is posted.
 * Shared so the worker and the server read and check it the same way.
 */
@SuppressWarnings("unusable-by-js")
public record ExtensionSettings(boolean inPagePanel, String disclosureTag, List<String> blocklist) {
  public static final ExtensionSettings DEFAULT = new ExtensionSettings(true, null, List.of());
  public static final int MAX_BLOCKLIST = 200;
  public static final int MAX_WORD = 60;

  public static ExtensionSettings read(WireReader r) {
    Fields.allowOnly(r, "inPagePanel", "disclosureTag", "blocklist");
    boolean inPagePanel = !r.has("inPagePanel") || r.bool("inPagePanel");
    String tag = r.optString("disclosureTag");
    if (tag != null) {
      tag = Hashtags.strip(tag.trim());
      if (tag.isEmpty()) {
        tag = null;
      } else if (!Hashtags.isValidTag(tag) || tag.length() > MAX_WORD) {
        throw new WireException("disclosureTag", "'disclosureTag' must be one hashtag, like #AcmeEmployee.");
      }
    }
    List<String> words = new ArrayList<>();
    if (r.has("blocklist")) {
      for (String w : r.strings("blocklist")) {
        String word = Fields.text("blocklist", w.trim(), WireText.Kind.LINE, 1, MAX_WORD);
        if (!words.contains(word)) {
          words.add(word);
        }
      }
    }
    if (words.size() > MAX_BLOCKLIST) {
      throw new WireException("blocklist", "'blocklist' holds at most " + MAX_BLOCKLIST + " words.");
    }
    return new ExtensionSettings(inPagePanel, tag, words);
  }

  public void write(WireWriter w) {
    w.put("inPagePanel", inPagePanel).put("disclosureTag", disclosureTag).putStrings("blocklist", blocklist);
  }
}
