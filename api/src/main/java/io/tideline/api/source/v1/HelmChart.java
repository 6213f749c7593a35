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

/** A Helm chart pulled from a HelmRepository or packaged from a GitRepository/Bucket path. */
@Group(HelmChart.GROUP)
@Version(HelmChart.VERSION)
@Kind(HelmChart.KIND)
@Plural("helmcharts")
@ShortNames({"hc"})
@Categories({"all", CrdConventions.CATEGORY_FLUXCD, CrdConventions.CATEGORY_SOURCES})
@Annotations(CrdConventions.SUBSTITUTE_DISABLED)
@AdditionalPrinterColumn(
    name = "Chart",
    type = AdditionalPrinterColumn.Type.STRING,
    jsonPath = ".spec.chart")
@AdditionalPrinterColumn(
    name = "Version",
    type = AdditionalPrinterColumn.Type.STRING,
    jsonPath = ".spec.version")
@AdditionalPrinterColumn(
    name = "Source Kind",
    type = AdditionalPrinterColumn.Type.STRING,
    jsonPath = ".spec.sourceRef.kind")
@AdditionalPrinterColumn(
    name = "Source Name",
    type = AdditionalPrinterColumn.Type.STRING,
    jsonPath = ".spec.sourceRef.name")
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
public class HelmChart extends CustomResource<HelmChartSpec, HelmChartStatus>
    implements Namespaced, Reconcilable<HelmChartStatus> {

  public static final String GROUP = "source.toolkit.fluxcd.io";
  public static final String VERSION = "v1";
  public static final String KIND = "HelmChart";

  @Override
  protected HelmChartSpec initSpec() {
    return new HelmChartSpec();
  }

  @Override
  public HelmChartStatus initStatus() {
    return new HelmChartStatus();
  }

  /** Overridden only to carry the CRD status default. */
  @Override
  @Default(CrdConventions.STATUS_DEFAULT)
  public HelmChartStatus getStatus() {
    return super.getStatus();
  }

  /** Overridden so that Jackson sees one {@code status} setter, not two inherited ones. */
  @Override
  public void setStatus(HelmChartStatus status) {
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
