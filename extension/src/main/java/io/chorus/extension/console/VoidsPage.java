package io.chorus.extension.console;

import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.LedgerLine;
import io.chorus.shared.wire.ShareLine;
import io.chorus.shared.wire.VoidReceipt;

/**
 * Voids: the company's recent shares (and, opened under each, its ledger entries), or the whole
 * ledger, newest first and paged. A liaison voids a share (everything it earned) or one entry, with a
 * required reason; what was voided stays in the list, marked, with who voided it and why.
 */
final class VoidsPage implements ConsolePage {
  @Override
  public String id() {
    return "voids";
  }

  @Override
  public String title() {
    return "Voids";
  }

  @Override
  public HTMLElement open(Console console) {
    HTMLElement page = Ui.el("div", "page-body");
    HTMLElement note = Ui.el("div", "callout");
    Ui.append(note, Ui.icon("info"), Ui.text("p", null, "A void cancels points with a reversal entry and your "
        + "reason; nothing is deleted. Boards and screens drop the points at once. A void gives no daily cap "
        + "back and takes no badge away."));
    page.appendChild(note);

    PagedList<ShareLine> shares = new PagedList<>(console.api(), ApiPaths.LIAISON_SHARES + "?limit=20", "before",
        ShareLine::read, (share, list) -> shareRow(console, share, list), "Shares", "No shares yet.");
    PagedList<LedgerLine> ledger = new PagedList<>(console.api(), ApiPaths.LIAISON_LEDGER + "?limit=30", "before",
        LedgerLine::read, (entry, list) -> entryRow(console, entry, list::load), "Ledger entries",
        "The ledger is empty.");

    HTMLElement tabs = Ui.el("div", "tabs");
    tabs.setAttribute("role", "tablist");
    HTMLElement panel = Ui.el("section", "card card--list");
    panel.setAttribute("role", "tabpanel");
    HTMLButtonElement sharesTab = tab("Shares");
    HTMLButtonElement ledgerTab = tab("All ledger entries");
    sharesTab.addEventListener("click", e -> select(sharesTab, ledgerTab, panel, shares.element(), shares::load));
    ledgerTab.addEventListener("click", e -> select(ledgerTab, sharesTab, panel, ledger.element(), ledger::load));
    Ui.append(tabs, sharesTab, ledgerTab);
    Ui.append(page, tabs, panel);
    select(sharesTab, ledgerTab, panel, shares.element(), shares::load);
    return page;
  }

  private static HTMLButtonElement tab(String label) {
    HTMLButtonElement tab = Ui.button(label, "tab", null);
    tab.setAttribute("role", "tab");
    return tab;
  }

  private static void select(HTMLButtonElement on, HTMLButtonElement off, HTMLElement panel, HTMLElement content,
      Runnable load) {
    on.setAttribute("aria-selected", "true");
    off.setAttribute("aria-selected", "false");
    Ui.clear(panel);
    panel.appendChild(content);
    load.run();
  }

  /** One share: who, what, where, when, points; voided ones marked; its actions and what they open. */
  private static HTMLElement shareRow(Console console, ShareLine share, PagedList<ShareLine> list) {
    HTMLElement row = Ui.el("li", share.voided() ? "row row--voided" : "row");
    row.setAttribute("data-share", String.valueOf(share.id()));
    HTMLElement main = Ui.el("div", "row-main");
    HTMLElement line = Ui.el("p", "row-title");
    Ui.append(line, Ui.bdi("person", share.employeeName()), Ui.plain(" shared "),
        share.contentTitle() == null ? Ui.text("span", "muted", "their own post")
            : Ui.append(Ui.el("q", null), Ui.bdi(share.contentTitle())),
        Ui.plain(" on " + Labels.network(share.network())));
    HTMLElement meta = Ui.el("p", "row-meta");
    Ui.append(meta, Ui.time(share.sharedAt(), Ui.dateTime(share.sharedAt())));
    if (share.office() != null) {
      Ui.append(meta, Ui.plain(" \u00B7 "), Ui.bdi(share.office()));
    }
    Ui.append(meta, Ui.plain(" \u00B7 Share #" + share.id()));
    Ui.append(main, line, meta);
    if (share.voided()) {
      HTMLElement why = Ui.el("p", "row-void");
      Ui.append(why, Ui.text("span", "chip chip--void", "Voided"), Ui.plain(" by "), Ui.bdi(share.voidedBy()),
          Ui.plain(" \u00B7 "), Ui.time(share.voidedAt(), Ui.dateTime(share.voidedAt())), Ui.plain(" \u00B7 "),
          Ui.append(Ui.el("q", null), Ui.bdi("reason", share.voidReason())));
      main.appendChild(why);
    }

    HTMLElement side = Ui.el("div", "row-side");
    HTMLElement points = Ui.text("p", "points", Labels.points(share.points()));
    if (share.points() != share.earned()) {
      points.title = Labels.points(share.earned()) + " earned, " + Labels.points(share.points()) + " left after voids";
      points.appendChild(Ui.text("span", "points-was", " of " + share.earned()));
    }
    HTMLElement actions = Ui.el("div", "row-actions");
    HTMLElement more = Ui.el("div", "row-more");
    HTMLButtonElement entries = Ui.button("Entries", "button button--quiet", null);
    entries.setAttribute("aria-expanded", "false");
    entries.addEventListener("click", e -> {
      boolean open = "true".equals(entries.getAttribute("aria-expanded"));
      entries.setAttribute("aria-expanded", open ? "false" : "true");
      Ui.clear(more);
      if (!open) {
        more.appendChild(entriesOf(console, share, list));
      }
    });
    actions.appendChild(entries);
    if (!share.voided()) {
      HTMLButtonElement voidShare = Ui.button("Void share\u2026", "button button--danger-quiet", null);
      voidShare.addEventListener("click", e -> {
        entries.setAttribute("aria-expanded", "false");
        Ui.clear(more);
        VoidForm form = new VoidForm(console.api(), ApiPaths.SHARE_VOID.replace(":shareId", String.valueOf(share.id())),
            "Void share", receipt -> {
              announce(console, share.employeeName(), receipt);
              list.load();
            }, () -> Ui.clear(more));
        more.appendChild(form.element());
        form.focus();
      });
      actions.appendChild(voidShare);
    }
    Ui.append(side, points, actions);
    Ui.append(row, main, side, more);
    return row;
  }

