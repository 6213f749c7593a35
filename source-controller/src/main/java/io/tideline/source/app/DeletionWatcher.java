package io.tideline.source.app;

import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.FilterWatchListDeletable;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tideline.api.meta.Annotations;
import io.tideline.api.source.v1.GitRepository;
import io.tideline.source.gitrepository.GitRepositoryReconciler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Finalizes deleted GitRepositories. JOSDK only dispatches deletions for finalizers it manages, and
 * it rejects Flux's finalizer name {@code finalizers.fluxcd.io} (not domain-qualified); so
 * deletions of objects carrying it are watched here (a plain watch, no second cache) and handed to
 * {@link GitRepositoryReconciler}, which removes the artifacts and the finalizer. Objects already
 * being deleted at start-up are finalized too.
 */
@ApplicationScoped
public class DeletionWatcher {

  private static final Logger LOG = Logger.getLogger(DeletionWatcher.class);

  private final KubernetesClient client;
  private final GitRepositoryReconciler reconciler;
  private final SourceControllerConfig config;
  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private Watch watch;

  public DeletionWatcher(
      KubernetesClient client, GitRepositoryReconciler reconciler, SourceControllerConfig config) {
    this.client = client;
    this.reconciler = reconciler;
    this.config = config;
  }

  void start(@Observes StartupEvent event) {
    scope().list().getItems().forEach(this::finalizeIfDeleting);
    watch =
        scope()
            .watch(
                new Watcher<>() {
                  @Override
                  public void eventReceived(Action action, GitRepository object) {
                    if (action == Action.MODIFIED || action == Action.ADDED) {
                      finalizeIfDeleting(object);
                    }
                  }

                  @Override
                  public void onClose(WatcherException cause) {
                    LOG.warnf("GitRepository deletion watch closed: %s", cause.getMessage());
                  }
                });
  }

  void stop(@Observes ShutdownEvent event) {
    if (watch != null) {
      watch.close();
    }
    executor.shutdownNow();
  }

  private FilterWatchListDeletable<
          GitRepository, KubernetesResourceList<GitRepository>, Resource<GitRepository>>
      scope() {
    var resources = client.resources(GitRepository.class);
    FilterWatchListDeletable<
            GitRepository, KubernetesResourceList<GitRepository>, Resource<GitRepository>>
        scoped =
            config.watchAllNamespaces()
                ? resources.inAnyNamespace()
                : resources.inNamespace(client.getNamespace());
    return config.watchLabelSelector().isPresent()
        ? scoped.withLabelSelector(config.watchLabelSelector().get())
        : scoped;
  }

  private void finalizeIfDeleting(GitRepository object) {
    if (object.getMetadata().getDeletionTimestamp() == null
        || !object.getMetadata().getFinalizers().contains(Annotations.FINALIZER)) {
      return;
    }
    executor.execute(
        () -> {
          try {
            reconciler.reconcile(
                object.getMetadata().getNamespace(), object.getMetadata().getName());
          } catch (RuntimeException e) {
            LOG.warnf(
                "GitRepository %s/%s: finalization failed: %s",
                object.getMetadata().getNamespace(),
                object.getMetadata().getName(),
                e.getMessage());
          }
        });
  }
}
