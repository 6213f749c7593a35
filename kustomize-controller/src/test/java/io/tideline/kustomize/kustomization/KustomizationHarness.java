package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.operator.Operator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.artifact.ArtifactFetcher;
import io.tideline.artifact.FetchOptions;
import io.tideline.artifact.StoredArtifact;
import io.tideline.kustomize.app.ConfigWatches;
import io.tideline.kustomize.app.KustomizationController;
import io.tideline.kustomize.app.MicrometerReconcileMetrics;
import io.tideline.kustomize.app.SourceWatches;
import io.tideline.kustomize.remote.KubeConfigPolicy;
import io.tideline.runtime.conditions.ReadySummarizer;
import io.tideline.runtime.kstatus.KstatusConformance;
import io.tideline.runtime.reconcile.ReconcileLifecycle;
import io.tideline.runtime.reconcile.ReconcileResult;
import io.tideline.runtime.status.StatusPatcher;
import io.tideline.runtime.timing.FailureBackoff;
import io.tideline.runtime.timing.IntervalJitter;
import io.tideline.testsupport.http.ArtifactTestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link KustomizationReconciler} in the test JVM against a real kube-apiserver, with its
 * artifacts served by an {@link ArtifactTestServer} and Ready GitRepository fixtures whose status
 * is written through the status subresource (no source-controller). Reconciles are driven
 * explicitly, so tests are deterministic.
 */
final class KustomizationHarness implements AutoCloseable {

  static final String FIELD_MANAGER = "kustomize-controller";
  private static final KubernetesSerialization YAML = new KubernetesSerialization();

  final KubernetesClient client;
  final RecordedEvents events = new RecordedEvents();
  final ArtifactTestServer server;
  final KustomizationReconciler reconciler;
  final TargetClusters targets;
  private final Path storage;

  KustomizationHarness(KubernetesClient client, KustomizationSettings settings) {
    this(client, settings, "");
  }

  KustomizationHarness(
      KubernetesClient client, KustomizationSettings settings, String defaultServiceAccount) {
    this(client, settings, defaultServiceAccount, KubeConfigPolicy.secure());
  }

