package io.tideline.runtime.ssa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelPlanningTest {

  private static final List<Integer> ITEMS = IntStream.range(0, 50).boxed().toList();

  @Test
  void keepsInputOrderAndUsesUpToTheGivenThreads() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();

    List<Integer> doubled =
        ParallelPlanning.map(
            ITEMS,
            4,
            i -> {
              threads.add(Thread.currentThread());
              sleepBriefly();
              return i * 2;
            });

    assertThat(doubled).isEqualTo(ITEMS.stream().map(i -> i * 2).toList());
    assertThat(threads)
        .hasSizeBetween(2, 4)
        .allMatch(thread -> thread.getName().equals("ssa-planner") && thread.isDaemon());
  }

  @Test
  void concurrencyOneOrASmallSetRunsOnTheCallersThread() {
    String caller = Thread.currentThread().getName();

    assertThat(ParallelPlanning.map(ITEMS, 1, i -> Thread.currentThread().getName()))
        .containsOnly(caller);
    assertThat(ParallelPlanning.map(ITEMS.subList(0, 7), 4, i -> Thread.currentThread().getName()))
        .containsOnly(caller);
  }

  @Test
  void aFailingStepFailsTheWholeCall() {
    assertThatThrownBy(
            () ->
                ParallelPlanning.map(
                    ITEMS,
                    4,
                    i -> {
                      if (i == 17) {
                        throw new IllegalArgumentException("item 17 is bad");
                      }
                      return i;
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 17 is bad");
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
