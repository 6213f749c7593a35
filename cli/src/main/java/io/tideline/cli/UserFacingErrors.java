package io.tideline.cli;

import io.tideline.kustomize.KustomizeException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a command into one paragraph on stderr and an exit code, never a
 * stack trace (set {@code TIDELINE_DEBUG=1} to get one). Expected failures ({@link
 * KustomizeException}, {@link CommandFailedException}) exit 1; anything else is a bug and exits 70.
 */
final class UserFacingErrors implements IExecutionExceptionHandler {
  static final int FAILED = 1;
  static final int INTERNAL_ERROR = 70;

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    var err = commandLine.getErr();
    boolean expected =
        exception instanceof KustomizeException || exception instanceof CommandFailedException;
    String prefix =
        expected ? "Error: " : "Internal error (" + exception.getClass().getName() + "): ";
    err.println(prefix + oneParagraph(exception.getMessage()));
    if (System.getenv("TIDELINE_DEBUG") != null) {
      exception.printStackTrace(err);
    }
    err.flush();
    return expected ? FAILED : INTERNAL_ERROR;
  }

  private static String oneParagraph(String message) {
    if (message == null || message.isBlank()) {
      return "no details";
    }
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
