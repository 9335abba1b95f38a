package io.chorus.extension.console;

import com.google.gwt.core.client.EntryPoint;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;

/**
 * The liaison's console (console.js, served at /console/console.js into the server's page shell):
 * sign in with a Chorus account, then the company's points rules, voids, the spotlight and office
 * screens. See {@link ConsoleApp} for the session, {@link ConsolePages} for the pages.
 */
public final class ConsoleMain implements EntryPoint {
  @Override
  public void onModuleLoad() {
    // The same script serves the invitee's page (/welcome), which has its own root.
    HTMLElement welcome = (HTMLElement) DomGlobal.document.getElementById("chorus-welcome");
    if (welcome != null) {
      new WelcomeView(welcome).start();
      return;
    }
    HTMLElement root = (HTMLElement) DomGlobal.document.getElementById("chorus-console");
    if (root == null) {
      root = DomGlobal.document.body;
    }
    new ConsoleApp(root).start();
  }
}
