package io.tideline.api.source.v1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.Annotations;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;
import io.tideline.api.meta.CrdConventions;

/**
 * An artifact produced by a third-party controller (RFC-0012); source-controller does not reconcile
 * it, so it is not {@code Reconcilable} and its status has no observedGeneration.
 */
@Group(ExternalArtifact.GROUP)
@Version(ExternalArtifact.VERSION)
@Kind(ExternalArtifact.KIND)
@Plural("externalartifacts")
@ShortNames({"ea"})
@Categories({"all", CrdConventions.CATEGORY_FLUXCD, CrdConventions.CATEGORY_SOURCES})
@Annotations(CrdConventions.SUBSTITUTE_DISABLED)
@AdditionalPrinterColumn(
    name = "Age",
    type = AdditionalPrinterColumn.Type.DATE,
    jsonPath = CrdConventions.AGE_PATH)
@AdditionalPrinterColumn(
    name = "Ready",
    type = AdditionalPrinterColumn.Type.STRING,
    jsonPath = CrdConventions.READY_PATH)
@AdditionalPrinterColumn(
    name = "Status",
    type = AdditionalPrinterColumn.Type.STRING,
    jsonPath = CrdConventions.STATUS_PATH)
@AdditionalPrinterColumn(
    name = "Source",
    type = AdditionalPrinterColumn.Type.STRING,
    jsonPath = ".spec.sourceRef.name")
public class ExternalArtifact extends CustomResource<ExternalArtifactSpec, ExternalArtifactStatus>
    implements Namespaced {

  public static final String GROUP = "source.toolkit.fluxcd.io";
  public static final String VERSION = "v1";
  public static final String KIND = "ExternalArtifact";

  @Override
  protected ExternalArtifactSpec initSpec() {
    return new ExternalArtifactSpec();
  }

  @Override
  protected ExternalArtifactStatus initStatus() {
    return new ExternalArtifactStatus();
  }
}
