package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** HelmChart {@code spec}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@ValidationRule(
    value = "!has(self.verify) || self.sourceRef.kind == 'HelmRepository'",
    message = "spec.verify is only supported when spec.sourceRef.kind is 'HelmRepository'")
public class HelmChartSpec {

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("chart")
  @JsonPropertyDescription(
      "Chart is the name or path the Helm chart is available at in the SourceRef.")
  private String chart;

  @Default("\"*\"")
  @JsonProperty("version")
  @JsonPropertyDescription(
      "Version is the chart version semver expression, ignored for charts from GitRepository and Bucket sources. Defaults to latest when omitted.")
  private String version;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("sourceRef")
  @JsonPropertyDescription("SourceRef is the reference to the Source the chart is available at.")
  private LocalHelmChartSourceReference sourceRef;

  @Required
  @Pattern("^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("interval")
  @JsonPropertyDescription(
      "Interval at which the source is checked for updates (Go duration, e.g. 5m).")
  private String interval;

  @Default("ChartVersion")
  @JsonProperty("reconcileStrategy")
  @JsonPropertyDescription(
      "ReconcileStrategy determines what enables the creation of a new artifact. Valid values are ('ChartVersion', 'Revision').")
  private ReconcileStrategy reconcileStrategy;

  @JsonProperty("valuesFiles")
  @JsonPropertyDescription(
      "ValuesFiles is an alternative list of values files to use as the chart values (values.yaml is not included by default), expected to be a relative path in the SourceRef. Values files are merged in the order of this list with the last file overriding the first.")
  private List<String> valuesFiles = new ArrayList<>();

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonProperty("ignoreMissingValuesFiles")
  @JsonPropertyDescription(
      "IgnoreMissingValuesFiles controls whether to silently ignore missing values files rather than failing.")
  private boolean ignoreMissingValuesFiles;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonProperty("suspend")
  @JsonPropertyDescription(
      "Suspend tells the controller to suspend the reconciliation of this source.")
  private boolean suspend;

  @JsonProperty("verify")
  @JsonPropertyDescription(
      "Verify contains the secret name containing the trusted public keys used to verify the signature and specifies which provider to use to check whether OCI image is authentic. Only supported for OCI HelmRepository sources.")
  private HelmChartVerification verify;

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

  public LocalHelmChartSourceReference getSourceRef() {
    return sourceRef;
  }

  public void setSourceRef(LocalHelmChartSourceReference sourceRef) {
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
    this.valuesFiles = valuesFiles == null ? new ArrayList<>() : valuesFiles;
  }

  public boolean isIgnoreMissingValuesFiles() {
    return ignoreMissingValuesFiles;
  }

  public void setIgnoreMissingValuesFiles(boolean ignoreMissingValuesFiles) {
    this.ignoreMissingValuesFiles = ignoreMissingValuesFiles;
  }

  public boolean isSuspend() {
    return suspend;
  }

  public void setSuspend(boolean suspend) {
    this.suspend = suspend;
  }

  public HelmChartVerification getVerify() {
    return verify;
  }

  public void setVerify(HelmChartVerification verify) {
    this.verify = verify;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HelmChartSpec other
        && Objects.equals(chart, other.chart)
        && Objects.equals(version, other.version)
        && Objects.equals(sourceRef, other.sourceRef)
        && Objects.equals(interval, other.interval)
        && Objects.equals(reconcileStrategy, other.reconcileStrategy)
        && Objects.equals(valuesFiles, other.valuesFiles)
        && ignoreMissingValuesFiles == other.ignoreMissingValuesFiles
        && suspend == other.suspend
        && Objects.equals(verify, other.verify);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        chart,
        version,
        sourceRef,
        interval,
        reconcileStrategy,
        valuesFiles,
        ignoreMissingValuesFiles,
        suspend,
        verify);
  }
}
