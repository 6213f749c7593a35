package io.tideline.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The real source-controller and kustomize-controller, each a child process started from {@code
 * <module>/target/quarkus-app/quarkus-run.jar} of the checkout, with Flux's flags: artifacts stored
 * under the work folder and served on a free port of 127.0.0.1, logs in {@code <work>/logs/}. Both
 * start, and stop, in parallel.
 */
final class TidelineControllers implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

  private final ControllerProcess source;
  private final ControllerProcess kustomize;

  private TidelineControllers(ControllerProcess source, ControllerProcess kustomize) {
    this.source = source;
    this.kustomize = kustomize;
  }

  /**
   * Starts both controllers against the cluster of {@code kubeconfig}, with artifacts under {@code
   * work} and logs in {@code logs} (kept after the test for post-mortems).
   */
  static TidelineControllers start(Path repoRoot, Path kubeconfig, Path work, Path logs)
      throws Exception {
    String storage = "127.0.0.1:" + ControllerProcess.freePort();
    var sourceStart =
        CompletableFuture.supplyAsync(
            () ->
                ControllerProcess.start(
                    "source-controller",
                    jar(repoRoot, "source-controller"),
                    kubeconfig,
                    logs.resolve("source-controller.log"),
                    START_TIMEOUT,
                    List.of(
                        "--storage-path=" + work.resolve("storage"),
                        "--storage-addr=" + storage,
                        "--storage-adv-addr=" + storage,
                        "--metrics-addr=127.0.0.1:" + ControllerProcess.freePort())));
    ControllerProcess kustomize;
    try {
      kustomize =
          ControllerProcess.start(
              "kustomize-controller",
              jar(repoRoot, "kustomize-controller"),
              kubeconfig,
              logs.resolve("kustomize-controller.log"),
              START_TIMEOUT,
              List.of("--metrics-addr=127.0.0.1:" + ControllerProcess.freePort()));
    } catch (RuntimeException e) {
      sourceStart.thenAccept(ControllerProcess::close);
      throw e;
    }
    try {
      return new TidelineControllers(sourceStart.join(), kustomize);
    } catch (CompletionException e) {
      kustomize.close();
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private static Path jar(Path repoRoot, String module) {
    return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
  }

  /** A hint naming both log files, for assertion messages. */
  String logs() {
    return "logs: " + source.log() + ", " + kustomize.log();
  }

  /** The end of both logs, for failure messages. */
  String logTails() {
    return "--- source-controller ---\n"
        + source.logTail(20)
        + "\n--- kustomize-controller ---\n"
        + kustomize.logTail(20);
  }

  @Override
  public void close() {
    kustomize.requestStop();
    source.requestStop();
    kustomize.close();
    source.close();
  }
}
