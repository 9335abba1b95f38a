package io.chorus.server.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs n blocking calls (HTTP requests, say) at the same moment, one thread each, and collects their answers. */
public final class Parallel {
  private Parallel() {}

  public static <T> List<T> run(int n, IntFunction<T> call) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch ready = new CountDownLatch(n);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> calls = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        calls.add(threads.submit(() -> {
          ready.countDown();
          go.await();
          return call.apply(index);
        }));
      }
      ready.await();
      go.countDown();
      List<T> answers = new ArrayList<>();
      for (Future<T> f : calls) {
        answers.add(f.get());
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }
}
