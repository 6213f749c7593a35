package io.tideline.testsupport.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A second real control plane for one test class, e.g. the remote cluster of a Kustomization's
 * {@code spec.kubeConfig}: started before the class's tests, stopped after them. Register it on a
 * static field:
 *
 * <pre>
 * &#64;RegisterExtension static final ExtraControlPlane REMOTE = new ExtraControlPlane();
 * </pre>
 */
public final class ExtraControlPlane implements BeforeAllCallback, AfterAllCallback {

  private EnvtestCluster cluster;

  @Override
  public void beforeAll(ExtensionContext context) {
    cluster = EnvtestCluster.startAnother();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (cluster != null) {
      cluster.close();
      cluster = null;
    }
  }

  /** An admin client of this control plane. */
  public KubernetesClient client() {
    return started().client();
  }

  /** Its admin kubeconfig (server, CA and client certificate all inline). */
  public String kubeconfig() {
    try {
      return Files.readString(started().kubeconfig());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private EnvtestCluster started() {
    if (cluster == null) {
      throw new IllegalStateException("the extra control plane runs only during its test class");
    }
    return cluster;
  }
}
