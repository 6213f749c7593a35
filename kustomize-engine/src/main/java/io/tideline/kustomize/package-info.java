/**
 * A Kustomize v5.5 renderer in plain Java whose output matches {@code kubectl kustomize}.
 *
 * <p>{@link io.tideline.kustomize.KustomizeEngine#build} turns a kustomization directory into
 * resources in kustomize's output order; {@link io.tideline.kustomize.KustomizeEngine#toYaml}
 * prints them byte for byte as kubectl does. A controller that wraps a directory with its own
 * settings (Flux's {@code spec.patches}, {@code images}, {@code targetNamespace}, ...) passes them
 * as {@link io.tideline.kustomize.BuildOptions#overlay()}, and confines reads to the fetched
 * artifact with {@link io.tideline.kustomize.BuildOptions#withBoundary} (Flux builds with load
 * restrictions off inside a filesystem rooted at the artifact: {@code LoadRestrictor.NONE} plus a
 * boundary). Remote bases, plugins, exec functions and Helm chart inflation are refused; every
 * failure is a {@link io.tideline.kustomize.KustomizeException} naming the file and the problem.
 */
package io.tideline.kustomize;
