package io.chorus.extension.content;

import com.google.gwt.core.client.EntryPoint;
import elemental2.dom.DomGlobal;

/**
 * The content script on https://www.linkedin.com/* (linkedin.js). A placeholder that only proves
 * the script runs in LinkedIn's page without touching it; the LinkedIn adapter replaces the body.
 */
public final class LinkedInContentScript implements EntryPoint {
  @Override
  public void onModuleLoad() {
    DomGlobal.console.log("chorus: linkedin content script ready");
  }
}
