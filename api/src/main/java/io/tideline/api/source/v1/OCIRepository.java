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

/** An OCI artifact repository whose selected layer source-controller publishes as an artifact. */
@Group(OCIRepository.GROUP)
@Version(OCIRepository.VERSION)
@Kind(OCIRepository.KIND)
@Plural("ocirepositories")
@ShortNames({"ocirepo"})
@Categories({"all", CrdConventions.CATEGORY_FLUXCD, CrdConventions.CATEGORY_SOURCES})
@Annotations(CrdConventions.SUBSTITUTE_DISABLED)
@AdditionalPrinterColumn(
    name = "URL",
    type = AdditionalPrinterColumn.Type.STRING,
    jsonPath = ".spec.url")
@AdditionalPrinterColumn(
    name = "Ready",
    type = AdditionalPrinterColumn.Type.STRING,
    jsonPath = CrdConventions.READY_PATH)
@AdditionalPrinterColumn(
    name = "Status",
    type = AdditionalPrinterColumn.Type.STRING,
    jsonPath = CrdConventions.STATUS_PATH)
@AdditionalPrinterColumn(
    name = "Age",
    type = AdditionalPrinterColumn.Type.DATE,
    jsonPath = CrdConventions.AGE_PATH)
public class OCIRepository extends CustomResource<OCIRepositorySpec, OCIRepositoryStatus>
    implements Namespaced, Reconcilable<OCIRepositoryStatus> {

  public static final String GROUP = "source.toolkit.fluxcd.io";
  public static final String VERSION = "v1";
  public static final String KIND = "OCIRepository";

  @Override
  protected OCIRepositorySpec initSpec() {
    return new OCIRepositorySpec();
  }

  @Override
  public OCIRepositoryStatus initStatus() {
    return new OCIRepositoryStatus();
  }

  /** Overridden only to carry the CRD status default. */
  @Override
  @Default(CrdConventions.STATUS_DEFAULT)
  public OCIRepositoryStatus getStatus() {
    return super.getStatus();
  }

  /** Overridden so that Jackson sees one {@code status} setter, not two inherited ones. */
  @Override
  public void setStatus(OCIRepositoryStatus status) {
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
