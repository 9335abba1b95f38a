package io.chorus.extension.popup;

import com.google.gwt.core.client.EntryPoint;
import elemental2.dom.DomGlobal;

/** The toolbar popup (popup.js): sign in, then my points and my rank. */
public final class PopupMain implements EntryPoint {
  @Override
  public void onModuleLoad() {
    new PopupView(DomGlobal.document.body).start();
  }
}
