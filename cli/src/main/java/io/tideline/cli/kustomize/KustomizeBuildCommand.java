package io.tideline.cli.kustomize;

import io.tideline.cli.CommandFailedException;
import io.tideline.kustomize.BuildOptions;
import io.tideline.kustomize.KustomizeEngine;
import io.tideline.kustomize.KustomizeException;
import io.tideline.kustomize.LoadRestrictor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tideline kustomize build DIR}: prints the same multi-document YAML as {@code kubectl
 * kustomize DIR}.
 */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Build a kustomization directory and print the resulting YAML.")
public final class KustomizeBuildCommand implements Callable<Integer> {

  /** kubectl's {@code --load-restrictor} values. */
  enum LoadRestrictionFlag {
    LoadRestrictionsRootOnly(LoadRestrictor.ROOT_ONLY),
    LoadRestrictionsNone(LoadRestrictor.NONE);

    private final LoadRestrictor restrictor;

    LoadRestrictionFlag(LoadRestrictor restrictor) {
      this.restrictor = restrictor;
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = ".",
      paramLabel = "DIR",
      description = "Directory holding kustomization.yaml (default: the current directory).")
  Path directory;

  @Option(
      names = "--load-restrictor",
      defaultValue = "LoadRestrictionsRootOnly",
      description =
          "Which files may be read: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  LoadRestrictionFlag loadRestrictor;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the YAML to FILE instead of stdout.")
  Path output;

  @Override
  public Integer call() throws KustomizeException, CommandFailedException {
    if (!Files.isDirectory(directory)) {
      throw new CommandFailedException(
          "'"
              + directory
              + "' is not a directory; pass the directory that holds kustomization.yaml");
    }
    BuildOptions options = BuildOptions.defaults().withLoadRestrictor(loadRestrictor.restrictor);
    String yaml = KustomizeEngine.toYaml(new KustomizeEngine().build(directory, options));
    if (output == null) {
      spec.commandLine().getOut().print(yaml);
    } else {
      write(yaml);
    }
    return 0;
  }

  private void write(String yaml) throws CommandFailedException {
    try {
      Files.writeString(output, yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CommandFailedException("cannot write '" + output + "': " + e.getMessage(), e);
    }
  }
}
