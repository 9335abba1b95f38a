package io.chorus.extension.dom;

import elemental2.dom.DomGlobal;
import elemental2.promise.Promise;
import java.util.function.Supplier;

/** Waiting without blocking: a delay, and polling until something appears (for late SPA dialogs). */
public final class Async {
  private Async() {}

  public static Promise<Void> delay(int millis) {
    return new Promise<>((resolve, reject) -> DomGlobal.setTimeout(ignored -> resolve.onInvoke((Void) null), millis));
  }

  /**
   * Resolves with the first non-null value {@code probe} gives, checking every {@code everyMillis},
   * or with null once {@code timeoutMillis} have passed.
   */
  public static <T> Promise<T> poll(Supplier<T> probe, int everyMillis, int timeoutMillis) {
    double deadline = elemental2.core.JsDate.now() + timeoutMillis;
    return new Promise<>((resolve, reject) -> {
      Runnable[] check = new Runnable[1];
      check[0] = () -> {
        T value;
        try {
          value = probe.get();
        } catch (RuntimeException e) {
          value = null;
        }
        if (value != null || elemental2.core.JsDate.now() >= deadline) {
          resolve.onInvoke(value);
        } else {
          DomGlobal.setTimeout(ignored -> check[0].run(), everyMillis);
        }
      };
      check[0].run();
    });
  }
}
