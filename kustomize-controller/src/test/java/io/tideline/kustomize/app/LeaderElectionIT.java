package io.tideline.kustomize.app;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfigurationBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.controller.leader.LeaderElection;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * {@code --enable-leader-election} through the Operator SDK against a real kube-apiserver: two
 * replicas share Flux's lease, one holds it, and the other takes over when the holder stops.
 */
@KubeApiServerTest
class LeaderElectionIT {

  private static final LeaderElection FAST =
      new LeaderElection(
          true, Duration.ofSeconds(4), Duration.ofSeconds(3), Duration.ofMillis(500));

  @ControllerConfiguration(name = "kustomization")
  static final class Idle implements Reconciler<Kustomization> {
    @Override
    public UpdateControl<Kustomization> reconcile(
        Kustomization resource, Context<Kustomization> c) {
      return UpdateControl.noUpdate();
    }
  }

  @Test
  void aSecondReplicaTakesTheLeaseWhenTheLeaderStops(KubernetesClient client, TestNamespace ns) {
    LeaderElectionConfiguration first =
        FAST.configuration("kustomize-controller", "", ns.name(), "replica-a").orElseThrow();
    LeaderElectionConfiguration second =
        FAST.configuration("kustomize-controller", "", ns.name(), "replica-b").orElseThrow();
    Operator leader = start(client, ns, first);
    Operator standby = null;
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> holder(client, ns), "replica-a"::equals);
      standby = start(client, ns, second);

      leader.stop();

      await().atMost(Duration.ofSeconds(30)).until(() -> holder(client, ns), "replica-b"::equals);
    } finally {
      leader.stop();
      if (standby != null) {
        standby.stop();
      }
    }
  }

  /** As configured for the app, but a replica losing the lease must not exit the test JVM. */
  private static LeaderElectionConfiguration inProcess(LeaderElectionConfiguration app) {
    return LeaderElectionConfigurationBuilder.aLeaderElectionConfiguration(app.getLeaseName())
        .withLeaseNamespace(app.getLeaseNamespace().orElseThrow())
        .withIdentity(app.getIdentity().orElseThrow())
        .withLeaseDuration(app.getLeaseDuration())
        .withRenewDeadline(app.getRenewDeadline())
        .withRetryPeriod(app.getRetryPeriod())
        .withExitOnStopLeading(false)
        .build();
  }

  private static Operator start(
      KubernetesClient client, TestNamespace ns, LeaderElectionConfiguration election) {
    Operator operator =
        new Operator(
            o ->
                o.withKubernetesClient(client)
                    .withCloseClientOnStop(false)
                    .withStopOnInformerErrorDuringStartup(false)
                    .withLeaderElectionConfiguration(inProcess(election)));
    operator.register(new Idle(), o -> o.settingNamespaces(ns.name()));
    operator.start();
    return operator;
  }

  private static String holder(KubernetesClient client, TestNamespace ns) {
    Lease lease =
        client
            .leases()
            .inNamespace(ns.name())
            .withName("kustomize-controller-leader-election")
            .get();
    if (lease == null || lease.getSpec().getHolderIdentity() == null) {
      return "";
    }
    String identity = Objects.toString(lease.getSpec().getHolderIdentity());
    return identity.substring(0, identity.indexOf('_'));
  }
}
