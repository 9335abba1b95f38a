package io.chorus.extension.worker;

import elemental2.promise.Promise;
import io.chorus.extension.dom.NativeDom;
import io.chorus.extension.messaging.Messages;
import io.chorus.extension.wire.JsWriter;
import io.chorus.shared.wire.MyContest;
import io.chorus.shared.wire.OwnPostReport;
import jsinterop.base.JsPropertyMap;

/**
 * An employee's own post, seen by a content script because its text may carry a live contest's
 * hashtag: the worker decides with the shared hashtag rules whether it carries one the employee may
 * enter, and only then keeps it in the outbox for {@code POST /api/contest-entries} (its URL and text,
 * nothing else). Anything else is dropped here, never sent.
 */
final class OwnPostReporter {
  private OwnPostReporter() {}

  static Promise<JsPropertyMap<Object>> report(OwnPostReport post) {
    return Settings.session().then(session -> {
      if (session == null) {
        return Promise.resolve(WorkerRouter.status(Messages.SIGNED_OUT));
      }
      return ContestCache.live(session, false).then(contests -> {
        MyContest contest = ContestCache.carriedBy(contests, post.text());
        if (contest == null) {
          return Promise.resolve(WorkerRouter.status(Messages.IGNORED));
        }
        JsPropertyMap<Object> entry = Outbox.entry(NativeDom.randomUuid(), JsWriter.encode(post::write));
        entry.set("path", io.chorus.shared.wire.ApiPaths.CONTEST_ENTRIES);
        return Outbox.add(entry).then(v -> ShareReporter.send(entry));
      });
    });
  }
}
