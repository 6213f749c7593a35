package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/**
 * The few API calls the engine makes on arbitrary kinds: get, server-side apply (optionally
 * dry-run), JSON patch and delete. Resolves kinds through a {@link RestMapper}; fixes up the
 * namespace of cluster-scoped objects; rejects namespaced objects without a namespace.
 */
public final class ClusterObjects {

  private final KubernetesClient client;
  private final RestMapper mapper;
  private final String fieldManager;

  public ClusterObjects(KubernetesClient client, RestMapper mapper, String fieldManager) {
    this.client = client;
    this.mapper = mapper;
    this.fieldManager = fieldManager;
  }

  public String fieldManager() {
    return fieldManager;
  }

  public RestMapper mapper() {
    return mapper;
  }

  /** The ref with the namespace removed when the kind is cluster-scoped. */
  public ObjectRef scoped(ObjectRef ref) {
    ResourceDefinitionContext context = context(ref);
    if (!context.isNamespaceScoped()) {
      return ref.withoutNamespace();
    }
    if (ref.namespace().isEmpty()) {
      throw new IllegalArgumentException(ref.subject() + " namespace not specified");
    }
    return ref;
  }

  /** The live object, or null when it does not exist. */
  public GenericKubernetesResource get(ObjectRef ref) {
    return resource(ref).get();
  }

  /** Server-side apply with force; with {@code dryRun} nothing is persisted. */
  public GenericKubernetesResource apply(GenericKubernetesResource object, boolean dryRun) {
    ObjectRef ref = ObjectRef.of(object);
    Resource<GenericKubernetesResource> resource = operation(ref).resource(object);
    if (dryRun) {
      return resource.dryRun().fieldManager(fieldManager).forceConflicts().serverSideApply();
    }
    return resource.fieldManager(fieldManager).forceConflicts().serverSideApply();
  }

  /** Applies an RFC 6902 JSON patch. */
  public GenericKubernetesResource jsonPatch(ObjectRef ref, String patch) {
    return resource(ref).patch(PatchContext.of(PatchType.JSON), patch);
  }

  /** Deletes with background propagation; false when it was already gone. */
  public boolean delete(ObjectRef ref) {
    return !resource(ref).withPropagationPolicy(DeletionPropagation.BACKGROUND).delete().isEmpty();
  }

  private Resource<GenericKubernetesResource> resource(ObjectRef ref) {
    return operation(ref).withName(ref.name());
  }

  private io.fabric8.kubernetes.client.dsl.NonNamespaceOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      operation(ObjectRef ref) {
    ResourceDefinitionContext context = context(ref);
    MixedOperation<
            GenericKubernetesResource,
            GenericKubernetesResourceList,
            Resource<GenericKubernetesResource>>
        op = client.genericKubernetesResources(context);
    if (context.isNamespaceScoped()) {
      if (ref.namespace().isEmpty()) {
        throw new IllegalArgumentException(ref.subject() + " namespace not specified");
      }
      return op.inNamespace(ref.namespace());
    }
    return op;
  }

  private ResourceDefinitionContext context(ObjectRef ref) {
    return mapper.find(ref).orElseThrow(() -> new UnknownKindException(ref));
  }
}
