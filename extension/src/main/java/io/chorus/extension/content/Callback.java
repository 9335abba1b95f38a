package io.chorus.extension.content;

/** An answer that arrives later (a DOM wait, a worker reply); null when there is none. */
interface Callback<T> {
  void on(T value);
}
