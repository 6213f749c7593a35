package io.tideline.cli.bench;

import io.tideline.cli.CommandFailedException;
import io.tideline.kustomize.BuildOptions;
import io.tideline.kustomize.KustomizeEngine;
import io.tideline.kustomize.KustomizeException;
import io.tideline.kustomize.Resource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tideline bench kustomize DIR}: builds DIR repeatedly in one JVM and reports the warm build
 * time (build plus YAML rendering), as {@code key=value} pairs on one line.
 */
@Command(
    name = "kustomize",
    mixinStandardHelpOptions = true,
    description =
        "Warm in-process build time of a kustomization (median of --runs after --warmup).")
public final class KustomizeBenchCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Kustomization directory.")
  Path directory;

  @Option(names = "--warmup", defaultValue = "10", description = "Untimed builds first.")
  int warmup;

  @Option(names = "--runs", defaultValue = "20", description = "Timed builds.")
  int runs;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Also write the YAML of the last build to FILE (to compare with kubectl).")
  Path output;

  @Override
  public Integer call() throws KustomizeException, CommandFailedException {
    if (runs < 1 || warmup < 0) {
      throw new CommandFailedException("--runs must be at least 1 and --warmup at least 0");
    }
    KustomizeEngine engine = new KustomizeEngine();
    BuildOptions options = BuildOptions.defaults();
    String yaml = "";
    int resources = 0;
    for (int i = 0; i < warmup; i++) {
      yaml = KustomizeEngine.toYaml(engine.build(directory, options));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    BuildTimings wall = new BuildTimings(runs);
    BuildTimings cpu = new BuildTimings(runs);
    for (int i = 0; i < runs; i++) {
      long startCpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      List<Resource> built = engine.build(directory, options);
      yaml = KustomizeEngine.toYaml(built);
      wall.record(System.nanoTime() - start);
      cpu.record(threads.getCurrentThreadCpuTime() - startCpu);
      resources = built.size();
    }
    if (output != null) {
      try {
        Files.writeString(output, yaml, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CommandFailedException("cannot write '" + output + "': " + e.getMessage(), e);
      }
    }
    spec.commandLine()
        .getOut()
        .printf(
            "resources=%d warmup=%d runs=%d median_ms=%.1f min_ms=%.1f max_ms=%.1f"
                + " cpu_median_ms=%.1f%n",
            resources,
            warmup,
            runs,
            wall.medianMillis(),
            wall.minMillis(),
            wall.maxMillis(),
            cpu.medianMillis());
    return 0;
  }
}
