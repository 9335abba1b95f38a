package io.chorus.extension.screen;

import elemental2.dom.AnimationEvent;
import elemental2.dom.HTMLElement;
import io.chorus.extension.ui.Nodes;
import io.chorus.shared.Network;
import io.chorus.shared.wire.ShareEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jsinterop.base.Js;

/**
 * The latest shares: "Sanne de Vries shared “Acme opens its robotics lab in Riga” on LinkedIn",
 * then "+10 · Amsterdam · 2 min ago". Names and titles are user input and go in as text nodes only.
 * Keyed by ledger sequence, so a new share slides in without disturbing the others.
 */
final class SharesView {
  @SuppressWarnings("unusable-by-js")
  private record Item(HTMLElement element, HTMLElement age, long at) {}

  private final HTMLElement root = Nodes.el("aside", "shares");
  private final HTMLElement list = Nodes.el("ol", "share-list");
  private final HTMLElement empty = Nodes.text("p", "shares-empty", "Shares appear here the moment they happen.");
  private final Map<Long, Item> items = new HashMap<>();

  SharesView() {
    root.setAttribute("aria-label", "Latest shares");
    list.hidden = true;
    Nodes.append(root, Nodes.text("h2", "section-title", "Latest shares"), list, empty);
  }

  HTMLElement element() {
    return root;
  }

  /** Shows exactly these shares (newest first); ones not shown before animate in when {@code animate}. */
  void show(List<ShareEvent> shares, boolean animate, long now) {
    List<HTMLElement> wanted = new ArrayList<>();
    Map<Long, Item> kept = new HashMap<>();
    for (ShareEvent s : shares) {
      Item item = items.get(s.seq());
      if (item == null) {
        item = build(s, animate, now);
      }
      wanted.add(item.element());
      kept.put(s.seq(), item);
    }
    items.clear();
    items.putAll(kept);
    Nodes.order(list, wanted);
    list.hidden = shares.isEmpty();
    empty.hidden = !shares.isEmpty();
  }

  /** Refreshes every "2 min ago". */
  void tick(long now) {
    for (Item item : items.values()) {
      Nodes.setText(item.age(), Formats.timeAgo(item.at(), now));
    }
  }

  private static Item build(ShareEvent s, boolean animate, long now) {
    HTMLElement li = Nodes.el("li", animate ? "share share--new" : "share");
    if (animate) {
      li.addEventListener("animationend", e -> {
        if (e.target == li && BoardView.LIT.equals(Js.<AnimationEvent>uncheckedCast(e).animationName)) {
          li.classList.remove("share--new");
        }
      });
    }
    Network network = s.network();
    HTMLElement line = Nodes.append(Nodes.el("p", "share-line"),
        Nodes.text("span", "share-name", s.employeeName()),
        Nodes.plain(" shared "),
        Nodes.text("span", "share-title", "\u201C" + s.contentTitle() + "\u201D"),
        Nodes.plain(" on "),
        Nodes.text("span", "share-network share-network--" + (network == null ? "other" : network.wireName()),
            network == null ? "a network" : network.displayName()));
    HTMLElement age = Nodes.text("span", "share-age", Formats.timeAgo(s.at(), now));
    HTMLElement meta = Nodes.append(Nodes.el("p", "share-meta"),
        Nodes.text("span", "share-points", Formats.gain(s.points())));
    if (s.office() != null && !s.office().isEmpty()) {
      Nodes.append(meta, Nodes.plain(" · "), Nodes.text("span", "share-office", s.office()));
    }
    Nodes.append(meta, Nodes.plain(" · "), age);
    Nodes.append(li, line, meta);
    return new Item(li, age, s.at());
  }
}
