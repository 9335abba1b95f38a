package io.chorus.extension.screen;

import elemental2.dom.AnimationEvent;
import elemental2.dom.HTMLElement;
import io.chorus.extension.ui.BadgeIcons;
import io.chorus.extension.ui.Nodes;
import io.chorus.shared.Network;
import io.chorus.shared.badges.Badge;
import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.KudosEvent;
import io.chorus.shared.wire.ShareEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jsinterop.base.Js;

/**
 * The latest activity, newest first: "Sanne de Vries shared “Acme opens its robotics lab in Riga” on
 * LinkedIn", "Sanne de Vries → Jānis Bērziņš [heart] One team: ‘thanks for …’", "Jānis Bērziņš earned
 * [flame] 4-week streak" (pictures from the shipped SVGs, never emoji), each with a line of detail and
 * its age. Names, titles, values and messages are user input: each goes in as text in its own isolating
 * element ({@link Nodes#userText}), so none can reorder the rest of its line. Keyed by
 * {@link FeedItem#key()}, so a new item slides in without disturbing the others.
 */
final class FeedView {
  /** A kudos message is cut to what three lines on a TV hold. */
  static final int MESSAGE_CHARS = 120;

  @SuppressWarnings("unusable-by-js")
  private record Shown(HTMLElement element, HTMLElement age, long at) {}

  private final HTMLElement root = Nodes.el("aside", "feed");
  private final HTMLElement list = Nodes.el("ol", "feed-list");
  private final HTMLElement empty = Nodes.text("p", "feed-empty",
      ScreenText.t("feedEmpty"));
  private final Map<String, Shown> shown = new HashMap<>();

  FeedView() {
    root.setAttribute("aria-label", ScreenText.t("latest"));
    list.hidden = true;
    Nodes.append(root, Nodes.text("h2", "section-title", ScreenText.t("latest")), list, empty);
  }

  HTMLElement element() {
    return root;
  }

  /** Shows exactly these items (newest first); ones not shown before animate in when {@code animate}. */
  void show(List<FeedItem> items, boolean animate, long now) {
    List<HTMLElement> wanted = new ArrayList<>();
    Map<String, Shown> kept = new HashMap<>();
    for (FeedItem item : items) {
      Shown s = shown.get(item.key());
      if (s == null) {
        s = build(item, animate, now);
      }
      wanted.add(s.element());
      kept.put(item.key(), s);
    }
    shown.clear();
    shown.putAll(kept);
    Nodes.order(list, wanted);
    list.hidden = items.isEmpty();
    empty.hidden = !items.isEmpty();
  }

  /** Refreshes every "2 min ago". */
  void tick(long now) {
    for (Shown s : shown.values()) {
      Nodes.setText(s.age(), ScreenText.timeAgo(s.at(), now));
    }
  }

  private static Shown build(FeedItem item, boolean animate, long now) {
    String kind = item.share() != null ? "share" : item.kudos() != null ? "kudos" : "badge";
    HTMLElement li = Nodes.el("li", "feed-item feed-item--" + kind + (animate ? " feed-item--new" : ""));
    li.setAttribute("data-key", item.key());
    if (animate) {
      li.addEventListener("animationend", e -> {
        if (e.target == li && BoardView.LIT.equals(Js.<AnimationEvent>uncheckedCast(e).animationName)) {
          li.classList.remove("feed-item--new");
        }
      });
    }
    HTMLElement age = Nodes.text("span", "feed-age", ScreenText.timeAgo(item.at(), now));
    HTMLElement meta = Nodes.el("p", "feed-meta");
    HTMLElement line;
    if (item.share() != null) {
      line = shareLine(item.share(), meta);
    } else if (item.kudos() != null) {
      line = kudosLine(item.kudos(), meta);
    } else {
      line = badgeLine(item.badge(), meta);
    }
    Nodes.append(meta, Nodes.plain(" · "), age);
    Nodes.append(li, line, meta);
    return new Shown(li, age, item.at());
  }

  private static HTMLElement shareLine(ShareEvent s, HTMLElement meta) {
    Network network = s.network();
    meta.appendChild(Nodes.text("span", "feed-points", Formats.gain(s.points())));
    if (s.office() != null && !s.office().isEmpty()) {
      Nodes.append(meta, Nodes.plain(" · "), Nodes.userText("feed-office", s.office()));
    }
    return Nodes.append(Nodes.el("p", "feed-line"),
        Nodes.userText("feed-name", s.employeeName()),
        Nodes.plain(ScreenText.t("shared")),
        quoted("share-title", "\u201C", s.contentTitle(), "\u201D"),
        Nodes.plain(ScreenText.t("on")),
        Nodes.text("span", "share-network share-network--" + (network == null ? "other" : network.wireName()),
            network == null ? ScreenText.t("aNetwork") : network.displayName()));
  }

  private static HTMLElement kudosLine(KudosEvent k, HTMLElement meta) {
    meta.appendChild(Nodes.text("span", "feed-kind", ScreenText.t("kudos")));
    return Nodes.append(Nodes.el("p", "feed-line"),
        Nodes.userText("feed-name", k.fromName()),
        Nodes.plain(" \u2192 "),
        Nodes.userText("feed-name", k.toName()),
        // The heart of the "Appreciated" badge marks a kudos (the meta line says "Kudos" in words); its
        // margin is the space before it, so the line's text reads "… → Jānis One team: …".
        kudosMark(),
        Nodes.plain(" "),
        Nodes.userText("kudos-value", k.value()),
        Nodes.plain(": "),
        quoted("kudos-message", "\u2018", Formats.excerpt(k.message(), MESSAGE_CHARS), "\u2019"));
  }

  /** "“title”": the quotation marks outside the isolated text, so they stay on their own sides. */
  private static HTMLElement quoted(String className, String open, String text, String close) {
    return Nodes.append(Nodes.el("span", className), Nodes.plain(open), Nodes.userText(null, text), Nodes.plain(close));
  }

  private static HTMLElement kudosMark() {
    HTMLElement mark = BadgeIcons.img(BadgeIcons.SCREEN, Badge.KUDOS_RECEIVED_10, "");
    mark.classList.add("kudos-mark");
    return mark;
  }

  private static HTMLElement badgeLine(BadgeEvent b, HTMLElement meta) {
    Badge badge = Badge.fromId(b.badgeId());
    meta.appendChild(Nodes.text("span", "feed-detail", badge == null ? ScreenText.t("badge") : badge.description()));
    HTMLElement name = Nodes.text("span", "badge-name", Formats.badge(b.badgeId()));
    if (badge != null) {
      name.insertBefore(BadgeIcons.img(BadgeIcons.SCREEN, badge, ""), name.firstChild);
    }
    return Nodes.append(Nodes.el("p", "feed-line"),
        Nodes.userText("feed-name", b.employeeName()),
        Nodes.plain(ScreenText.t("earned")),
        name);
  }
}
