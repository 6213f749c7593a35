package io.tideline.api.kustomize.v1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.Annotations;
import io.fabric8.generator.annotation.Default;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;
import io.tideline.api.meta.CrdConventions;
import io.tideline.api.meta.Reconcilable;

/**
 * A set of manifests from a source artifact that kustomize-controller builds, applies, prunes and
 * health-checks.
 */
@Group(Kustomization.GROUP)
@Version(Kustomization.VERSION)
@Kind(Kustomization.KIND)
@Plural("kustomizations")
@ShortNames({"ks"})
@Categories({"all", CrdConventions.CATEGORY_FLUXCD, CrdConventions.CATEGORY_APPLIERS})
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
public class Kustomization extends CustomResource<KustomizationSpec, KustomizationStatus>
    implements Namespaced, Reconcilable<KustomizationStatus> {

  public static final String GROUP = "kustomize.toolkit.fluxcd.io";
  public static final String VERSION = "v1";
  public static final String KIND = "Kustomization";

  @Override
  protected KustomizationSpec initSpec() {
    return new KustomizationSpec();
  }

  @Override
  public KustomizationStatus initStatus() {
    return new KustomizationStatus();
  }

  /** Overridden only to carry the CRD status default. */
  @Override
  @Default(CrdConventions.STATUS_DEFAULT)
  public KustomizationStatus getStatus() {
    return super.getStatus();
  }

  /** Overridden so that Jackson sees one {@code status} setter, not two inherited ones. */
  @Override
  public void setStatus(KustomizationStatus status) {
    super.setStatus(status);
  }

  @Override
  public String interval() {
    return getSpec().getInterval();
  }

  @Override
  public boolean suspended() {
    return getSpec().isSuspend();
  }
}
