package io.chorus.extension.content;

/** Time for the presenter: the clock and delayed work (setTimeout in the page; a fake in tests). */
interface Scheduler {
  double now();

  /** Runs {@code task} after {@code millis}; returns a handle for {@link #cancel}. */
  double later(int millis, Runnable task);

  void cancel(double handle);
}
