package io.chorus.extension.worker;

import io.chorus.extension.ui.ContestTime;
import io.chorus.extension.ui.UserText;

/**
 * What the worker says in its own words: a contest's notification and what became of an own post. In
 * one place, DOM-free (a JVM test pins them), ready for the extension's message catalogue.
 */
public final class WorkerTexts {
  private WorkerTexts() {}

  /** The notification's title: the contest's name is user text, isolated. */
  public static String contestStarted(String name, String hashtag) {
    return "Contest live: " + UserText.isolate(name);
  }

  /** "Post with #winter on LinkedIn or X to enter · 2 d 3 h left". */
  public static String contestStartedDetail(String hashtag, long endsAt, long now) {
    return "Post with " + UserText.isolate("#" + hashtag) + " on LinkedIn or X to enter \u00B7 "
        + ContestTime.left(endsAt, now);
  }

  /** After an own post was counted: "Entered #winter: +10 contest points". */
  public static String entered(String hashtag, long points) {
    return "Entered " + UserText.isolate("#" + hashtag) + ": +" + points + (points == 1 ? " contest point" : " contest points");
  }

  /** An own post kept in the outbox until the server can take it. */
  public static String entryKept(String why) {
    return "Your contest entry is kept: " + why + " It will be counted when Chorus can reach the server.";
  }
}
