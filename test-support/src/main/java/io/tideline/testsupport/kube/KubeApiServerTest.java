package io.tideline.testsupport.kube;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against a real kube-apiserver (and etcd) on 127.0.0.1, started once
 * per test JVM by {@code hack/envtest.sh}. Every CRD under {@code manifests/crds/} is installed
 * first. Test methods may take a {@link io.fabric8.kubernetes.client.KubernetesClient} and a {@link
 * TestNamespace} (a fresh namespace per test method) as parameters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(KubeApiServerExtension.class)
public @interface KubeApiServerTest {

  /**
   * Also run kube-controller-manager and kwok, so Deployments become Available, Jobs complete and
   * StatefulSets roll out on a simulated node.
   */
  boolean workloads() default false;
}
