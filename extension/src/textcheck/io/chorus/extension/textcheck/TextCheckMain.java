package io.chorus.extension.textcheck;

import com.google.gwt.core.client.EntryPoint;
import elemental2.core.JsArray;
import io.chorus.shared.text.Hashtags;
import io.chorus.shared.text.TextPlatform;
import io.chorus.shared.text.TextSpan;
import io.chorus.shared.text.Urls;
import io.chorus.shared.text.XWeightedLength;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsArrayLike;
import jsinterop.base.JsPropertyMap;

/**
 * Tests only (module TextCheck, textcheck.js): answers, in JavaScript, what the shared text rules say
 * of each text in the global {@code chorusTextCheckInput}, and classifies every code point for
 * hashtags; the answers go to the global {@code chorusTextCheckOutput}. The JVM side
 * (TextRulesInJavaScriptIT) sets the input, runs the script in Node and checks the answers.
 */
public final class TextCheckMain implements EntryPoint {

  @Override
  public void onModuleLoad() {
    JsPropertyMap<Object> global = Js.asPropertyMap(Js.global());
    JsArrayLike<String> texts = Js.uncheckedCast(global.get("chorusTextCheckInput"));
    JsArray<Object> answers = new JsArray<>();
    for (int i = 0; i < texts.getLength(); i++) {
      answers.push(answer(texts.getAt(i)));
    }
    JsPropertyMap<Object> output = JsPropertyMap.of();
    output.set("answers", answers);
    output.set("classes", classes());
    global.set("chorusTextCheckOutput", output);
  }

  private static JsPropertyMap<Object> answer(String text) {
    JsPropertyMap<Object> a = JsPropertyMap.of();
    a.set("hashtags", spans(Hashtags.spans(text)));
    a.set("urls", spans(Urls.extract(text)));
    a.set("v1", result(XWeightedLength.parse(text, XWeightedLength.V1)));
    a.set("v2", result(XWeightedLength.parse(text, XWeightedLength.V2)));
    a.set("v3", result(XWeightedLength.parse(text, XWeightedLength.V3)));
    a.set("validHashtag", (text.startsWith("#") || text.startsWith("\uFF03")) && Hashtags.isValidTag(text));
    return a;
  }

  private static JsArray<Object> spans(List<TextSpan> spans) {
    JsArray<Object> list = new JsArray<>();
    for (TextSpan span : spans) {
      JsPropertyMap<Object> s = JsPropertyMap.of();
      s.set("start", span.start());
      s.set("end", span.end());
      s.set("value", span.value());
      list.push(s);
    }
    return list;
  }

  private static JsPropertyMap<Object> result(XWeightedLength.Result r) {
    JsPropertyMap<Object> m = JsPropertyMap.of();
    m.set("weightedLength", r.weightedLength());
    m.set("permillage", r.permillage());
    m.set("valid", r.valid());
    m.set("displayRangeStart", r.displayRangeStart());
    m.set("displayRangeEnd", r.displayRangeEnd());
    m.set("validRangeStart", r.validRangeStart());
    m.set("validRangeEnd", r.validRangeEnd());
    return m;
  }

  /**
   * One character per code point (surrogates skipped): '0' no hashtag character, '1' a hashtag
   * character that is no letter, '2' a letter (a hashtag on its own after '#').
   */
  private static String classes() {
    StringBuilder sb = new StringBuilder();
    for (int cp = 0; cp <= 0x10FFFF; cp++) {
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        continue;
      }
      char flag = '0';
      if (TextPlatform.isHashtagChar(cp)) {
        flag = Hashtags.spans("#" + new String(Character.toChars(cp))).isEmpty() ? '1' : '2';
      }
      sb.append(flag);
    }
    return sb.toString();
  }
}
