package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.tideline.api.kustomize.v1.KustomizationSpec;
import io.tideline.api.meta.Reasons;
import io.tideline.kustomize.BuildOptions;
import io.tideline.kustomize.KustomizeEngine;
import io.tideline.kustomize.KustomizeException;
import io.tideline.kustomize.Resource;
import io.tideline.runtime.reconcile.GenericError;
import io.tideline.runtime.reconcile.ReconcileError;
import io.tideline.runtime.reconcile.ReconcileStep;
import io.tideline.runtime.reconcile.StepResult;
import io.tideline.runtime.timing.GoDuration;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code spec.path} with the Kustomize engine in Flux mode: a kustomization is generated
 * when the path has none, and Flux's spec fields are merged into the directory's own kustomization
 * (targetNamespace, namePrefix/Suffix replace the directory's; images replace by name; patches,
 * components and buildMetadata are appended). Reads never leave the artifact. Any failure is {@code
 * BuildFailed} naming the file and the problem.
 */
final class BuildManifests implements ReconcileStep<KustomizationContext> {

  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private final KustomizeEngine engine;

  BuildManifests(KustomizeEngine engine) {
    this.engine = engine;
  }

  @Override
  public StepResult run(KustomizationContext ctx) throws ReconcileError {
    ctx.progress(
        "Building manifests for revision "
            + ctx.revision()
            + " with a timeout of "
            + GoDuration.format(KustomizationTimeouts.timeout(ctx.object)));
    List<Resource> resources;
    try {
      BuildOptions options = BuildOptions.flux(ctx.artifactRoot, specFields(ctx.object.getSpec()));
      resources = engine.build(ctx.buildDir, options);
    } catch (KustomizeException e) {
      throw new GenericError(Reasons.BUILD_FAILED, relativize(e.getMessage(), ctx), e);
    } catch (UncheckedIOException e) {
      throw new GenericError(Reasons.BUILD_FAILED, "kustomize build failed: " + e.getMessage(), e);
    }
    List<GenericKubernetesResource> objects = new ArrayList<>(resources.size());
    List<String> yaml = new ArrayList<>(resources.size());
    for (Resource resource : resources) {
      objects.add(JSON.convertValue(resource.object(), GenericKubernetesResource.class));
      yaml.add(resource.toYaml());
    }
    ctx.objects = objects;
    ctx.renderedYaml = yaml;
    return StepResult.CONTINUE;
  }

  /** The spec fields Flux merges into the kustomization, as a YAML-shaped map (empty when none). */
  static Map<String, Object> specFields(KustomizationSpec spec) {
    Map<String, Object> overlay = new LinkedHashMap<>();
    putIfSet(overlay, "namespace", spec.getTargetNamespace());
    putIfSet(overlay, "namePrefix", spec.getNamePrefix());
    putIfSet(overlay, "nameSuffix", spec.getNameSuffix());
    if (spec.getPatches() != null && !spec.getPatches().isEmpty()) {
      overlay.put("patches", JSON.convertValue(spec.getPatches(), List.class));
    }
    if (spec.getImages() != null && !spec.getImages().isEmpty()) {
      overlay.put("images", JSON.convertValue(spec.getImages(), List.class));
    }
    if (spec.getComponents() != null && !spec.getComponents().isEmpty()) {
      overlay.put("components", List.copyOf(spec.getComponents()));
    }
    if (spec.getBuildMetadata() != null && !spec.getBuildMetadata().isEmpty()) {
      overlay.put("buildMetadata", JSON.convertValue(spec.getBuildMetadata(), List.class));
    }
    return overlay;
  }

  private static void putIfSet(Map<String, Object> map, String key, String value) {
    if (value != null && !value.isEmpty()) {
      map.put(key, value);
    }
  }

  private static String relativize(String message, KustomizationContext ctx) {
    String root = ctx.artifactRoot.toString();
    return message == null
        ? "kustomize build failed"
        : message.replace(root + "/", "").replace(root, ".");
  }
}
