package io.tideline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.Annotations;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.api.meta.ObservedStatus;
import io.tideline.api.source.v1.GitRepository;
import io.tideline.runtime.kstatus.KstatusConformance;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What {@code flux reconcile kustomization NAME --with-source} does, as test steps: request a
 * reconcile of the GitRepository (annotation {@code reconcile.fluxcd.io/requestedAt}), wait until
 * it handled the request and is Ready with the expected revision, then do the same for the
 * Kustomization and wait until it applied that revision. Every object it waits on is checked for
 * kstatus conformance. A timeout fails with the object's status and the controllers' logs.
 */
final class FluxReconcile {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  private final KubernetesClient client;
  private final String namespace;
  private final TidelineControllers controllers;

  FluxReconcile(KubernetesClient client, String namespace, TidelineControllers controllers) {
    this.client = client;
    this.namespace = namespace;
    this.controllers = controllers;
  }

  /**
   * Reconciles GitRepository and Kustomization {@code name} until both are Ready at {@code
   * revision} ({@code main@sha1:<hex>}).
   *
   * @return the Kustomization as it was when it had applied the revision
   */
  Kustomization withSource(String name, String revision) {
    String sourceToken = request(GitRepository.class, name);
    GitRepository source =
        await(
            () -> get(GitRepository.class, name),
            repo -> {
              assertHandledAndReady(repo, repo.getStatus(), sourceToken);
              assertThat(repo.getStatus().getArtifact())
                  .as("GitRepository %s status.artifact", name)
                  .isNotNull();
              assertThat(repo.getStatus().getArtifact().getRevision())
                  .as("GitRepository %s artifact revision", name)
                  .isEqualTo(revision);
            });
    KstatusConformance.assertConformant(source);

    String token = request(Kustomization.class, name);
    Kustomization applied =
        await(
            () -> get(Kustomization.class, name),
            ks -> {
              assertHandledAndReady(ks, ks.getStatus(), token);
              assertThat(ks.getStatus().getLastAppliedRevision())
                  .as("Kustomization %s lastAppliedRevision", name)
                  .isEqualTo(revision);
            });
    KstatusConformance.assertConformant(applied);
    return applied;
  }

  /** Polls {@code read} until {@code check} passes; fails with the last error and the logs. */
  <T> T await(Supplier<T> read, Consumer<T> check) {
    AtomicReference<T> last = new AtomicReference<>();
    try {
      Awaitility.await()
          .atMost(TIMEOUT)
          .pollInterval(Duration.ofMillis(250))
          .ignoreExceptions()
          .untilAsserted(
              () -> {
                T value = read.get();
                last.set(value);
                check.accept(value);
              });
      return last.get();
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(
          e.getMessage()
              + "\nlast seen: "
              + describe(last.get())
              + "\n"
              + controllers.logs()
              + "\n"
              + controllers.logTails(),
          e);
    }
  }

  private String request(Class<? extends HasMetadata> type, String name) {
    String token = Long.toString(System.nanoTime());
    // A merge patch without resourceVersion, as the flux CLI sends: no conflict with the
    // controller's own writes.
    client
        .resources(type)
        .inNamespace(namespace)
        .withName(name)
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"metadata\":{\"annotations\":{\""
                + Annotations.RECONCILE_REQUESTED_AT
                + "\":\""
                + token
                + "\"}}}");
    return token;
  }

  private <T extends HasMetadata> T get(Class<T> type, String name) {
    T object = client.resources(type).inNamespace(namespace).withName(name).get();
    assertThat(object).as("%s %s/%s", type.getSimpleName(), namespace, name).isNotNull();
    return object;
  }

  private static void assertHandledAndReady(
      HasMetadata object, ObservedStatus status, String token) {
    String what = object.getKind() + " " + object.getMetadata().getName();
    assertThat(status).as("%s status", what).isNotNull();
    assertThat(status.getLastHandledReconcileAt())
        .as("%s lastHandledReconcileAt", what)
        .isEqualTo(token);
    Optional<Condition> ready =
        status.getConditions().stream().filter(c -> "Ready".equals(c.getType())).findFirst();
    assertThat(ready).as("%s Ready condition", what).isPresent();
    assertThat(ready.get().getStatus())
        .as("%s Ready (%s: %s)", what, ready.get().getReason(), ready.get().getMessage())
        .isEqualTo(ConditionStatus.True);
    assertThat(status.getObservedGeneration())
        .as("%s observedGeneration", what)
        .isEqualTo(object.getMetadata().getGeneration());
  }

  private static String describe(Object value) {
    if (value instanceof GitRepository repo) {
      return "GitRepository status:\n" + Serialization.asYaml(repo.getStatus());
    }
    if (value instanceof Kustomization ks) {
      return "Kustomization status:\n" + Serialization.asYaml(ks.getStatus());
    }
    return String.valueOf(value);
  }
}
