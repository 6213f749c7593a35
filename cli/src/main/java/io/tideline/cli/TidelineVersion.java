package io.tideline.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest, or {@code dev} when run from classes. */
public final class TidelineVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Tideline.class.getPackage().getImplementationVersion();
    return new String[] {"tideline " + (version == null ? "dev" : version)};
  }
}
