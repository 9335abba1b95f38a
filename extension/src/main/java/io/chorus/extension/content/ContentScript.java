package io.chorus.extension.content;

import io.chorus.extension.chrome.Chrome;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** Puts one site's Chorus together: the page, the panel, the presenter and the worker. */
final class ContentScript {
  private static final String FOLDED = "panelMinimized";

  private ContentScript() {}

  static void start(SiteAdapter site) {
    Chrome.storage.getLocal().get(FOLDED).then(items -> {
      PanelView view = new PanelView(site.displayName(), Js.isTruthy(items.get(FOLDED)),
          folded -> Chrome.storage.getLocal().set(JsPropertyMap.of(FOLDED, folded)));
      SitePage page = new SitePage(site);
      ContentController controller = new ContentController(page, view, new ChromeWorker(), new DomScheduler());
      view.actions(controller);
      page.start(controller, view);
      controller.start();
      // A sign-in or sign-out in the popup refreshes every open panel.
      Chrome.storage.getOnChanged().addListener((changes, area) -> {
        if ("local".equals(area) && changes.has("session")) {
          controller.load();
        }
      });
      return null;
    });
  }
}
