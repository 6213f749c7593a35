package io.tideline.api.source.v1;

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
 * A Helm chart repository (HTTP index or OCI registry); the HTTP kind is published as its index.
 */
@Group(HelmRepository.GROUP)
@Version(HelmRepository.VERSION)
@Kind(HelmRepository.KIND)
@Plural("helmrepositories")
@ShortNames({"helmrepo"})
@Categories({"all", CrdConventions.CATEGORY_FLUXCD, CrdConventions.CATEGORY_SOURCES})
@Annotations(CrdConventions.SUBSTITUTE_DISABLED)
@AdditionalPrinterColumn(
    name = "URL",
    type = AdditionalPrinterColumn.Type.STRING,
    jsonPath = ".spec.url")
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
public class HelmRepository extends CustomResource<HelmRepositorySpec, HelmRepositoryStatus>
    implements Namespaced, Reconcilable<HelmRepositoryStatus> {

  public static final String GROUP = "source.toolkit.fluxcd.io";
  public static final String VERSION = "v1";
  public static final String KIND = "HelmRepository";

  @Override
  protected HelmRepositorySpec initSpec() {
    return new HelmRepositorySpec();
  }

  @Override
  public HelmRepositoryStatus initStatus() {
    return new HelmRepositoryStatus();
  }

  /** Overridden only to carry the CRD status default. */
  @Override
  @Default(CrdConventions.STATUS_DEFAULT)
  public HelmRepositoryStatus getStatus() {
    return super.getStatus();
  }

  /** Overridden so that Jackson sees one {@code status} setter, not two inherited ones. */
  @Override
  public void setStatus(HelmRepositoryStatus status) {
    super.setStatus(status);
  }

  @Override
  public String interval() {
    return getSpec().getInterval() == null ? DEFAULT_INTERVAL : getSpec().getInterval();
  }

  @Override
  public boolean suspended() {
    return getSpec().isSuspend();
  }

  /** Interval used when {@code spec.interval} is not set. */
  public static final String DEFAULT_INTERVAL = "1m";
}
