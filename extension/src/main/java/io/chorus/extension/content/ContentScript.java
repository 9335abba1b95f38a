package io.chorus.extension.content;

import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.i18n.BrowserWords;
import io.chorus.extension.i18n.Words;
import io.chorus.extension.messaging.PanelItem;
import io.chorus.extension.messaging.Prefs;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Puts one site's Chorus together: the page, the panel, the presenter and the worker — as the employee
 * and the company want it. Paused (the popup's switch): nothing at all runs on the page. Panel off (the
 * employee's option, or the company's setting): nothing is added to the page; the share started in the
 * side panel or popup is still watched here, so its post counts.
 */
final class ContentScript {
  private static final String FOLDED = "panelMinimized";
  /** Set while the employee has paused Chorus: every listener on the page returns at once. */
  static boolean paused;

  private ContentScript() {}

  static void start(SiteAdapter site) {
    String[] keys = {FOLDED, Prefs.PAUSED, Prefs.IN_PAGE_PANEL, Prefs.COMPANY_IN_PAGE_PANEL, Prefs.PENDING_SHARE};
    Chrome.storage.getLocal().get(keys).then(items -> {
      if (Js.isTruthy(items.get(Prefs.PAUSED))) {
        // Resuming applies from the next page: a paused page is left exactly as the site made it.
        return null;
      }
      Words words = BrowserWords.get();
      boolean onPage = !off(items.get(Prefs.IN_PAGE_PANEL)) && !off(items.get(Prefs.COMPANY_IN_PAGE_PANEL));
      PanelView panel = new PanelView(site.displayName(), words, Js.isTruthy(items.get(FOLDED)),
          folded -> Chrome.storage.getLocal().set(JsPropertyMap.of(FOLDED, folded)), onPage);
      SitePage page = new SitePage(site);
      PanelItem started = PendingShare.fresh(items.get(Prefs.PENDING_SHARE), site.network());
      if (started != null) {
        page.handOver(started);
        Chrome.storage.getLocal().remove(Prefs.PENDING_SHARE);
      }
      ContentController controller = new ContentController(page, panel, new ChromeWorker(), new DomScheduler(),
          words);
      panel.actions(controller);
      page.start(controller, onPage ? panel : null);
      controller.start();
      Chrome.storage.getOnChanged().addListener((changes, area) -> {
        if (!"local".equals(area)) {
          return;
        }
        // A sign-in or sign-out in the popup refreshes every open panel.
        if (changes.has("session")) {
          controller.load();
        }
        if (changes.has(Prefs.PAUSED)) {
          paused = Js.isTruthy(Js.asPropertyMap(changes.get(Prefs.PAUSED)).get("newValue"));
          panel.hidden(paused);
          if (!paused) {
            page.recheck();
          }
        }
        if (turnedOff(changes, Prefs.IN_PAGE_PANEL) || turnedOff(changes, Prefs.COMPANY_IN_PAGE_PANEL)) {
          panel.remove();
        }
      });
      return null;
    });
  }

  private static boolean off(Object stored) {
    return Boolean.FALSE.equals(stored);
  }

  private static boolean turnedOff(JsPropertyMap<Object> changes, String key) {
    return changes.has(key) && off(Js.asPropertyMap(changes.get(key)).get("newValue"));
  }
}
