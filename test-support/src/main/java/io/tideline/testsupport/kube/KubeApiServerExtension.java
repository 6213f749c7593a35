package io.tideline.testsupport.kube;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 side of {@link KubeApiServerTest}: one {@link EnvtestCluster} per JVM (stopped when the
 * JVM's test run ends), a shared client, and a fresh namespace for each test method that asks for a
 * {@link TestNamespace}.
 */
public final class KubeApiServerExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace STORE =
      ExtensionContext.Namespace.create(KubeApiServerExtension.class);
  private static final AtomicInteger NAMESPACES = new AtomicInteger();

  /** Distinguishes this JVM's namespaces from an earlier run's on a reused cluster. */
  private static final String RUN_ID =
      Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);

  /** The JVM's cluster, starting it on first use. */
  public static EnvtestCluster cluster(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(STORE)
        .getOrComputeIfAbsent(
            "cluster", k -> new ClosingCluster(EnvtestCluster.start(false)), ClosingCluster.class)
        .cluster();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    EnvtestCluster cluster = cluster(context);
    KubeApiServerTest settings =
        context.getRequiredTestClass().getAnnotation(KubeApiServerTest.class);
    if (settings != null && settings.workloads()) {
      cluster.ensureWorkloads();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == KubernetesClient.class
        || type == TestNamespace.class
        || type == EnvtestCluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    EnvtestCluster cluster = cluster(context);
    if (type == KubernetesClient.class) {
      return cluster.client();
    }
    if (type == EnvtestCluster.class) {
      return cluster;
    }
    return context
        .getStore(STORE)
        .getOrComputeIfAbsent(
            "namespace", k -> createNamespace(cluster, context), TestNamespace.class);
  }

  private static TestNamespace createNamespace(EnvtestCluster cluster, ExtensionContext context) {
    String base =
        (context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName())
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-");
    String suffix = "-" + NAMESPACES.incrementAndGet() + "-" + RUN_ID;
    String name =
        base.substring(0, Math.min(base.length(), 62 - suffix.length())).replaceAll("-+$", "");
    name = name + suffix;
    cluster
        .client()
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
        .create();
    return new TestNamespace(name);
  }

  /** Stops the cluster when JUnit closes the root store at the end of the run. */
  private record ClosingCluster(EnvtestCluster cluster)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      cluster.close();
    }
  }
}
