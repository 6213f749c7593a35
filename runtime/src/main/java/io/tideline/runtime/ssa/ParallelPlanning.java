package io.tideline.runtime.ssa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs the read + dry-run of a set of objects on up to {@code concurrency} threads ({@code
 * --concurrent-ssa}), keeping results in input order. Each thread gets at least {@value
 * #MIN_ITEMS_PER_THREAD} objects, so small sets (the common Kustomization of a few objects) stay on
 * the caller's thread, where a hand-off would cost more than it saves. The threads come from one
 * shared pool of daemon threads, so a reconcile never starts threads of its own.
 */
final class ParallelPlanning {

  private static final ExecutorService POOL =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "ssa-planner");
            thread.setDaemon(true);
            return thread;
          });

  static final int MIN_ITEMS_PER_THREAD = 4;

  private ParallelPlanning() {}

  /** {@code step} applied to every item, in order; sequential when one thread is enough. */
  static <T, R> List<R> map(List<T> items, int concurrency, Function<T, R> step) {
    int workers = Math.min(concurrency, items.size() / MIN_ITEMS_PER_THREAD);
    if (workers <= 1) {
      return items.stream().map(step).toList();
    }
    Object[] results = new Object[items.size()];
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> running = new ArrayList<>(workers);
    for (int w = 0; w < workers; w++) {
      running.add(
          POOL.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                  results[i] = step.apply(items.get(i));
                }
              }));
    }
    for (Future<?> worker : running) {
      await(worker);
    }
    @SuppressWarnings("unchecked")
    List<R> ordered = (List<R>) Arrays.asList(results);
    return ordered;
  }

  private static void await(Future<?> worker) {
    try {
      worker.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while planning the apply", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
