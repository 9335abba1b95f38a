package io.chorus.extension.content;

import elemental2.core.JsDate;
import elemental2.dom.DomGlobal;

/** {@link Scheduler} on the page's clock and timers. */
final class DomScheduler implements Scheduler {
  @Override
  public double now() {
    return JsDate.now();
  }

  @Override
  public double later(int millis, Runnable task) {
    return DomGlobal.setTimeout(ignored -> PostWatcher.guarded(task), millis);
  }

  @Override
  public void cancel(double handle) {
    DomGlobal.clearTimeout(handle);
  }
}
