package io.chorus.extension.content;

import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.messaging.ContentRequest;
import io.chorus.extension.messaging.MeasureReply;
import io.chorus.extension.messaging.OwnPostMessage;
import io.chorus.extension.messaging.Messages;
import io.chorus.extension.messaging.ReportReply;
import io.chorus.extension.messaging.ShareReportMessage;
import io.chorus.extension.messaging.SuggestionsReply;
import jsinterop.base.JsPropertyMap;

/** {@link WorkerLink} over chrome.runtime.sendMessage; a worker that cannot be reached answers null. */
final class ChromeWorker implements WorkerLink {
  @Override
  public void suggestions(String network, Callback<SuggestionsReply> reply) {
    ContentRequest ask = new ContentRequest();
    ask.type = Messages.SUGGESTIONS;
    ask.network = network;
    send(ask, reply);
  }

  @Override
  public void measure(String network, String text, String suggested, Callback<MeasureReply> reply) {
    ContentRequest ask = new ContentRequest();
    ask.type = Messages.MEASURE;
    ask.network = network;
    ask.text = text;
    ask.suggested = suggested;
    send(ask, reply);
  }

  @Override
  public void report(ShareReportMessage.Report report, Callback<ReportReply> reply) {
    ShareReportMessage ask = new ShareReportMessage();
    ask.type = Messages.REPORT_SHARE;
    ask.report = report;
    send(ask, reply);
  }

  @Override
  public void reportOwnPost(OwnPostMessage.Post post, Callback<ReportReply> reply) {
    OwnPostMessage ask = new OwnPostMessage();
    ask.type = Messages.REPORT_OWN_POST;
    ask.post = post;
    send(ask, reply);
  }

  @Override
  public void dismiss(double contentId, double until, Callback<ReportReply> reply) {
    send(JsPropertyMap.of("type", Messages.DISMISS, "contentId", contentId, "until", until), reply);
  }

  private static <T> void send(Object message, Callback<T> reply) {
    boolean[] answered = {false};
    Chrome.runtime.<T>sendMessage(message).then(answer -> {
      answered[0] = true;
      reply.on(answer);
      return null;
    }).catch_(failure -> {
      if (!answered[0]) {
        reply.on(null);
      }
      return null;
    });
  }
}
