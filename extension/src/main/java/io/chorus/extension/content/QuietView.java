package io.chorus.extension.content;

import io.chorus.extension.messaging.PanelItem;

/**
 * The view when the panel is off (the employee's option or the company's setting): nothing is shown on
 * the page, so nothing of the page is touched; the side panel and the popup say what there is to say.
 */
final class QuietView implements ContentView {
  @Override
  public void showItems(PanelItem[] items, double maxLength, double sharePoints, double ownWordsBonus) {}

  @Override
  public void showSignedOut() {}

  @Override
  public void say(String message, String tone) {}

  @Override
  public void sayWith(String message, String userText, String tone) {}

  @Override
  public void offer(PanelItem item) {}

  @Override
  public void composing(String line, String tone) {}

  @Override
  public void showBadgeIcons(String[] titles, String[] svgs) {}

  @Override
  public void markShared(double contentId) {}

  @Override
  public void removeItem(double contentId) {}

  @Override
  public void stepAside() {}

  @Override
  public void hidden(boolean hidden) {}
}
