package io.chorus.extension.content;

import com.google.gwt.core.client.EntryPoint;

/** The content script on x.com and twitter.com (x.js). */
public final class XContentScript implements EntryPoint {
  @Override
  public void onModuleLoad() {
    ContentScript.start(new XAdapter());
  }
}
