package io.tideline.source.gitrepository;

import com.sun.net.httpserver.HttpServer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.meta.LocalObjectReference;
import io.tideline.api.source.v1.GitRepository;
import io.tideline.api.source.v1.GitRepositoryRef;
import io.tideline.api.source.v1.GitRepositorySpec;
import io.tideline.artifact.AdvertisedAddress;
import io.tideline.artifact.ArtifactFileResolver;
import io.tideline.artifact.ArtifactHttpHandler;
import io.tideline.artifact.ArtifactStorage;
import io.tideline.artifact.RetentionPolicy;
import io.tideline.runtime.conditions.ReadySummarizer;
import io.tideline.runtime.events.CoreEventFactory;
import io.tideline.runtime.events.KubernetesEventRecorder;
import io.tideline.runtime.kstatus.KstatusConformance;
import io.tideline.runtime.reconcile.ReconcileLifecycle;
import io.tideline.runtime.reconcile.ReconcileResult;
import io.tideline.runtime.status.StatusPatcher;
import io.tideline.runtime.status.StatusSnapshot;
import io.tideline.runtime.status.StatusWriter;
import io.tideline.runtime.timing.FailureBackoff;
import io.tideline.runtime.timing.IntervalJitter;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The GitRepository reconciler wired in-process against a real API server: artifact storage in a
 * temporary folder served by a real HTTP file server, Kubernetes status patcher and event recorder,
 * and a counter of status writes.
 */
final class ReconcilerHarness implements AutoCloseable {

  final KubernetesClient client;
  final ArtifactStorage storage;
  final GitRepositoryReconciler reconciler;
  final AtomicInteger statusWrites = new AtomicInteger();
  private final HttpServer fileServer;

  ReconcilerHarness(KubernetesClient client, Path storageDir, RetentionPolicy retention)
      throws Exception {
    this.client = client;
    installCrd(client);
    fileServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    storage =
        new ArtifactStorage(
            storageDir,
            new AdvertisedAddress("127.0.0.1:" + fileServer.getAddress().getPort()),
            retention);
    fileServer.createContext(
        "/", new ArtifactHttpHandler(new ArtifactFileResolver(storage.root())));
    fileServer.start();
    StatusPatcher patcher = new StatusPatcher(client);
    StatusWriter counting =
        (HasMetadata resource, Object status, StatusSnapshot before) -> {
          boolean wrote = patcher.write(resource, status, before);
          if (wrote) {
            statusWrites.incrementAndGet();
          }
          return wrote;
        };
    KubernetesEventRecorder events =
        new KubernetesEventRecorder(
            client, new CoreEventFactory("source-controller", "test", Clock.systemUTC()), 128);
    ReconcileLifecycle lifecycle =
        new ReconcileLifecycle(
            new ReadySummarizer(),
            IntervalJitter.withPercentage(5),
            new FailureBackoff(Duration.ofMillis(750), Duration.ofMinutes(15)),
            events,
            counting);
    reconciler =
        new GitRepositoryReconciler(
            client,
            storage,
            lifecycle,
            counting,
            events,
            Duration.ofSeconds(30),
            Clock.systemUTC());
  }

  static synchronized void installCrd(KubernetesClient client) throws Exception {
    String name = "gitrepositories.source.toolkit.fluxcd.io";
    if (client.apiextensions().v1().customResourceDefinitions().withName(name).get() != null) {
      return;
    }
    try (InputStream in =
        GitRepository.class.getResourceAsStream("/META-INF/fabric8/" + name + "-v1.yml")) {
      client.apiextensions().v1().customResourceDefinitions().load(in).serverSideApply();
    }
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
                            c -> "Established".equals(c.getType()) && "True".equals(c.getStatus())),
            30,
            java.util.concurrent.TimeUnit.SECONDS);
  }

  GitRepository create(String namespace, String name, String url, GitRepositoryRef ref) {
    GitRepository repo = new GitRepository();
    repo.getMetadata().setNamespace(namespace);
    repo.getMetadata().setName(name);
    GitRepositorySpec spec = new GitRepositorySpec();
    spec.setUrl(url);
    spec.setInterval("1m");
    spec.setRef(ref);
    repo.setSpec(spec);
    return client.resource(repo).create();
  }

  GitRepository edit(
      String namespace, String name, java.util.function.Consumer<GitRepositorySpec> change) {
    return client
        .resources(GitRepository.class)
        .inNamespace(namespace)
        .withName(name)
        .edit(
            o -> {
              change.accept(o.getSpec());
              return o;
            });
  }

  void secret(String namespace, String name, Map<String, String> data) {
    client
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace(namespace)
                .endMetadata()
                .withStringData(data)
                .build())
        .serverSideApply();
  }

  ReconcileResult reconcile(String namespace, String name) {
    return reconciler.reconcile(namespace, name);
  }

  GitRepository get(String namespace, String name) {
    return client.resources(GitRepository.class).inNamespace(namespace).withName(name).get();
  }

  /** Fetches the object and asserts its status is kstatus-conformant. */
  GitRepository getConformant(String namespace, String name) {
    GitRepository object = get(namespace, name);
    KstatusConformance.assertConformant(object);
    return object;
  }

  static GitRepositoryRef branch(String branch) {
    GitRepositoryRef ref = new GitRepositoryRef();
    ref.setBranch(branch);
    return ref;
  }

  static LocalObjectReference ref(String name) {
    return LocalObjectReference.of(name);
  }

  /** Downloads the artifact URL; returns "sha256:<hex>" of the body. */
  static String downloadDigest(String url) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + url + " answered " + response.statusCode());
    }
    return "sha256:"
        + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(response.body()));
  }

  /** The file names in the artifact tarball at {@code url}. */
  static List<String> entries(String url) throws Exception {
    HttpResponse<InputStream> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
    List<String> names = new java.util.ArrayList<>();
    try (var tar =
        new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(
            new java.util.zip.GZIPInputStream(response.body()))) {
      for (var e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        if (!e.isDirectory()) {
          names.add(e.getName());
        }
      }
    }
    return names;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    fileServer.stop(0);
  }
}
