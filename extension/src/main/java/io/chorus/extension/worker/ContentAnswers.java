package io.chorus.extension.worker;

import elemental2.promise.Promise;
import io.chorus.extension.i18n.BrowserWords;
import io.chorus.extension.messaging.Messages;
import io.chorus.extension.wire.JsReader;
import io.chorus.shared.Network;
import io.chorus.shared.scoring.OwnWords;
import io.chorus.shared.text.Blocklist;
import io.chorus.shared.text.Hashtags;
import io.chorus.shared.text.ShareText;
import java.util.ArrayList;
import java.util.List;
import io.chorus.shared.wire.Suggestion;
import io.chorus.shared.wire.SuggestionList;
import io.chorus.shared.wire.PostUrl;
import io.chorus.shared.wire.WireException;
import io.chorus.shared.wire.WireReader;
import io.chorus.shared.wire.WireText;
import io.chorus.shared.wire.ExtensionSettings;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The text work the content scripts leave to the worker, which carries the {@code shared} rules anyway:
 * each suggestion's prefilled text and its length, and the live measure of a draft. Content scripts
 * load on every LinkedIn and X page, so they stay free of the text rules (X's weighted length, NFC,
 * hashtags, own words) and only show the numbers.
 */
final class ContentAnswers {
  private ContentAnswers() {}

  /**
   * Adds shareText and shareLength to each raw suggestion object (decoded as {@code list}), in place; the
   * company's disclosure tag, when it requires one, goes with the item's own hashtags.
   */
  static Object withShareText(SuggestionList list, Object raw, ExtensionSettings settings) {
    Object[] items = Js.uncheckedCast(raw);
    for (int i = 0; i < items.length && i < list.suggestions().size(); i++) {
      Suggestion s = list.suggestions().get(i);
      String text = prefilled(s, settings.disclosureTag());
      JsPropertyMap<Object> item = Js.asPropertyMap(items[i]);
      if (s.contestHashtag() != null) {
        item.set("contestTag", Hashtags.strip(s.contestHashtag()));
      }
      item.set("shareText", text);
      item.set("shareLength", (double) ShareText.length(s.network(), text));
    }
    return raw;
  }

  /**
   * The prefilled post: for an item of a live contest with the contest's hashtag, and with the company's
   * disclosure tag when it requires one, each added when neither the words nor the campaign hashtags carry
   * it (the words, never the tags or link, give way to fit).
   */
  static String prefilled(Suggestion s, String disclosureTag) {
    List<String> tags = new ArrayList<>(s.hashtags());
    boolean added = add(tags, s.text(), s.contestHashtag());
    added |= add(tags, s.text(), disclosureTag);
    return added ? ShareText.compose(s.network(), s.text(), s.linkToShare(), tags) : s.shareText();
  }

  private static boolean add(List<String> tags, String words, String tag) {
    if (tag == null || Hashtags.carries(words, tag)) {
      return false;
    }
    for (String t : tags) {
      if (Hashtags.normalize(t).equals(Hashtags.normalize(tag))) {
        return false;
      }
    }
    tags.add(Hashtags.strip(tag));
    return true;
  }

  /**
   * A content script's report as read off the page, without what the server would refuse: characters a
   * page may hold (a stray control, half an emoji) are dropped from the posted text, and an address
   * that is not a plain post URL is left out (a share counts without one) — rather than have a real
   * post refused whole. When the company requires a disclosure tag, {@code disclosed} says whether the
   * post carried it.
   */
  static WireReader cleanReport(WireReader report, DraftRules rules) {
    JsPropertyMap<Object> raw = ((JsReader) report).raw();
    // Whether the post carried the company's disclosure tag is decided here, from what was posted.
    raw.delete("disclosed");
    String posted = report.optString("postedText");
    if (rules.disclosureTag() != null && posted != null) {
      raw.set("disclosed", Hashtags.carries(posted, rules.disclosureTag()));
    }
    String text = report.optString("postedText");
    if (text != null) {
      String clean = WireText.clean(text);
      if (clean.trim().isEmpty()) {
        raw.delete("postedText");
      } else {
        raw.set("postedText", clean);
      }
    }
    String url = report.optString("postUrl");
    Network network = Network.fromWire(report.optString("network"));
    if (url != null && (network == null || PostUrl.problem(network, url) != null)) {
      raw.delete("postUrl");
    }
    return report;
  }

  /**
   * An own post as read off the page, cleaned like a share report: stray characters dropped from the text,
   * an address that is not a plain post URL left out.
   */
  static WireReader cleanPost(WireReader post) {
    JsPropertyMap<Object> raw = ((JsReader) post).raw();
    String text = post.optString("text");
    if (text != null) {
      raw.set("text", WireText.clean(text));
    }
    String url = post.optString("postUrl");
    Network network = Network.fromWire(post.optString("network"));
    if (url != null && (network == null || PostUrl.problem(network, url) != null)) {
      raw.delete("postUrl");
    }
    return post;
  }

  /**
   * {network, text, suggested} → {status: ok, length, maxLength, newWords, minNewWords, line, tone,
   * disclosed}, under the company's draft rules ({@link DraftRules}: bonus, blocklist, disclosure tag).
   */
  static Promise<JsPropertyMap<Object>> measure(JsReader message) {
    Network network = Network.fromWire(message.string("network"));
    if (network == null) {
      throw new WireException("network", "Unknown network.");
    }
    String text = message.string("text");
    String suggested = message.optString("suggested");
    return DraftRules.load().then(rules -> {
      int length = ShareText.length(network, text);
      int newWords = OwnWords.newWords(suggested == null ? "" : suggested, text);
      List<String> flagged = Blocklist.found(text, rules.blocklist());
      String missing = rules.disclosureTag() != null && !Hashtags.carries(text, rules.disclosureTag())
          ? "#" + Hashtags.strip(rules.disclosureTag()) : null;
      DraftLine.Line line = DraftLine.of(BrowserWords.get(), network.displayName(), length, network.maxLength(),
          newWords, OwnWords.MIN_NEW_WORDS, rules.ownWordsBonus(), flagged, missing);
      JsPropertyMap<Object> answer = JsPropertyMap.of("status", Messages.OK);
      answer.set("length", (double) length);
      answer.set("maxLength", (double) network.maxLength());
      answer.set("newWords", (double) newWords);
      answer.set("minNewWords", (double) OwnWords.MIN_NEW_WORDS);
      answer.set("line", line.text());
      answer.set("tone", line.bad() ? "bad" : null);
      answer.set("disclosed", missing == null);
      return Promise.resolve(answer);
    });
  }
}
