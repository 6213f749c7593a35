package io.tideline.source.app;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Map;

/**
 * Entry point: reads Flux's flags into configuration properties, then starts Quarkus. An unknown or
 * invalid flag prints the reason and the usage and exits with status 2, as Flux's binaries do.
 */
@QuarkusMain
public final class SourceControllerMain {

  private SourceControllerMain() {}

  public static void main(String... args) {
    for (String arg : args) {
      if (arg.equals("-h") || arg.equals("--help") || arg.equals("-help")) {
        System.out.print(FluxFlags.usage());
        return;
      }
    }
    Map<String, String> properties;
    try {
      properties = FluxFlags.parse(args);
    } catch (FluxFlags.FlagException e) {
      System.err.println("source-controller: " + e.getMessage());
      System.err.print(FluxFlags.usage());
      System.exit(2);
      return;
    }
    properties.forEach(System::setProperty);
    Quarkus.run();
  }
}
