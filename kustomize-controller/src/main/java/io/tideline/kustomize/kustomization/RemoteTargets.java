package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.KubeConfigReference;
import io.tideline.kustomize.remote.KubeConfigException;
import io.tideline.kustomize.remote.KubeConfigResolver;
import io.tideline.kustomize.remote.RemoteKubeConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Targets on remote clusters ({@code spec.kubeConfig}), cached per (kubeconfig digest, impersonated
 * user) so a no-op reconcile reads the Secret and reuses its client and discovery cache. When a
 * Secret's content changes, the clients built from its old content are retired: closed at once, or
 * when the last reconcile still using one {@link #release releases} it. Clients unused for an hour
 * are closed too.
 */
final class RemoteTargets implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(RemoteTargets.class);
  static final Duration IDLE_LIMIT = Duration.ofHours(1);

  private final Resolver resolver;
  private final String fieldManager;
  private final Map<String, Entry> entries = new HashMap<>();
  private final Map<TargetCluster, Entry> byTarget = new IdentityHashMap<>();
  private final Map<String, String> digestBySource = new HashMap<>();

  /** Reads a {@code spec.kubeConfig} reference ({@link KubeConfigResolver#resolve}). */
  @FunctionalInterface
  interface Resolver {
    RemoteKubeConfig resolve(String namespace, KubeConfigReference ref) throws KubeConfigException;
  }

  RemoteTargets(Resolver resolver, String fieldManager) {
    this.resolver = resolver;
    this.fieldManager = fieldManager;
  }

  private static final class Entry {
    final String digest;
    final TargetCluster target;
    int leases;
    long lastUsedNanos;
    boolean retired;

    Entry(String digest, TargetCluster target) {
      this.digest = digest;
      this.target = target;
      this.lastUsedNanos = System.nanoTime();
    }
  }

  /** The remote target for {@code object}, leased until {@link #release}. */
  TargetCluster acquire(Kustomization object, String user) throws KubeConfigException {
    String namespace = object.getMetadata().getNamespace();
    RemoteKubeConfig remote = resolver.resolve(namespace, object.getSpec().getKubeConfig());
    String key = remote.digest() + "\n" + user;
    synchronized (this) {
      retireIfChanged(remote.source(), remote.digest());
      Entry cached = entries.get(key);
      if (cached != null) {
        return lease(cached);
      }
    }
    Config config = remote.loader().load();
    if (!user.isEmpty()) {
      config.setImpersonateUsername(user);
      config.setImpersonateGroups(TargetClusters.serviceAccountGroups(namespace));
    }
    TargetCluster created =
        new TargetCluster(new KubernetesClientBuilder().withConfig(config).build(), fieldManager);
    List<TargetCluster> idle;
    int cached;
    synchronized (this) {
      Entry raced = entries.get(key);
      if (raced != null) {
        created.client.close();
        return lease(raced);
      }
      Entry entry = new Entry(remote.digest(), created);
      entries.put(key, entry);
      byTarget.put(created, entry);
      lease(entry);
      idle = evictIdle();
      cached = entries.size();
    }
    idle.forEach(t -> t.client.close());
    LOG.debugf("new client for %s (%d cached)", remote.source(), cached);
    return created;
  }

  /** Ends a lease; closes the client if it was retired meanwhile. */
  void release(TargetCluster target) {
    TargetCluster toClose = null;
    synchronized (this) {
      Entry entry = byTarget.get(target);
      if (entry == null) {
        return;
      }
      entry.leases--;
      entry.lastUsedNanos = System.nanoTime();
      if (entry.retired && entry.leases == 0) {
        byTarget.remove(target);
        toClose = target;
      }
    }
    if (toClose != null) {
      toClose.client.close();
    }
  }

  /** How many clients are cached (for tests and metrics). */
  synchronized int size() {
    return entries.size();
  }

  private TargetCluster lease(Entry entry) {
    entry.leases++;
    entry.lastUsedNanos = System.nanoTime();
    return entry.target;
  }

  private void retireIfChanged(String source, String digest) {
    String previous = digestBySource.put(source, digest);
    if (previous == null || previous.equals(digest) || digestBySource.containsValue(previous)) {
      return;
    }
    List<TargetCluster> closeNow = new ArrayList<>();
    entries
        .values()
        .removeIf(
            e -> {
              if (!e.digest.equals(previous)) {
                return false;
              }
              retire(e, closeNow);
              return true;
            });
    closeNow.forEach(t -> t.client.close());
    LOG.debugf("%s changed: %d stale client(s) closed", source, closeNow.size());
  }

  private List<TargetCluster> evictIdle() {
    long now = System.nanoTime();
    List<TargetCluster> closeNow = new ArrayList<>();
    entries
        .values()
        .removeIf(
            e -> {
              if (e.leases > 0 || now - e.lastUsedNanos < IDLE_LIMIT.toNanos()) {
                return false;
              }
              retire(e, closeNow);
              return true;
            });
    digestBySource
        .values()
        .removeIf(d -> entries.values().stream().noneMatch(e -> e.digest.equals(d)));
    return closeNow;
  }

  private void retire(Entry entry, List<TargetCluster> closeNow) {
    entry.retired = true;
    if (entry.leases == 0) {
      byTarget.remove(entry.target);
      closeNow.add(entry.target);
    }
  }

  @Override
  public synchronized void close() {
    byTarget.keySet().forEach(t -> t.client.close());
    byTarget.clear();
    entries.clear();
    digestBySource.clear();
  }
}
