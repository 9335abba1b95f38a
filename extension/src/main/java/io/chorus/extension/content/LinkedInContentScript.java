package io.chorus.extension.content;

import com.google.gwt.core.client.EntryPoint;

/** The content script on www.linkedin.com (linkedin.js). */
public final class LinkedInContentScript implements EntryPoint {
  @Override
  public void onModuleLoad() {
    ContentScript.start(new LinkedInAdapter());
  }
}
