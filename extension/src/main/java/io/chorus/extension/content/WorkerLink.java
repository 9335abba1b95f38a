package io.chorus.extension.content;

import io.chorus.extension.messaging.MeasureReply;
import io.chorus.extension.messaging.OwnPostMessage;
import io.chorus.extension.messaging.ReportReply;
import io.chorus.extension.messaging.ShareReportMessage;
import io.chorus.extension.messaging.SuggestionsReply;

/** The worker's messages a content script sends; a null answer means the worker did not answer. */
interface WorkerLink {
  void suggestions(String network, Callback<SuggestionsReply> reply);

  void measure(String network, String text, String suggested, Callback<MeasureReply> reply);

  void report(ShareReportMessage.Report report, Callback<ReportReply> reply);

  /** An own post that may carry a contest's hashtag; the worker decides and answers sent, queued or ignored. */
  void reportOwnPost(OwnPostMessage.Post post, Callback<ReportReply> reply);

  /** Hides an item until {@code until} (epoch ms; 0: for ever); the answer's status is "ok" when done. */
  void dismiss(double contentId, double until, Callback<ReportReply> reply);
}
