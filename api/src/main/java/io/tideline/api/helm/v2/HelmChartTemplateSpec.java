package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.tideline.api.meta.CrdConventions;
import java.util.List;

/** What the generated HelmChart fetches: chart name or path, version and source. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class HelmChartTemplateSpec {

  @JsonProperty("chart")
  @JsonPropertyDescription("Name or path of the chart in the source.")
  @Required
  @Size(min = 1, max = 2048)
  private String chart;

  @JsonProperty("version")
  @JsonPropertyDescription("Semver range of the chart version; ignored for Git and Bucket sources.")
  @Default("'*'")
  private String version;

  @JsonProperty("sourceRef")
  @JsonPropertyDescription("Where the chart comes from.")
  @Required
  private CrossNamespaceObjectReference sourceRef;

  @JsonProperty("interval")
  @JsonPropertyDescription(
      "Reconcile interval of the HelmChart; defaults to the HelmRelease interval.")
  @Pattern(CrdConventions.DURATION_PATTERN)
  private String interval;

  @JsonProperty("reconcileStrategy")
  @JsonPropertyDescription("When a new chart artifact is produced.")
  @Default("ChartVersion")
  private ReconcileStrategy reconcileStrategy;

  @JsonProperty("valuesFiles")
  @JsonPropertyDescription(
      "Values files in the source merged, in order, over the chart's default values.")
  private List<String> valuesFiles;

  @JsonProperty("ignoreMissingValuesFiles")
  @JsonPropertyDescription("Skip values files that do not exist instead of failing.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean ignoreMissingValuesFiles;

  @JsonProperty("verify")
  @JsonPropertyDescription("Signature verification of OCI charts.")
  private HelmChartTemplateVerification verify;

  public String getChart() {
    return chart;
  }

  public void setChart(String chart) {
    this.chart = chart;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public CrossNamespaceObjectReference getSourceRef() {
    return sourceRef;
  }

  public void setSourceRef(CrossNamespaceObjectReference sourceRef) {
    this.sourceRef = sourceRef;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public ReconcileStrategy getReconcileStrategy() {
    return reconcileStrategy;
  }

  public void setReconcileStrategy(ReconcileStrategy reconcileStrategy) {
    this.reconcileStrategy = reconcileStrategy;
  }

  public List<String> getValuesFiles() {
    return valuesFiles;
  }

  public void setValuesFiles(List<String> valuesFiles) {
    this.valuesFiles = valuesFiles;
  }

  public boolean isIgnoreMissingValuesFiles() {
    return ignoreMissingValuesFiles;
  }

  public void setIgnoreMissingValuesFiles(boolean ignoreMissingValuesFiles) {
    this.ignoreMissingValuesFiles = ignoreMissingValuesFiles;
  }

  public HelmChartTemplateVerification getVerify() {
    return verify;
  }

  public void setVerify(HelmChartTemplateVerification verify) {
    this.verify = verify;
  }
}
