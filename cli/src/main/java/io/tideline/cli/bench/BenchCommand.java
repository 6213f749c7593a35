package io.tideline.cli.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tideline bench} group: in-process measurements used by {@code bench/*.sh}. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure Tideline components in-process (see bench/ for the full comparisons).",
    subcommands = {KustomizeBenchCommand.class, CommandLine.HelpCommand.class})
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a bench command.");
  }
}
