/**
 * A Kustomize v5.5 renderer in plain Java whose output matches {@code kubectl kustomize}.
 *
 * <p>{@link io.tideline.kustomize.KustomizeEngine#build} turns a kustomization directory into
 * resources in kustomize's output order; {@link io.tideline.kustomize.KustomizeEngine#toYaml}
 * prints them byte for byte as kubectl does. Flux's kustomize-controller behaviour is {@link
 * io.tideline.kustomize.BuildOptions#flux}: the Kustomization spec's fields (translated to
 * kustomization fields: {@code namespace} for {@code targetNamespace}, {@code patches}, {@code
 * images}, {@code components}, {@code namePrefix}, ...) merged into the directory's kustomization,
 * one generated when missing, no load restrictions but no read outside the artifact. A plain
 * wrapping overlay is {@link io.tideline.kustomize.BuildOptions#overlay()}. Remote bases, plugins,
 * exec functions and Helm chart inflation are refused; every failure is a {@link
 * io.tideline.kustomize.KustomizeException} naming the file and the problem.
 */
package io.tideline.kustomize;
