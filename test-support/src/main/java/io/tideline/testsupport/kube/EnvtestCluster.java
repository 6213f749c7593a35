package io.tideline.testsupport.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real control plane started through {@code hack/envtest.sh start --dir DIR}: etcd and
 * kube-apiserver, plus kube-controller-manager and kwok in workloads mode. The script is the one
 * implementation of "start a cluster"; this class only drives it, reads the kubeconfig and installs
 * the project's CRDs.
 *
 * <p>Set {@code TIDELINE_TEST_KUBECONFIG} to run against an already running cluster instead (for
 * example one from {@code hack/envtest.sh start}).
 */
public final class EnvtestCluster implements AutoCloseable {

  private static final Duration CRD_ESTABLISHED_TIMEOUT = Duration.ofSeconds(60);

  private final Path repoRoot;
  private final Path runDir;
  private final boolean owned;
  private final Path kubeconfig;
  private boolean workloads;
  private final KubernetesClient client;

  private EnvtestCluster(Path repoRoot, Path runDir, Path kubeconfig, boolean owned) {
    this.repoRoot = repoRoot;
    this.runDir = runDir;
    this.kubeconfig = kubeconfig;
    this.owned = owned;
    this.client = clientFor(kubeconfig);
  }

  /** Starts a private control plane for this JVM (or attaches to TIDELINE_TEST_KUBECONFIG). */
  public static EnvtestCluster start(boolean workloads) {
    Path root = RepoRoot.find();
    String external = System.getenv("TIDELINE_TEST_KUBECONFIG");
    EnvtestCluster cluster;
    if (external != null && !external.isBlank()) {
      cluster = new EnvtestCluster(root, null, Path.of(external), false);
      cluster.workloads = true;
    } else {
      Path run;
      try {
        run = Files.createTempDirectory("tideline-envtest-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path kubeconfig = runScript(root, startArgs(run, workloads));
      cluster = new EnvtestCluster(root, run, kubeconfig, true);
      cluster.workloads = workloads;
    }
    System.out.println(
        "[envtest] kube-apiserver "
            + cluster.client.getKubernetesVersion().getGitVersion()
            + " at "
            + cluster.client.getMasterUrl()
            + (cluster.workloads ? " (workloads: kube-controller-manager + kwok)" : ""));
    cluster.installCrds();
    return cluster;
  }

  /**
   * Starts one more private control plane (etcd + kube-apiserver, no CRDs), always owned by the
   * caller and stopped by {@link #close()}, even when {@code TIDELINE_TEST_KUBECONFIG} is set: the
   * "remote" cluster of a test. It shares the built binaries with the JVM's main cluster.
   */
  public static EnvtestCluster startAnother() {
    Path root = RepoRoot.find();
    Path run;
    try {
      run = Files.createTempDirectory("tideline-envtest-extra-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path kubeconfig = runScript(root, startArgs(run, false));
    EnvtestCluster cluster = new EnvtestCluster(root, run, kubeconfig, true);
    System.out.println("[envtest] extra kube-apiserver at " + cluster.client.getMasterUrl());
    return cluster;
  }

  /** Adds kube-controller-manager and kwok to a running control plane, once. */
  public synchronized void ensureWorkloads() {
    if (!workloads) {
      runScript(repoRoot, startArgs(runDir, true));
      workloads = true;
    }
  }

  public KubernetesClient client() {
    return client;
  }

  /** The kubeconfig file of this cluster, for processes started by tests. */
  public Path kubeconfig() {
    return kubeconfig;
  }

  /** Installs (server-side applies) every CRD under manifests/crds and waits until established. */
  public void installCrds() {
    Path crdDir = repoRoot.resolve("manifests/crds");
    if (!Files.isDirectory(crdDir)) {
      return;
    }
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(crdDir)) {
      for (Path file : files.sorted().toList()) {
        if (!file.getFileName().toString().endsWith(".yaml")
            || file.getFileName().toString().equals("kustomization.yaml")) {
          continue;
        }
        try (InputStream in = Files.newInputStream(file)) {
          for (HasMetadata item : client.load(in).items()) {
            if (item instanceof CustomResourceDefinition
                || (item instanceof GenericKubernetesResource g
                    && "CustomResourceDefinition".equals(g.getKind()))) {
              client
                  .resource(item)
                  .fieldManager("tideline-test")
                  .forceConflicts()
                  .serverSideApply();
              names.add(item.getMetadata().getName());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String name : names) {
      client
          .apiextensions()
          .v1()
          .customResourceDefinitions()
          .withName(name)
          .waitUntilCondition(
              crd ->
                  crd != null
                      && crd.getStatus() != null
                      && crd.getStatus().getConditions().stream()
                          .anyMatch(
                              c ->
                                  "Established".equals(c.getType())
                                      && "True".equals(c.getStatus())),
              CRD_ESTABLISHED_TIMEOUT.toSeconds(),
              TimeUnit.SECONDS);
    }
  }

  @Override
  public void close() {
    client.close();
    if (owned) {
      runScript(repoRoot, List.of("stop", "--dir", runDir.toString()));
      deleteEtcdData();
    }
  }

  /** The data dir is the bulk of a run dir; the logs stay for post-mortems. */
  private void deleteEtcdData() {
    try (Stream<Path> paths = Files.walk(runDir.resolve("etcd-data"))) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a leftover temp dir is harmless
    }
  }

  private static List<String> startArgs(Path run, boolean workloads) {
    List<String> args = new ArrayList<>(List.of("start", "--dir", run.toString()));
    if (workloads) {
      args.add("--workloads");
    }
    return args;
  }

  /** Runs hack/envtest.sh; returns the kubeconfig path from an {@code export KUBECONFIG=} line. */
  private static Path runScript(Path root, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(root.resolve("hack/envtest.sh").toString());
    command.addAll(args);
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(root.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException("hack/envtest.sh " + String.join(" ", args) + " failed");
      }
      return out.lines()
          .filter(l -> l.startsWith("export KUBECONFIG="))
          .reduce((a, b) -> b)
          .map(l -> Path.of(l.substring("export KUBECONFIG=".length()).trim()))
          .orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static KubernetesClient clientFor(Path kubeconfig) {
    try {
      Config config = Config.fromKubeconfig(Files.readString(kubeconfig));
      config.setRequestTimeout(30_000);
      config.setConnectionTimeout(10_000);
      return new KubernetesClientBuilder().withConfig(config).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
