package io.tideline.cli;

import io.tideline.cli.bench.BenchCommand;
import io.tideline.cli.kustomize.KustomizeCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tideline} command: {@code tideline <group> <verb> [args]}. Each group is a picocli
 * subcommand holding its verbs, so new groups ({@code tideline reconcile ...}) plug in beside
 * {@code kustomize}.
 */
@Command(
    name = "tideline",
    mixinStandardHelpOptions = true,
    versionProvider = TidelineVersion.class,
    description = "Tideline: Flux-compatible GitOps tooling.",
    subcommands = {KustomizeCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Tideline implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command group.");
  }

  /** A command line wired to the given streams, with Tideline's error handling. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Tideline());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new UserFacingErrors());
    return commandLine;
  }

  /** Runs one invocation and returns the process exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
