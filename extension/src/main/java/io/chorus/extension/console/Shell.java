package io.chorus.extension.console;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;
import elemental2.dom.Node;
import io.chorus.shared.wire.Profile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signed-in console: the navigation on the left (one entry per {@link ConsolePages page}), the
 * page's title, who is signed in and "Sign out" on top, a status line, and the open page. The address
 * fragment names the page ({@code /console#voids}), so reloads and the browser's back button work.
 */
final class Shell implements Console {
  private final ConsoleApi api;
  private final Profile liaison;
  private final List<ConsolePage> pages = ConsolePages.all();
  private final Map<String, HTMLElement> links = new LinkedHashMap<>();
  private final HTMLElement element;
  private final HTMLElement title;
  private final HTMLElement notice;
  private final HTMLElement content;
  private ConsolePage open;

  Shell(ConsoleApi api, Profile liaison, Runnable signOut) {
    this.api = api;
    this.liaison = liaison;
    element = Ui.el("div", "console");

    HTMLElement sidebar = Ui.el("aside", "sidebar");
    // The sidebar's background runs the page's whole length; its contents stay in view while it scrolls.
    HTMLElement inner = Ui.el("div", "sidebar-inner");
    sidebar.appendChild(inner);
    inner.appendChild(Brand.element());
    HTMLElement nav = Ui.el("nav", "nav");
    nav.setAttribute("aria-label", "Console");
    HTMLElement list = Ui.el("ul", "nav-list");
    for (ConsolePage page : pages) {
      HTMLElement link = Ui.el("a", "nav-link");
      link.setAttribute("href", "#" + page.id());
      Ui.append(link, Ui.icon(page.id()), Ui.text("span", null, page.title()));
      links.put(page.id(), link);
      list.appendChild(Ui.append(Ui.el("li", null), link));
    }
    nav.appendChild(list);
    inner.appendChild(nav);
    HTMLElement company = Ui.el("p", "sidebar-company");
    company.appendChild(Ui.bdi(liaison.company()));
    inner.appendChild(company);

    HTMLElement workspace = Ui.el("div", "workspace");
    HTMLElement topbar = Ui.el("header", "topbar");
    title = Ui.el("h1", "page-title");
    title.tabIndex = -1;
    HTMLElement account = Ui.el("div", "account");
    Ui.append(account, Ui.append(Ui.el("span", "account-name"), Ui.bdi(liaison.name())),
        Ui.append(Ui.button(null, "button button--quiet sign-out", e -> signOut.run()), Ui.icon("sign-out"),
            Ui.text("span", null, "Sign out")));
    Ui.append(topbar, title, account);
    notice = Ui.el("p", "notice");
    notice.setAttribute("role", "status");
    notice.hidden = true;
    content = Ui.el("div", "page-content");
    Ui.append(workspace, topbar, Ui.append(Ui.el("main", "page"), notice, content));
    Ui.append(element, sidebar, workspace);
  }

  HTMLElement element() {
    return element;
  }

  /** Opens the page the address names (the first one when it names none we have). */
  void route() {
    String id = DomGlobal.location.hash == null ? "" : DomGlobal.location.hash.replace("#", "");
    ConsolePage page = pages.get(0);
    for (ConsolePage each : pages) {
      if (each.id().equals(id)) {
        page = each;
      }
    }
    if (page == open) {
      return;
    }
    open = page;
    for (Map.Entry<String, HTMLElement> link : links.entrySet()) {
      if (link.getKey().equals(page.id())) {
        link.getValue().setAttribute("aria-current", "page");
      } else {
        link.getValue().removeAttribute("aria-current");
      }
    }
    title.textContent = page.title();
    DomGlobal.document.title = page.title() + " \u2014 Chorus liaison console";
    notice.hidden = true;
    Ui.clear(content);
    content.appendChild(page.open(this));
  }

  @Override
  public ConsoleApi api() {
    return api;
  }

  @Override
  public Profile liaison() {
    return liaison;
  }

  @Override
  public void notice(String message) {
    notice(Ui.plain(message));
  }

  @Override
  public void notice(Node... parts) {
    Ui.clear(notice);
    Ui.append(notice, parts);
    notice.hidden = false;
  }
}
