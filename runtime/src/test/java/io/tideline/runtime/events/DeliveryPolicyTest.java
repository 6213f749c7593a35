package io.tideline.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {

  @Test
  void fluxDefaultsDoubleFromOneSecondUpToThirty() {
    DeliveryPolicy flux = DeliveryPolicy.flux();

    assertThat(flux.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(flux.maxRetries()).isEqualTo(4);
    assertThat(IntStream.range(0, 7).mapToObj(flux::backoff))
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(16),
            Duration.ofSeconds(30),
            Duration.ofSeconds(30));
    assertThat(flux.backoff(100)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void rejectsNonsense() {
    Duration s = Duration.ofSeconds(1);
    assertThatThrownBy(() -> new DeliveryPolicy(Duration.ZERO, 4, s, s, 1))
        .hasMessageContaining("timeout must be positive");
    assertThatThrownBy(() -> new DeliveryPolicy(s, -1, s, s, 1)).hasMessageContaining("maxRetries");
    assertThatThrownBy(() -> new DeliveryPolicy(s, 1, Duration.ofSeconds(2), s, 1))
        .hasMessageContaining("minWait <= maxWait");
    assertThatThrownBy(() -> new DeliveryPolicy(s, 1, s, s, 0))
        .hasMessageContaining("queueCapacity");
  }
}
