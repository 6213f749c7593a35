package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Objects;

/**
 * The identity of one Kubernetes object: group, version, kind, namespace and name. Renders the two
 * forms Flux uses: the change-set subject {@code Kind/namespace/name} (namespace omitted for
 * cluster-scoped objects) and the inventory id {@code namespace_name_group_kind}.
 */
public record ObjectRef(String group, String version, String kind, String namespace, String name) {

  public ObjectRef {
    group = group == null ? "" : group;
    version = version == null ? "" : version;
    namespace = namespace == null ? "" : namespace;
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /** The reference of a Kubernetes object (typed or unstructured). */
  public static ObjectRef of(HasMetadata object) {
    String apiVersion = object.getApiVersion() == null ? "" : object.getApiVersion();
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    String version = slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
    return new ObjectRef(
        group,
        version,
        object.getKind(),
        object.getMetadata().getNamespace(),
        object.getMetadata().getName());
  }

  /**
   * Parses an inventory id {@code <namespace>_<name>_<group>_<kind>} (cli-utils ObjMetadata) with
   * its version.
   */
  public static ObjectRef fromInventoryId(String id, String version) {
    String[] parts = id.split("_", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException(
          "inventory id '" + id + "' is not of the form <namespace>_<name>_<group>_<kind>");
    }
    return new ObjectRef(parts[2], version, parts[3], parts[0], parts[1]);
  }

  /** {@code group/version}, or just {@code version} for the core group. */
  public String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** {@code Kind} or {@code Kind.group}: the group-kind without a version. */
  public String groupKind() {
    return group.isEmpty() ? kind : kind + "." + group;
  }

  /** The inventory id: {@code namespace_name_group_kind}. */
  public String inventoryId() {
    return namespace + "_" + name + "_" + group + "_" + kind;
  }

  /** The change-set subject: {@code Kind/namespace/name} or {@code Kind/name}. */
  public String subject() {
    return namespace.isEmpty() ? kind + "/" + name : kind + "/" + namespace + "/" + name;
  }

  /** The same object without a namespace (for cluster-scoped kinds). */
  public ObjectRef withoutNamespace() {
    return new ObjectRef(group, version, kind, "", name);
  }

  @Override
  public String toString() {
    return subject();
  }
}
