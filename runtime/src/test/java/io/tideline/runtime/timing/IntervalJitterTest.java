package io.tideline.runtime.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IntervalJitterTest {

  /** A random source that always returns the same double. */
  record FixedRandom(double value) implements RandomGenerator {
    @Override
    public long nextLong() {
      return 0;
    }

    @Override
    public double nextDouble() {
      return value;
    }
  }

  record Case(int percentage, double random, Duration interval, Duration expected) {}

  static Stream<Case> cases() {
    Duration tenMinutes = Duration.ofMinutes(10);
    return Stream.of(
        new Case(5, 0.0, tenMinutes, Duration.ofSeconds(570)),
        new Case(5, 0.5, tenMinutes, tenMinutes),
        new Case(5, 1.0, tenMinutes, Duration.ofSeconds(630)),
        new Case(10, 0.0, tenMinutes, Duration.ofSeconds(540)),
        new Case(0, 0.0, tenMinutes, tenMinutes),
        new Case(5, 0.0, Duration.ZERO, Duration.ZERO));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void spreadsWithinThePercentage(Case tc) {
    IntervalJitter jitter = new IntervalJitter(tc.percentage(), new FixedRandom(tc.random()));
    assertThat(jitter.apply(tc.interval())).isEqualTo(tc.expected());
  }

  @Test
  void staysWithinBoundsWithARealRandomSource() {
    IntervalJitter jitter = IntervalJitter.withPercentage(IntervalJitter.DEFAULT_PERCENTAGE);
    for (int i = 0; i < 1000; i++) {
      assertThat(jitter.apply(Duration.ofMinutes(1)))
          .isBetween(Duration.ofSeconds(57), Duration.ofSeconds(63));
    }
  }

  @Test
  void rejectsPercentagesOutside0To99() {
    assertThatThrownBy(() -> IntervalJitter.withPercentage(100))
        .hasMessageContaining("--interval-jitter-percentage must be between 0 and 99, got 100");
    assertThatThrownBy(() -> IntervalJitter.withPercentage(-1)).hasMessageContaining("got -1");
  }
}
