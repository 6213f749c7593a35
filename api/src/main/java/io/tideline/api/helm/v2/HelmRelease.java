package io.tideline.api.helm.v2;

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
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.tideline.api.meta.CrdConventions;
import io.tideline.api.meta.Reconcilable;

/**
 * A Helm release reconciled by helm-controller ({@code helm.toolkit.fluxcd.io/v2}): installs,
 * upgrades, tests, remediates and uninstalls one release of a chart, with values assembled from
 * {@code valuesFrom} and {@code values}.
 */
@Group(HelmRelease.GROUP)
@Version(HelmRelease.VERSION)
@Kind(HelmRelease.KIND)
@Plural("helmreleases")
@Singular("helmrelease")
@ShortNames({"hr"})
@Categories({"all", CrdConventions.CATEGORY_FLUXCD, CrdConventions.CATEGORY_APPLIERS})
@Annotations(CrdConventions.SUBSTITUTE_DISABLED)
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = CrdConventions.AGE_PATH,
    type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(name = "Ready", jsonPath = CrdConventions.READY_PATH)
@AdditionalPrinterColumn(name = "Status", jsonPath = CrdConventions.STATUS_PATH)
public class HelmRelease extends CustomResource<HelmReleaseSpec, HelmReleaseStatus>
    implements Namespaced, Reconcilable<HelmReleaseStatus> {

  public static final String GROUP = "helm.toolkit.fluxcd.io";
  public static final String VERSION = "v2";
  public static final String KIND = "HelmRelease";

  @Override
  protected HelmReleaseSpec initSpec() {
    return new HelmReleaseSpec();
  }

  /** Overridden only to carry the CRD status default. */
  @Override
  @Default(CrdConventions.STATUS_DEFAULT)
  public HelmReleaseStatus getStatus() {
    return super.getStatus();
  }

  /** Overridden so that Jackson sees one {@code status} setter, not two inherited ones. */
  @Override
  public void setStatus(HelmReleaseStatus status) {
    super.setStatus(status);
  }

  @Override
  public HelmReleaseStatus initStatus() {
    return new HelmReleaseStatus();
  }

  @Override
  public String interval() {
    return getSpec() == null ? null : getSpec().getInterval();
  }

  @Override
  public boolean suspended() {
    return getSpec() != null && getSpec().isSuspend();
  }
}