  KustomizationHarness(
      KubernetesClient client,
      KustomizationSettings settings,
      String defaultServiceAccount,
      KubeConfigPolicy kubeConfigPolicy) {
    this.client = client;
    try {
      this.storage = Files.createTempDirectory("ks-artifacts-");
      this.server = ArtifactTestServer.start(storage);
      FetchOptions defaults = FetchOptions.defaults();
      ArtifactFetcher fetcher =
          new ArtifactFetcher(
              HttpClient.newHttpClient(),
              Files.createTempDirectory("ks-cache-"),
              defaults.withRetries(0, Duration.ofMillis(10), Duration.ofMillis(10)));
      StatusPatcher patcher = new StatusPatcher(client);
      ReconcileLifecycle lifecycle =
          new ReconcileLifecycle(
              new ReadySummarizer(),
              IntervalJitter.withPercentage(0),
              FailureBackoff.defaults(),
              events,
              patcher);
      this.targets =
          new TargetClusters(client, FIELD_MANAGER, defaultServiceAccount, kubeConfigPolicy);
      this.reconciler =
          new KustomizationReconciler(
              client, lifecycle, patcher, events, fetcher, targets, settings, Clock.systemUTC());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Publishes {@code testdata/<fixture>} as the artifact of GitRepository ns/name. */
  StoredArtifact publish(String namespace, String repository, String fixture, String commit) {
    try {
      Path dir = Path.of(getClass().getResource("/testdata/" + fixture).toURI());
      return server.publish("GitRepository", namespace, repository, "main@sha1:" + commit, dir);
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot publish fixture " + fixture, e);
    }
  }

  /** Creates (or updates) a Ready GitRepository whose status points at the artifact. */
  void readyGitRepository(String namespace, String name, StoredArtifact artifact) {
    readyGitRepository(
        namespace, name, artifact.url(), artifact.revision(), artifact.digest().toString());
  }

  void readyGitRepository(
      String namespace, String name, String url, String revision, String digest) {
    readySource(
        "GitRepository",
        namespace,
        name,
        "interval: 1m\nurl: https://git.example.invalid/app.git",
        url,
        revision,
        digest);
  }

  /** Creates (or updates) an ExternalArtifact whose status points at the artifact. */
  void readyExternalArtifact(String namespace, String name, StoredArtifact artifact) {
    readySource(
        "ExternalArtifact",
        namespace,
        name,
        "sourceRef:\n  kind: ArtifactGenerator\n  name: generator",
        artifact.url(),
        artifact.revision(),
        artifact.digest().toString());
  }

  private void readySource(
      String kind,
      String namespace,
      String name,
      String spec,
      String url,
      String revision,
      String digest) {
    var repos =
        client
            .genericKubernetesResources("source.toolkit.fluxcd.io/v1", kind)
            .inNamespace(namespace);
    GenericKubernetesResource repo = repos.withName(name).get();
    if (repo == null) {
      repo =
          repos
              .resource(
                  YAML.unmarshal(
                      """
                      apiVersion: source.toolkit.fluxcd.io/v1
                      kind: %s
                      metadata:
                        name: %s
                        namespace: %s
                      spec:
                      %s
                      """
                          .formatted(kind, name, namespace, spec.indent(2)),
                      GenericKubernetesResource.class))
              .create();
    }
    String now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    repo.setAdditionalProperty(
        "status",
        Map.of(
            "observedGeneration",
            repo.getMetadata().getGeneration(),
            "artifact",
            Map.of(
                "path", kind.toLowerCase() + "/" + namespace + "/" + name + "/x.tar.gz",
                "url", url,
                "revision", revision,
                "digest", digest,
                "lastUpdateTime", now),
            "conditions",
            List.of(
                Map.of(
                    "type",
                    "Ready",
                    "status",
                    "True",
                    "reason",
                    "Succeeded",
                    "message",
                    "stored artifact for revision '" + revision + "'",
                    "lastTransitionTime",
                    now,
                    "observedGeneration",
                    repo.getMetadata().getGeneration()))));
    repos.resource(repo).updateStatus();
  }

  /**
   * Runs this harness's reconciler in a JOSDK operator (as the app wires it) for Kustomizations in
   * {@code namespace}; stop the returned operator when done.
   */
  Operator startController(String namespace, ConfigWatches configWatches) {
    Operator operator =
        new Operator(
            o ->
                o.withKubernetesClient(client)
                    .withCloseClientOnStop(false)
                    // as the app (quarkus.operator-sdk.enable-ssa=false): an SSA finalizer
                    // patch of a fresh Kustomization would reset spec.prune/targetNamespace
                    .withUseSSAToPatchPrimaryResource(false));
    operator.register(
        new KustomizationController(
            reconciler,
            new MicrometerReconcileMetrics(new SimpleMeterRegistry()),
            SourceWatches.of(false),
            configWatches),
        o -> o.settingNamespaces(namespace));
    operator.start();
    return operator;
  }

  /** Creates a Kustomization from YAML ({@code NAMESPACE} replaced). */
  Kustomization create(String namespace, String yaml) {
    Kustomization object =
        YAML.unmarshal(yaml.replace("NAMESPACE", namespace), Kustomization.class);
    object.getMetadata().setNamespace(namespace);
    return client.resource(object).create();
  }

  /** Runs one reconcile (as the controller would on an event or requeue). */
  ReconcileResult reconcile(String namespace, String name) {
    return reconciler.reconcile(namespace, name);
  }

  Kustomization get(String namespace, String name) {
    return client.resources(Kustomization.class).inNamespace(namespace).withName(name).get();
  }

  /** The Kustomization, after asserting its status is kstatus-conformant. */
  Kustomization conformant(String namespace, String name) {
    Kustomization object = get(namespace, name);
    KstatusConformance.assertConformant(object);
    return object;
  }

  @Override
  public void close() {
    server.close();
    targets.close();
  }
}
