package io.chorus.extension.messaging;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * A content script's {@link Messages#REPORT_SHARE}: {@code {type, report: {contentId, network, postUrl,
 * postedText, postedAt}}}, which the worker decodes with {@code ShareReport.read} (so the shared
 * validation applies). Whole numbers travel as doubles: a content script carries no {@code long}.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public class ShareReportMessage {
  public String type;
  public Report report;

  /** The report itself, shaped as {@code ShareReport} on the wire. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
  public static class Report {
    public double contentId;
    public String network;
    public String postUrl;
    public String postedText;
    public double postedAt;
  }
}
