package io.tideline.kustomize.kustomization;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.Config;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.kustomize.v1.KustomizationSpec;
import io.tideline.api.meta.KubeConfigReference;
import io.tideline.api.meta.SecretKeyReference;
import io.tideline.kustomize.remote.RemoteKubeConfig;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The remote client cache: one client per (kubeconfig digest, user), reused while the digest holds,
 * replaced when it changes, and closed only once no reconcile holds it any more.
 */
class RemoteTargetsTest {

  private final AtomicInteger loads = new AtomicInteger();
  private String digest = "digest-1";
  private final RemoteTargets targets =
      new RemoteTargets(
          (namespace, ref) ->
              new RemoteKubeConfig(
                  "KubeConfig secret '" + namespace + "/" + ref.getSecretRef().getName() + "'",
                  digest,
                  () -> {
                    loads.incrementAndGet();
                    Config config = Config.empty();
                    config.setMasterUrl("https://127.0.0.1:1");
                    return config;
                  }),
          "kustomize-controller");

  @AfterEach
  void closeTargets() {
    targets.close();
  }

  @Test
  void sameDigestAndUserReuseOneClient() throws Exception {
    TargetCluster first = targets.acquire(kustomization("a"), "");
    targets.release(first);
    TargetCluster second = targets.acquire(kustomization("b"), "");
    targets.release(second);

    assertThat(second).isSameAs(first);
    assertThat(loads).hasValue(1);
    assertThat(targets.size()).isEqualTo(1);
    assertThat(first.client.getHttpClient().isClosed()).isFalse();
  }

  @Test
  void eachImpersonatedUserGetsItsOwnClient() throws Exception {
    TargetCluster admin = targets.acquire(kustomization("a"), "");
    TargetCluster tenant = targets.acquire(kustomization("a"), "system:serviceaccount:apps:tenant");

    assertThat(tenant).isNotSameAs(admin);
    assertThat(tenant.client.getConfiguration().getImpersonateUsername())
        .isEqualTo("system:serviceaccount:apps:tenant");
    assertThat(tenant.client.getConfiguration().getImpersonateGroups())
        .containsExactly("system:serviceaccounts", "system:serviceaccounts:apps");
    assertThat(admin.client.getConfiguration().getImpersonateUsername()).isNull();
  }

  @Test
  void aChangedSecretRetiresTheOldClientOnceItsLastUserIsDone() throws Exception {
    TargetCluster inUse = targets.acquire(kustomization("a"), "");

    digest = "digest-2";
    TargetCluster fresh = targets.acquire(kustomization("a"), "");

    assertThat(fresh).isNotSameAs(inUse);
    assertThat(targets.size()).isEqualTo(1);
    assertThat(inUse.client.getHttpClient().isClosed()).isFalse();

    targets.release(inUse);
    assertThat(inUse.client.getHttpClient().isClosed()).isTrue();
    assertThat(fresh.client.getHttpClient().isClosed()).isFalse();
  }

  @Test
  void anUnusedOldClientIsClosedAtOnce() throws Exception {
    TargetCluster old = targets.acquire(kustomization("a"), "");
    targets.release(old);

    digest = "digest-2";
    targets.release(targets.acquire(kustomization("a"), ""));

    assertThat(old.client.getHttpClient().isClosed()).isTrue();
  }

  private static Kustomization kustomization(String name) {
    Kustomization object = new Kustomization();
    object.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("apps").build());
    KustomizationSpec spec = new KustomizationSpec();
    KubeConfigReference ref = new KubeConfigReference();
    SecretKeyReference secret = new SecretKeyReference();
    secret.setName("remote");
    ref.setSecretRef(secret);
    spec.setKubeConfig(ref);
    object.setSpec(spec);
    return object;
  }
}
