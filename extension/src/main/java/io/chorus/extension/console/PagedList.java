package io.chorus.extension.console;

import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import io.chorus.shared.wire.Paged;
import io.chorus.shared.wire.WireReader;
import java.util.function.Function;

/**
 * A keyset-paged list from one of the liaison endpoints: a page of rows, "Newer" and "Older" to move
 * between pages ({@link PageCursors}), and a line that says when the list is loading, empty or could
 * not be loaded. The rows are drawn by the page that owns the list.
 */
final class PagedList<T> {
  /** Draws one row; the list is passed so a row's action can reload the page it is on. */
  interface Rows<T> {
    HTMLElement row(T item, PagedList<T> list);
  }

  private final ConsoleApi api;
  private final String cursorParam;
  private final Function<WireReader, T> read;
  private final Rows<T> rows;
  private final String emptyText;
  private final PageCursors cursors = new PageCursors();
  private final HTMLElement element;
  private final HTMLElement list;
  private final HTMLElement status;
  private final HTMLElement pager;
  private final HTMLButtonElement newer;
  private final HTMLButtonElement older;
  private final HTMLElement pageLabel;
  private String path;
  private String next;
  private int request;

  PagedList(ConsoleApi api, String path, String cursorParam, Function<WireReader, T> read, Rows<T> rows,
      String label, String emptyText) {
    this.api = api;
    this.path = path;
    this.cursorParam = cursorParam;
    this.read = read;
    this.rows = rows;
    this.emptyText = emptyText;
    element = Ui.el("div", "paged");
    list = Ui.el("ul", "rows");
    list.setAttribute("aria-label", label);
    status = Ui.el("p", "list-status");
    status.setAttribute("role", "status");
    newer = Ui.button("\u2190 Newer", "button button--quiet", e -> {
      cursors.back();
      load();
    });
    older = Ui.button("Older \u2192", "button button--quiet", e -> {
      cursors.forward(next);
      load();
    });
    pageLabel = Ui.el("span", "pager-label");
    pager = Ui.append(Ui.el("nav", "pager"), newer, pageLabel, older);
    pager.setAttribute("aria-label", label + ": pages");
    Ui.append(element, status, list, pager);
  }

  /** Labels for lists ordered by name rather than time. */
  PagedList<T> pagerLabels(String back, String forward) {
    newer.textContent = "\u2190 " + back;
    older.textContent = forward + " \u2192";
    return this;
  }

  HTMLElement element() {
    return element;
  }

  /** Shows the first page of another query (a new search). */
  void path(String newPath) {
    path = newPath;
    cursors.reset();
    load();
  }

  /** Loads (again) the page the list is on. */
  void load() {
    int mine = ++request;
    String cursor = cursors.current();
    String url = path + (cursor == null ? "" : (path.contains("?") ? "&" : "?") + cursorParam + "="
        + elemental2.core.Global.encodeURIComponent(cursor));
    list.setAttribute("aria-busy", "true");
    status.textContent = "Loading\u2026";
    status.hidden = false;
    api.get(url, reply -> {
      if (mine != request) {
        return;
      }
      Paged<T> page = Paged.read(reply, read);
      next = page.next();
      Ui.clear(list);
      for (T item : page.items()) {
        list.appendChild(rows.row(item, this));
      }
      list.removeAttribute("aria-busy");
      status.textContent = page.items().isEmpty() ? (cursors.hasPrevious() ? "Nothing more." : emptyText) : "";
      status.hidden = !page.items().isEmpty();
      newer.disabled = !cursors.hasPrevious();
      older.disabled = next == null;
      pageLabel.textContent = "Page " + cursors.pageNumber();
      pager.hidden = !cursors.hasPrevious() && next == null;
    }, problem -> {
      if (mine != request) {
        return;
      }
      list.removeAttribute("aria-busy");
      status.textContent = problem.message();
      status.hidden = false;
    });
  }
}
