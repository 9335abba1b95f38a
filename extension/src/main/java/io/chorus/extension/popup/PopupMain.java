package io.chorus.extension.popup;

import com.google.gwt.core.client.EntryPoint;
import elemental2.dom.DomGlobal;

/**
 * The toolbar popup and the browser's side panel (popup.js, loaded by popup.html and sidepanel.html):
 * sign in, then my points, ranks and items to share; the side panel shows the items to share only.
 */
public final class PopupMain implements EntryPoint {
  @Override
  public void onModuleLoad() {
    if (DomGlobal.document.body.classList.contains("side-panel")) {
      new SidePanelView(DomGlobal.document.body).start();
    } else {
      new PopupView(DomGlobal.document.body).start();
    }
  }
}
