package io.chorus.extension.worker;

import elemental2.promise.Promise;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.messaging.Prefs;
import io.chorus.extension.wire.JsReader;
import io.chorus.extension.wire.JsWriter;
import io.chorus.shared.wire.ExtensionSettings;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * What the worker needs to word a draft's line ({@link DraftLine}) without asking the server on every
 * pause in typing: the own-words bonus and the company's extension settings, kept in chrome.storage.local
 * whenever suggestions are fetched (a stopped worker forgets its statics).
 */
@SuppressWarnings("unusable-by-js")
record DraftRules(int ownWordsBonus, List<String> blocklist, String disclosureTag) {
  static final String KEY = "draftRules";

  static Promise<Void> save(int bonus, ExtensionSettings settings) {
    JsPropertyMap<Object> stored = JsPropertyMap.of("bonus", (double) bonus,
        "settings", JsWriter.encode(settings::write));
    // The content scripts read the company's panel switch before they add anything to a page.
    return Chrome.storage.getLocal().set(JsPropertyMap.of(KEY, stored, Prefs.COMPANY_IN_PAGE_PANEL,
        settings.inPagePanel()));
  }

  static Promise<DraftRules> load() {
    return Chrome.storage.getLocal().get(KEY).then(items -> {
      Object stored = items.get(KEY);
      if (stored == null) {
        return Promise.resolve(new DraftRules(0, List.of(), null));
      }
      JsPropertyMap<Object> map = Js.asPropertyMap(stored);
      ExtensionSettings s = ExtensionSettings.read(new JsReader(map.get("settings")));
      return Promise.resolve(new DraftRules((int) Js.asDouble(map.get("bonus")), s.blocklist(), s.disclosureTag()));
    });
  }
}
