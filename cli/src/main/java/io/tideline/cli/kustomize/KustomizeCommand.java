package io.tideline.cli.kustomize;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tideline kustomize} group. */
@Command(
    name = "kustomize",
    mixinStandardHelpOptions = true,
    description = "Kustomize operations, rendered by Tideline's own engine (no kubectl needed).",
    subcommands = {KustomizeBuildCommand.class, CommandLine.HelpCommand.class})
public final class KustomizeCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a kustomize command.");
  }
}
