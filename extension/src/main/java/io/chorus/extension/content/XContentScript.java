package io.chorus.extension.content;

import com.google.gwt.core.client.EntryPoint;
import elemental2.dom.DomGlobal;

/**
 * The content script on https://x.com/* and https://twitter.com/* (x.js). A placeholder that only
 * proves the script runs in X's page without touching it; the X adapter replaces the body.
 */
public final class XContentScript implements EntryPoint {
  @Override
  public void onModuleLoad() {
    DomGlobal.console.log("chorus: x content script ready");
  }
}
