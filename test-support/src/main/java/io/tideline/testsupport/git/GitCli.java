package io.tideline.testsupport.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code git} command line as an oracle in tests, isolated from the machine's
 * configuration: {@code HOME} is a private folder, system config is ignored, prompts are off, and a
 * fixed identity is set for commits.
 */
public final class GitCli {

  /** The result of one command. */
  public record Result(int exitCode, String stdout, String stderr) {}

  private final Path home;
  private final Map<String, String> environment = new HashMap<>();

  /**
   * @param home a private HOME folder (created if missing)
   */
  public GitCli(Path home) throws IOException {
    this.home = Files.createDirectories(home);
    environment.put("HOME", home.toString());
    environment.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    environment.put("GIT_CONFIG_NOSYSTEM", "1");
    environment.put("GIT_TERMINAL_PROMPT", "0");
    environment.put("GIT_AUTHOR_NAME", "Tideline Test");
    environment.put("GIT_AUTHOR_EMAIL", "test@tideline.invalid");
    environment.put("GIT_COMMITTER_NAME", "Tideline Test");
    environment.put("GIT_COMMITTER_EMAIL", "test@tideline.invalid");
  }

  /** The private HOME folder. */
  public Path home() {
    return home;
  }

  /** Sets an environment variable for later commands (e.g. {@code GIT_SSH_COMMAND}). */
  public GitCli env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** Runs {@code git <args>} in {@code dir} and fails unless it exits 0. */
  public String run(Path dir, String... args) throws IOException, InterruptedException {
    Result result = tryRun(dir, args);
    if (result.exitCode() != 0) {
      throw new IOException(
          "git "
              + String.join(" ", args)
              + " exited "
              + result.exitCode()
              + ": "
              + result.stderr().strip());
    }
    return result.stdout();
  }

  /** Runs {@code git <args>} in {@code dir} and returns whatever happened (60 s timeout). */
  public Result tryRun(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    Path out = Files.createTempFile(home, "git-out", ".txt");
    Path err = Files.createTempFile(home, "git-err", ".txt");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("git " + String.join(" ", args) + " timed out after 60s");
      }
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
