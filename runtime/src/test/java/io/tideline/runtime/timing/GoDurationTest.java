package io.tideline.runtime.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoDurationTest {

  record ParseCase(String text, Duration expected) {}

  static Stream<ParseCase> parseCases() {
    return Stream.of(
        new ParseCase("5m", Duration.ofMinutes(5)),
        new ParseCase("1h0m0s", Duration.ofHours(1)),
        new ParseCase("1h30m", Duration.ofMinutes(90)),
        new ParseCase("2.5s", Duration.ofMillis(2500)),
        new ParseCase("500ms", Duration.ofMillis(500)),
        new ParseCase("1.5h", Duration.ofMinutes(90)),
        new ParseCase("-1.5h", Duration.ofMinutes(-90)),
        new ParseCase("+30s", Duration.ofSeconds(30)),
        new ParseCase("0", Duration.ZERO),
        new ParseCase("0s", Duration.ZERO),
        new ParseCase("10us", Duration.ofNanos(10_000)),
        new ParseCase("10\u00b5s", Duration.ofNanos(10_000)),
        new ParseCase("10\u03bcs", Duration.ofNanos(10_000)),
        new ParseCase("7ns", Duration.ofNanos(7)),
        new ParseCase(".5s", Duration.ofMillis(500)),
        new ParseCase("1.s", Duration.ofSeconds(1)),
        new ParseCase("2.818583s", Duration.ofNanos(2_818_583_000L)),
        new ParseCase("1m1m", Duration.ofMinutes(2)));
  }

  @ParameterizedTest
  @MethodSource("parseCases")
  void parsesGoDurations(ParseCase tc) {
    assertThat(GoDuration.parse(tc.text())).isEqualTo(tc.expected());
  }

  record InvalidCase(String text, String why) {}

  static Stream<InvalidCase> invalidCases() {
    return Stream.of(
        new InvalidCase("", "empty"),
        new InvalidCase("5", "missing unit"),
        new InvalidCase("5d", "unknown unit \"d\""),
        new InvalidCase("m", "bad number"),
        new InvalidCase("-", "no number"),
        new InvalidCase("1..5s", "bad number"),
        new InvalidCase("3000000h", "out of range"));
  }

  @ParameterizedTest
  @MethodSource("invalidCases")
  void rejectsInvalidDurationsNamingTheInput(InvalidCase tc) {
    assertThatThrownBy(() -> GoDuration.parse(tc.text()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + tc.text() + "\"")
        .hasMessageContaining(tc.why());
  }

  record FormatCase(Duration duration, String expected) {}

  static Stream<FormatCase> formatCases() {
    return Stream.of(
        new FormatCase(Duration.ZERO, "0s"),
        new FormatCase(Duration.ofMinutes(5), "5m0s"),
        new FormatCase(Duration.ofHours(1), "1h0m0s"),
        new FormatCase(Duration.ofMinutes(90), "1h30m0s"),
        new FormatCase(Duration.ofMillis(2500), "2.5s"),
        new FormatCase(Duration.ofNanos(2_818_583_000L), "2.818583s"),
        new FormatCase(Duration.ofMillis(500), "500ms"),
        new FormatCase(Duration.ofNanos(1_500), "1.5\u00b5s"),
        new FormatCase(Duration.ofNanos(7), "7ns"),
        new FormatCase(Duration.ofSeconds(-30), "-30s"),
        new FormatCase(Duration.ofHours(25).plusSeconds(1), "25h0m1s"),
        new FormatCase(Duration.ofMinutes(1).plusMillis(1), "1m0.001s"));
  }

  @ParameterizedTest
  @MethodSource("formatCases")
  void formatsLikeGo(FormatCase tc) {
    assertThat(GoDuration.format(tc.duration())).isEqualTo(tc.expected());
    assertThat(GoDuration.parse(tc.expected())).isEqualTo(tc.duration());
  }
}
