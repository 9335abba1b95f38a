package io.chorus.extension.screen;

import com.google.gwt.core.client.EntryPoint;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import io.chorus.extension.ui.Elements;

/**
 * The office screen (screen.js, served by the server at /screen/screen.js into its HTML shell). A
 * placeholder that proves the page script runs; the live leaderboard replaces the body.
 */
public final class ScreenMain implements EntryPoint {
  @Override
  public void onModuleLoad() {
    // The server's shell has <main id="chorus-screen">; fall back to <body> on a bare page.
    Element root = DomGlobal.document.getElementById("chorus-screen");
    if (root == null) {
      root = DomGlobal.document.body;
    }
    root.textContent = "";
    root.appendChild(Elements.text("h1", "Chorus"));
    root.appendChild(Elements.text("p", "The leaderboard will appear here."));
  }
}
