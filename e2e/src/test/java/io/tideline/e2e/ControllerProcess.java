package io.tideline.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Tideline controller running as a child process from its packaged {@code quarkus-run.jar},
 * with Flux's flags, against the cluster of a kubeconfig file. Output goes to a log file; {@link
 * #start} returns once {@code /readyz} on the health address answers. {@link #close} sends TERM and
 * waits (KILL after 15 s); a JVM shutdown hook does the same if the test JVM dies first.
 */
final class ControllerProcess implements AutoCloseable {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
  private static final List<String> JVM_OPTIONS =
      List.of(
          "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1",
          "-Xmx384m",
          "-Dquarkus.log.console.json.enabled=false");

  private final String name;
  private final Process process;
  private final Path log;
  private final Thread shutdownHook;

  private ControllerProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.shutdownHook = new Thread(process::destroyForcibly, name + "-killer");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Starts {@code java -jar jar flags… --health-addr=127.0.0.1:<free>} with {@code KUBECONFIG} set
   * and waits until it is ready.
   *
   * @throws IllegalStateException when the jar is missing, the process exits or is not ready in
   *     time (the message carries the end of its log)
   */
  static ControllerProcess start(
      String name, Path jar, Path kubeconfig, Path log, Duration timeout, List<String> flags) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar
              + " not found: package the controllers first (./mvnw -pl"
              + " source-controller,kustomize-controller -am package -DskipTests)");
    }
    int healthPort = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(flags);
    command.add("--health-addr=127.0.0.1:" + healthPort);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .directory(log.getParent().toFile());
    builder.environment().put("KUBECONFIG", kubeconfig.toString());
    ControllerProcess controller;
    try {
      Files.createDirectories(log.getParent());
      controller = new ControllerProcess(name, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name + " from " + jar, e);
    }
    try {
      controller.awaitReady(healthPort, timeout);
    } catch (RuntimeException e) {
      controller.close();
      throw e;
    }
    return controller;
  }

  /** A free TCP port on 127.0.0.1 (for the flags of a controller about to start). */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    }
  }

  /** The controller's log file. */
  Path log() {
    return log;
  }

  /** The last {@code lines} lines of the log, for failure messages. */
  String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e.getMessage() + ")";
    }
  }

  private void awaitReady(int healthPort, Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest readyz =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + healthPort + "/readyz"))
            .timeout(Duration.ofSeconds(2))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name
                + " exited with status "
                + process.exitValue()
                + " (log "
                + log
                + "):\n"
                + logTail(30));
      }
      try {
        if (http.send(readyz, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + name, e);
      }
      sleep(Duration.ofMillis(250));
    }
    throw new IllegalStateException(
        name + " was not ready after " + timeout + " (log " + log + "):\n" + logTail(30));
  }

  /** Sends TERM without waiting (so several controllers shut down in parallel). */
  void requestStop() {
    process.destroy();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down; the hook kills the process
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
