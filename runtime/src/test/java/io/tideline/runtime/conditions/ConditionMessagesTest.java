package io.tideline.runtime.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConditionMessagesTest {

  record Case(int max, String input, String expected) {}

  static Stream<Case> cases() {
    return Stream.of(
        new Case(10, "short", "short"),
        new Case(10, "exactly10!", "exactly10!"),
        new Case(10, "this is far too long", "this is..."),
        new Case(10, " padded ", "padded"),
        new Case(10, null, ""),
        new Case(100, "clone https://u:tok@h/r.git failed", "clone https://***@h/r.git failed"),
        new Case(6, "ab\uD83D\uDE00cdef", "ab..."));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void trimsToLimitWithVisibleEllipsis(Case tc) {
    String trimmed = new ConditionMessages(tc.max()).trim(tc.input());
    assertThat(trimmed).isEqualTo(tc.expected());
    assertThat(trimmed.length()).isLessThanOrEqualTo(tc.max());
  }

  @Test
  void defaultLimitIsFluxs20000() {
    String trimmed = ConditionMessages.defaults().trim("x".repeat(25_000));
    assertThat(trimmed).hasSize(20_000).endsWith("...");
  }

  @Test
  void rejectsLimitsTooSmallForTheMarker() {
    assertThatThrownBy(() -> new ConditionMessages(3)).hasMessageContaining("must exceed 3");
  }
}
