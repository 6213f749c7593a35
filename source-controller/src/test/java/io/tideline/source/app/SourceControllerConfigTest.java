package io.tideline.source.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --events-addr} falls back to env {@code EVENTS_ADDR}, as in Flux's source-controller. */
class SourceControllerConfigTest {

  static final String KEY = "source-controller.events-addr";

  record Case(String name, Map<String, String> properties, Optional<String> eventsAddr) {}

  static Stream<Case> eventsAddress() {
    return Stream.of(
        new Case("neither", Map.of(), Optional.empty()),
        new Case("env only", Map.of("EVENTS_ADDR", "http://nc/"), Optional.of("http://nc/")),
        new Case(
            "flag wins over env",
            Map.of("EVENTS_ADDR", "http://env/", "source-controller.events-addr", "http://flag/"),
            Optional.of("http://flag/")),
        new Case(
            "an empty flag turns the env off",
            Map.of("EVENTS_ADDR", "http://env/", "source-controller.events-addr", ""),
            Optional.empty()));
  }

  /**
   * Resolves the property with the mapping's declared default the way SmallRye does (generating the
   * mapping class itself needs ASM, which only the Quarkus build has).
   */
  @ParameterizedTest
  @MethodSource
  void eventsAddress(Case c) throws NoSuchMethodException {
    String declaredDefault =
        SourceControllerConfig.class
            .getMethod("eventsAddr")
            .getAnnotation(WithDefault.class)
            .value();
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .addDefaultInterceptors()
            .withDefaultValue(KEY, declaredDefault)
            .withSources(new PropertiesConfigSource(c.properties(), "test", 500))
            .build();

    assertThat(config.getOptionalValue(KEY, String.class)).isEqualTo(c.eventsAddr());
  }
}
