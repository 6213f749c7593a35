package io.tideline.runtime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;
import io.tideline.api.meta.ObservedStatus;
import io.tideline.api.meta.Reconcilable;
import java.util.HashMap;
import java.util.Map;

/**
 * A minimal Flux-shaped object for runtime tests: served as GitRepository so ITs can use the real
 * CRD; the spec is kept as a map.
 */
@Group("source.toolkit.fluxcd.io")
@Version("v1")
@Kind("GitRepository")
@Plural("gitrepositories")
public class TestObject extends CustomResource<Map<String, Object>, TestObject.TestStatus>
    implements Namespaced, Reconcilable<TestObject.TestStatus> {

  public static TestObject named(String namespace, String name, long generation) {
    TestObject object = new TestObject();
    object.setMetadata(
        new ObjectMetaBuilder()
            .withNamespace(namespace)
            .withName(name)
            .withGeneration(generation)
            .build());
    Map<String, Object> spec = new HashMap<>();
    spec.put("interval", "1m");
    spec.put("url", "https://example.com/repo.git");
    object.setSpec(spec);
    return object;
  }

  @Override
  public TestStatus initStatus() {
    return new TestStatus();
  }

  /** The shared status fields; fields of the real kind written by others are ignored on read. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class TestStatus extends ObservedStatus {}

  /** Overridden so that Jackson sees one {@code status} setter, not two inherited ones. */
  @Override
  public void setStatus(TestStatus status) {
    super.setStatus(status);
  }

  @Override
  public String interval() {
    return String.valueOf(getSpec().get("interval"));
  }

  @Override
  public boolean suspended() {
    return Boolean.TRUE.equals(getSpec().get("suspend"));
  }
}
