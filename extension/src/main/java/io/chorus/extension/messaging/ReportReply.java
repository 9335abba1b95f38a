package io.chorus.extension.messaging;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * The worker's answer to {@link Messages#REPORT_SHARE}: sent (with the server's receipt and the titles and
 * pictures of the badges it earned), queued (kept in the outbox, with a message), refused (with an error code and a
 * message) or error. Only the receipt fields the panel shows are declared.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public class ReportReply {
  public String status;
  public Receipt receipt;
  /** The titles ("First share") of the badges the share earned. */
  public String[] badgeLabels;
  /** Each of those badges' picture as SVG markup read from the extension ("" when unreadable). */
  public String[] badgeIcons;
  public String code;
  public String message;

  /** The part of {@code ShareReceipt} the panel reads. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
  public static class Receipt {
    public double points;
    public Week standing;
  }

  /** The part of {@code Standing} the panel reads. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
  public static class Week {
    public double weekPoints;
    public double weekRank;
  }
}
