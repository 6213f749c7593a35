package io.tideline.runtime.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureBackoffTest {

  @Test
  void doublesFrom750msAndCapsAt15Minutes() {
    FailureBackoff backoff = FailureBackoff.defaults();
    List<Duration> delays = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      delays.add(backoff.nextDelay("GitRepository/ns/a"));
    }
    assertThat(delays.subList(0, 5))
        .containsExactly(
            Duration.ofMillis(750),
            Duration.ofMillis(1500),
            Duration.ofSeconds(3),
            Duration.ofSeconds(6),
            Duration.ofSeconds(12));
    assertThat(delays.get(10)).isEqualTo(Duration.ofMillis(750L << 10));
    assertThat(delays.get(11)).isEqualTo(Duration.ofMinutes(15));
    assertThat(delays.get(13)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void countsPerObjectAndResetsOnSuccess() {
    FailureBackoff backoff = FailureBackoff.defaults();
    backoff.nextDelay("a");
    backoff.nextDelay("a");
    assertThat(backoff.nextDelay("b")).isEqualTo(Duration.ofMillis(750));
    assertThat(backoff.failures("a")).isEqualTo(2);

    backoff.reset("a");

    assertThat(backoff.failures("a")).isZero();
    assertThat(backoff.nextDelay("a")).isEqualTo(Duration.ofMillis(750));
  }

  @Test
  void neverOverflowsAfterManyFailures() {
    FailureBackoff backoff = new FailureBackoff(Duration.ofMillis(1), Duration.ofDays(365));
    Duration last = Duration.ZERO;
    for (int i = 0; i < 200; i++) {
      last = backoff.nextDelay("x");
    }
    assertThat(last).isEqualTo(Duration.ofDays(365));
  }

  @Test
  void rejectsInconsistentLimits() {
    assertThatThrownBy(() -> new FailureBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessageContaining("0 < min <= max");
  }
}
