package io.chorus.extension.popup;

import elemental2.dom.HTMLElement;
import io.chorus.extension.messaging.Messages;
import io.chorus.extension.messaging.WorkerClient;
import io.chorus.extension.ui.ContestTime;
import io.chorus.extension.ui.Nodes;
import io.chorus.extension.wire.JsReader;
import io.chorus.shared.wire.MyContest;
import java.util.List;
import jsinterop.base.JsPropertyMap;

/**
 * "Live contests": each live contest the employee may enter, with its hashtag, the time left, their
 * entries and their rank in it ({@code GET /api/me/contests} through the worker). Hidden when there is
 * none. Names and hashtags are user text, each isolated.
 */
final class ContestsView {
  private final HTMLElement element = Nodes.el("section", "contests");

  ContestsView() {
    element.hidden = true;
  }

  HTMLElement element() {
    return element;
  }

  void load(long now) {
    WorkerClient.send(JsPropertyMap.of("type", Messages.MY_CONTESTS)).then(reply -> {
      if (Messages.OK.equals(reply.string("status"))) {
        show(MyContest.readList(new JsReader(JsPropertyMap.of("contests", reply.raw().get("contests")))), now);
      }
      return null;
    });
  }

  private void show(List<MyContest> contests, long now) {
    element.textContent = "";
    HTMLElement list = Nodes.el("ul", "contest-list");
    for (MyContest c : contests) {
      if (!c.eligible()) {
        continue;
      }
      HTMLElement li = Nodes.el("li", "contest");
      li.setAttribute("data-contest", String.valueOf(c.contestId()));
      Nodes.append(li,
          Nodes.append(Nodes.el("p", "contest-head"), Nodes.userText("contest-tag", "#" + c.hashtag()),
              Nodes.text("span", "contest-left", ContestTime.left(c.endsAt(), now))),
          Nodes.append(Nodes.el("p", "contest-name"), Nodes.userText(null, c.name())),
          Nodes.text("p", "contest-mine", ContestPopupTexts.mine(c.myEntries(), c.myRank())));
      list.appendChild(li);
    }
    element.hidden = list.childElementCount == 0;
    if (!element.hidden) {
      Nodes.append(element, Nodes.text("h2", null, "Live contests"), list,
          Nodes.text("p", "contest-hint", ContestPopupTexts.HINT));
    }
  }
}