  /** The ledger entries of one share, opened under it. */
  private static HTMLElement entriesOf(Console console, ShareLine share, PagedList<ShareLine> shares) {
    PagedList<LedgerLine> entries = new PagedList<>(console.api(),
        ApiPaths.LIAISON_LEDGER + "?share=" + share.id() + "&limit=50", "before", LedgerLine::read,
        (entry, list) -> entryRow(console, entry, shares::load), "Entries of share #" + share.id(),
        "This share has no ledger entries.");
    HTMLElement box = Ui.el("div", "nested");
    box.appendChild(entries.element());
    entries.load();
    return box;
  }

  /** One ledger entry: number, time, whose, what kind, points, what it is about, and its void state. */
  private static HTMLElement entryRow(Console console, LedgerLine entry, Runnable reload) {
    HTMLElement row = Ui.el("li", entry.isReversal() ? "row row--entry row--reversal"
        : entry.reversedBy() != 0 ? "row row--entry row--voided" : "row row--entry");
    row.setAttribute("data-seq", String.valueOf(entry.seq()));
    HTMLElement main = Ui.el("div", "row-main");
    HTMLElement line = Ui.el("p", "row-title");
    Ui.append(line, Ui.text("span", "kind kind--" + entry.kind(), Labels.kind(entry.kind())), Ui.plain(" \u00B7 "),
        Ui.bdi("person", entry.employeeName()));
    if (entry.contentTitle() != null) {
      Ui.append(line, Ui.plain(" \u00B7 "), Ui.append(Ui.el("q", null), Ui.bdi(entry.contentTitle())));
    }
    HTMLElement meta = Ui.el("p", "row-meta");
    Ui.append(meta, Ui.time(entry.at(), Ui.dateTime(entry.at())), Ui.plain(" \u00B7 Entry #" + entry.seq()));
    if (entry.isReversal()) {
      Ui.append(meta, Ui.plain(" \u00B7 voids #" + entry.reverses() + " \u00B7 by "), Ui.bdi(entry.by()),
          Ui.plain(" \u00B7 "), Ui.append(Ui.el("q", null), Ui.bdi("reason", entry.reason())));
    } else if (entry.reversedBy() != 0) {
      Ui.append(meta, Ui.plain(" \u00B7 "), Ui.text("span", "chip chip--void", "Voided by #" + entry.reversedBy()));
    }
    Ui.append(main, line, meta);
    HTMLElement side = Ui.el("div", "row-side");
    HTMLElement more = Ui.el("div", "row-more");
    side.appendChild(Ui.text("p", entry.points() < 0 ? "points points--negative" : "points",
        Labels.signedPoints(entry.points())));
    if (entry.voidable()) {
      HTMLButtonElement voidEntry = Ui.button("Void entry\u2026", "button button--danger-quiet", null);
      voidEntry.addEventListener("click", e -> {
        Ui.clear(more);
        VoidForm form = new VoidForm(console.api(), ApiPaths.LEDGER_VOID.replace(":seq", String.valueOf(entry.seq())),
            "Void entry", receipt -> {
              announce(console, entry.employeeName(), receipt);
              reload.run();
            }, () -> Ui.clear(more));
        more.appendChild(form.element());
        form.focus();
      });
      side.appendChild(Ui.append(Ui.el("div", "row-actions"), voidEntry));
    }
    Ui.append(row, main, side, more);
    return row;
  }

  private static void announce(Console console, String name, VoidReceipt receipt) {
    console.notice(Ui.plain("Voided: " + Labels.points(receipt.points()) + " from "), Ui.bdi(name),
        Ui.plain(receipt.reversed().size() == 1 ? " (1 reversal entry)." : " (" + receipt.reversed().size()
            + " reversal entries)."));
  }
}
