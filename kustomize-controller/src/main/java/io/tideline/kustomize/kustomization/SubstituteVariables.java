package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.tideline.api.kustomize.v1.PostBuild;
import io.tideline.api.kustomize.v1.SubstituteReference;
import io.tideline.api.kustomize.v1.SubstituteStrategy;
import io.tideline.api.meta.ConfigDataKind;
import io.tideline.api.meta.Reasons;
import io.tideline.runtime.reconcile.GenericError;
import io.tideline.runtime.reconcile.ReconcileError;
import io.tideline.runtime.reconcile.ReconcileStep;
import io.tideline.runtime.reconcile.StepResult;
import io.tideline.runtime.ssa.ObjectRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Post-build variable substitution ({@code spec.postBuild}): variables from each {@code
 * substituteFrom} ConfigMap/Secret in order (later wins; missing ones fail unless {@code
 * optional}), then inline {@code substitute} (wins over all). Objects labelled or annotated {@code
 * kustomize.toolkit.fluxcd.io/substitute: disabled} are left alone. Strict mode (Flux 2.9's
 * default) fails on undefined variables with {@code BuildFailed} naming the object.
 */
final class SubstituteVariables implements ReconcileStep<KustomizationContext> {

  static final String OPT_OUT = "kustomize.toolkit.fluxcd.io/substitute";
  private static final KubernetesSerialization YAML = new KubernetesSerialization();

  private final KubernetesClient client;
  private final boolean strict;

  SubstituteVariables(KubernetesClient client, boolean strict) {
    this.client = client;
    this.strict = strict;
  }

  @Override
  public StepResult run(KustomizationContext ctx) throws ReconcileError {
    PostBuild postBuild = ctx.object.getSpec().getPostBuild();
    if (postBuild == null) {
      return StepResult.CONTINUE;
    }
    Map<String, String> vars = variables(postBuild, ctx.namespace());
    boolean always = postBuild.getSubstituteStrategy() == SubstituteStrategy.ALWAYS;
    if (vars.isEmpty() && !always) {
      return StepResult.CONTINUE;
    }
    List<GenericKubernetesResource> result = new ArrayList<>(ctx.objects.size());
    for (int i = 0; i < ctx.objects.size(); i++) {
      GenericKubernetesResource object = ctx.objects.get(i);
      if (optedOut(object)) {
        result.add(object);
        continue;
      }
      try {
        String yaml = ctx.renderedYaml.get(i);
        String substituted = VariableSubstitution.substitute(yaml, vars, strict);
        result.add(
            substituted.equals(yaml)
                ? object
                : YAML.unmarshal(substituted, GenericKubernetesResource.class));
      } catch (VariableSubstitution.SubstitutionException e) {
        throw new GenericError(
            Reasons.BUILD_FAILED,
            ObjectRef.of(object).subject() + " var substitution failed: " + e.getMessage());
      } catch (RuntimeException e) {
        throw new GenericError(
            Reasons.BUILD_FAILED,
            ObjectRef.of(object).subject()
                + " var substitution produced invalid YAML: "
                + e.getMessage());
      }
    }
    ctx.objects = result;
    return StepResult.CONTINUE;
  }

  private Map<String, String> variables(PostBuild postBuild, String namespace)
      throws ReconcileError {
    Map<String, String> vars = new LinkedHashMap<>();
    if (postBuild.getSubstituteFrom() != null) {
      for (SubstituteReference ref : postBuild.getSubstituteFrom()) {
        Map<String, String> data = read(ref, namespace);
        if (data == null) {
          if (ref.isOptional()) {
            continue;
          }
          throw new GenericError(
              Reasons.BUILD_FAILED,
              "substitute from '"
                  + ref.getKind()
                  + "/"
                  + ref.getName()
                  + "' failed: "
                  + ref.getKind()
                  + " '"
                  + namespace
                  + "/"
                  + ref.getName()
                  + "' not found");
        }
        vars.putAll(data);
      }
    }
    if (postBuild.getSubstitute() != null) {
      vars.putAll(postBuild.getSubstitute());
    }
    for (String name : vars.keySet()) {
      if (!VariableSubstitution.NAME.matcher(name).matches()) {
        throw new GenericError(
            Reasons.BUILD_FAILED,
            "'"
                + name
                + "' var name is invalid, must match '^[_[:alpha:]][_[:alpha:][:digit:]]*$'");
      }
    }
    vars.replaceAll((k, v) -> v.replace("\n", ""));
    return vars;
  }

  private Map<String, String> read(SubstituteReference ref, String namespace) {
    if (ref.getKind() == ConfigDataKind.SECRET) {
      Secret secret = client.secrets().inNamespace(namespace).withName(ref.getName()).get();
      if (secret == null) {
        return null;
      }
      Map<String, String> data = new LinkedHashMap<>();
      if (secret.getData() != null) {
        secret
            .getData()
            .forEach(
                (k, v) ->
                    data.put(k, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
      }
      return data;
    }
    ConfigMap map = client.configMaps().inNamespace(namespace).withName(ref.getName()).get();
    if (map == null) {
      return null;
    }
    return map.getData() == null ? Map.of() : map.getData();
  }

  private static boolean optedOut(GenericKubernetesResource object) {
    Map<String, String> labels = object.getMetadata().getLabels();
    Map<String, String> annotations = object.getMetadata().getAnnotations();
    return (labels != null && "disabled".equals(labels.get(OPT_OUT)))
        || (annotations != null && "disabled".equals(annotations.get(OPT_OUT)));
  }
}
