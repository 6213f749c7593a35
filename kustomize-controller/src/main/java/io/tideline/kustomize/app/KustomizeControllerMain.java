package io.tideline.kustomize.app;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.OptionalInt;

/**
 * Entry point: reads Flux's flags ({@link KustomizeControllerFlags}) into configuration properties,
 * then starts Quarkus. {@code --help} prints the usage; an unknown or invalid flag prints the
 * reason and the usage and exits with status 2, as Flux's binaries do.
 */
@QuarkusMain
public final class KustomizeControllerMain {

  private KustomizeControllerMain() {}

  public static void main(String... args) {
    OptionalInt stop =
        KustomizeControllerFlags.FLAGS.applyToSystemProperties(args, System.out, System.err);
    if (stop.isPresent()) {
      if (stop.getAsInt() != 0) {
        System.exit(stop.getAsInt());
      }
      return;
    }
    Quarkus.run();
  }
}
