package io.tideline.testsupport.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code git daemon} on 127.0.0.1 serving every repository under a base folder at {@code
 * git://127.0.0.1:<port>/<name>}, with pushes enabled ({@code --enable=receive-pack}).
 */
public final class GitDaemonServer implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private GitDaemonServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts {@code git daemon} for {@code baseDir} on a free port; its log goes to {@code logFile}.
   */
  public static GitDaemonServer start(Path baseDir, Path logFile)
      throws IOException, InterruptedException {
    Files.createDirectories(baseDir);
    for (int attempt = 0; attempt < 3; attempt++) {
      int port = FreePort.find();
      Process process =
          new ProcessBuilder(
                  List.of(
                      "git",
                      "daemon",
                      "--reuseaddr",
                      "--export-all",
                      "--enable=receive-pack",
                      "--informative-errors",
                      "--base-path=" + baseDir.toAbsolutePath(),
                      "--listen=127.0.0.1",
                      "--port=" + port))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
              .start();
      if (FreePort.awaitListening(port, Duration.ofSeconds(10), process)) {
        return new GitDaemonServer(process, port, logFile);
      }
      stop(process);
    }
    throw new IOException("git daemon did not start; see " + logFile);
  }

  /** The port. */
  public int port() {
    return port;
  }

  /** {@code git://127.0.0.1:<port>/<name>} */
  public String repoUrl(String name) {
    return "git://127.0.0.1:" + port + "/" + name;
  }

  /** The daemon's log file. */
  public Path log() {
    return log;
  }

  @Override
  public void close() throws InterruptedException {
    stop(process);
  }

  private static void stop(Process process) throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
  }
}
