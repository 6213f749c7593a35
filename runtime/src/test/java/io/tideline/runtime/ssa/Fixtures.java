package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Loads the YAML fixtures under {@code testdata/ssa/}. */
final class Fixtures {

  private static final KubernetesSerialization YAML = new KubernetesSerialization();
  private static final Set<String> CLUSTER_KINDS =
      Set.of("Namespace", "CustomResourceDefinition", "ClusterRole", "StorageClass");

  private Fixtures() {}

  /**
   * The objects of {@code testdata/ssa/<name>.yaml}; {@code NAMESPACE} in the text is replaced by
   * the namespace, {@code TOKEN} by {@link #token(String)}, and namespaced objects without a
   * namespace get {@code namespace}.
   */
  static List<GenericKubernetesResource> load(String name, String namespace) {
    String text =
        read("/testdata/ssa/" + name + ".yaml")
            .replace("NAMESPACE", namespace)
            .replace("TOKEN", token(namespace));
    List<GenericKubernetesResource> objects = new ArrayList<>();
    for (String doc : text.split("(?m)^---\\s*$")) {
      if (doc.isBlank()) {
        continue;
      }
      GenericKubernetesResource object = YAML.unmarshal(doc, GenericKubernetesResource.class);
      if (object.getMetadata().getNamespace() == null
          && !CLUSTER_KINDS.contains(object.getKind())) {
        object.getMetadata().setNamespace(namespace);
      }
      objects.add(object);
    }
    return objects;
  }

  /** A short DNS-safe token unique to the namespace, for cluster-scoped names. */
  static String token(String namespace) {
    return "t" + Integer.toHexString(namespace.hashCode() & 0x7fffffff);
  }

  static String read(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
