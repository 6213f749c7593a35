package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.runtime.ssa.ClusterObjects;
import io.tideline.runtime.ssa.HealthWaiter;
import io.tideline.runtime.ssa.ObjectPruner;
import io.tideline.runtime.ssa.RestMapper;
import io.tideline.runtime.ssa.ServerSideApplier;

/**
 * The cluster a Kustomization's objects go to, as seen by the identity it runs under: the applier,
 * the pruner and the health waiter share one client and one discovery cache.
 */
final class TargetCluster {

  final KubernetesClient client;
  final ServerSideApplier applier;
  final ObjectPruner pruner;
  final HealthWaiter health;

  TargetCluster(KubernetesClient client, String fieldManager) {
    this.client = client;
    ClusterObjects objects = new ClusterObjects(client, new RestMapper(client), fieldManager);
    this.applier = new ServerSideApplier(objects);
    this.pruner = new ObjectPruner(objects);
    this.health = new HealthWaiter(objects);
  }
}
