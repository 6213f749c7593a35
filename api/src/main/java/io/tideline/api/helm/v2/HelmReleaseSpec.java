package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.tideline.api.meta.CommonMetadata;
import io.tideline.api.meta.CrdConventions;
import io.tideline.api.meta.CustomHealthCheck;
import io.tideline.api.meta.DependencyReference;
import io.tideline.api.meta.KubeConfigReference;
import io.tideline.api.meta.ValuesReference;
import java.util.List;

/**
 * Desired state of a HelmRelease: the chart, the values and how Helm actions run. Exactly one of
 * {@code chart} and {@code chartRef} is set.
 */
@ValidationRule(
    value = "(has(self.chart) && !has(self.chartRef)) || (!has(self.chart) && has(self.chartRef))",
    message = "either chart or chartRef must be set")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class HelmReleaseSpec {

  @JsonProperty("chart")
  @JsonPropertyDescription("Template of the HelmChart to generate; exclusive with chartRef.")
  private HelmChartTemplate chart;

  @JsonProperty("chartRef")
  @JsonPropertyDescription("An existing chart artifact to use; exclusive with chart.")
  private CrossNamespaceSourceReference chartRef;

  @JsonProperty("interval")
  @JsonPropertyDescription("Reconcile interval.")
  @Required
  @Pattern(CrdConventions.DURATION_PATTERN)
  private String interval;

  @JsonProperty("kubeConfig")
  @JsonPropertyDescription("Kubeconfig of a remote cluster to release into.")
  private KubeConfigReference kubeConfig;

  @JsonProperty("suspend")
  @JsonPropertyDescription("Suspend reconciliation.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean suspend;

  @JsonProperty("releaseName")
  @JsonPropertyDescription("Helm release name; [<targetNamespace>-]<name> when absent.")
  @Size(min = 1, max = 53)
  private String releaseName;

  @JsonProperty("targetNamespace")
  @JsonPropertyDescription("Namespace of the release; the HelmRelease namespace when absent.")
  @Size(min = 1, max = 63)
  private String targetNamespace;

  @JsonProperty("storageNamespace")
  @JsonPropertyDescription("Namespace of the Helm storage; the HelmRelease namespace when absent.")
  @Size(min = 1, max = 63)
  private String storageNamespace;

  @JsonProperty("dependsOn")
  @JsonPropertyDescription("HelmReleases that must be ready first.")
  private List<DependencyReference> dependsOn;

  @JsonProperty("timeout")
  @JsonPropertyDescription("Timeout of each Kubernetes operation of a Helm action; 5m when absent.")
  @Pattern(CrdConventions.DURATION_PATTERN)
  private String timeout;

  @JsonProperty("maxHistory")
  @JsonPropertyDescription("Helm revisions kept; 5 when absent, 0 for unlimited.")
  private Integer maxHistory;

  @JsonProperty("serviceAccountName")
  @JsonPropertyDescription("Service account to impersonate.")
  @Size(min = 1, max = 253)
  private String serviceAccountName;

  @JsonProperty("persistentClient")
  @JsonPropertyDescription(
      "Reuse one Kubernetes client for a whole reconciliation; true when absent.")
  private Boolean persistentClient;

  @JsonProperty("driftDetection")
  @JsonPropertyDescription("Drift detection settings.")
  private DriftDetection driftDetection;

  @JsonProperty("install")
  @JsonPropertyDescription("Install settings.")
  private Install install;

  @JsonProperty("upgrade")
  @JsonPropertyDescription("Upgrade settings.")
  private Upgrade upgrade;

  @JsonProperty("test")
  @JsonPropertyDescription("Helm test settings.")
  private Test test;

  @JsonProperty("rollback")
  @JsonPropertyDescription("Rollback settings.")
  private Rollback rollback;

  @JsonProperty("uninstall")
  @JsonPropertyDescription("Uninstall settings.")
  private Uninstall uninstall;

  @JsonProperty("valuesFrom")
  @JsonPropertyDescription("Secrets and ConfigMaps whose values are merged in order before values.")
  private List<ValuesReference> valuesFrom;

  @JsonProperty("values")
  @JsonPropertyDescription("Inline values, merged last (arbitrary JSON).")
  @PreserveUnknownFields
  private JsonNode values;

  @JsonProperty("commonMetadata")
  @JsonPropertyDescription("Labels and annotations added to every rendered object.")
  private CommonMetadata commonMetadata;

  @JsonProperty("postRenderers")
  @JsonPropertyDescription("Post-renderers applied in order to the rendered manifests.")
  private List<PostRenderer> postRenderers;

  @JsonProperty("postRenderStrategy")
  @JsonPropertyDescription("Whether hooks are post-rendered; combined when absent.")
  private PostRenderStrategy postRenderStrategy;

  @JsonProperty("waitStrategy")
  @JsonPropertyDescription("How released resources are waited for; poller when absent.")
  private WaitStrategy waitStrategy;

  @JsonProperty("healthCheckExprs")
  @JsonPropertyDescription("CEL health checks for custom resources; need the poller wait strategy.")
  private List<CustomHealthCheck> healthCheckExprs;

  public HelmChartTemplate getChart() {
    return chart;
  }

  public void setChart(HelmChartTemplate chart) {
    this.chart = chart;
  }

  public CrossNamespaceSourceReference getChartRef() {
    return chartRef;
  }

  public void setChartRef(CrossNamespaceSourceReference chartRef) {
    this.chartRef = chartRef;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public KubeConfigReference getKubeConfig() {
    return kubeConfig;
  }

  public void setKubeConfig(KubeConfigReference kubeConfig) {
    this.kubeConfig = kubeConfig;
  }

  public boolean isSuspend() {
    return suspend;
  }

  public void setSuspend(boolean suspend) {
    this.suspend = suspend;
  }

  public String getReleaseName() {
    return releaseName;
  }

  public void setReleaseName(String releaseName) {
    this.releaseName = releaseName;
  }

  public String getTargetNamespace() {
    return targetNamespace;
  }

  public void setTargetNamespace(String targetNamespace) {
    this.targetNamespace = targetNamespace;
  }

  public String getStorageNamespace() {
    return storageNamespace;
  }

  public void setStorageNamespace(String storageNamespace) {
    this.storageNamespace = storageNamespace;
  }

  public List<DependencyReference> getDependsOn() {
    return dependsOn;
  }

  public void setDependsOn(List<DependencyReference> dependsOn) {
    this.dependsOn = dependsOn;
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public Integer getMaxHistory() {
    return maxHistory;
  }

  public void setMaxHistory(Integer maxHistory) {
    this.maxHistory = maxHistory;
  }

  public String getServiceAccountName() {
    return serviceAccountName;
  }

  public void setServiceAccountName(String serviceAccountName) {
    this.serviceAccountName = serviceAccountName;
  }

  public Boolean getPersistentClient() {
    return persistentClient;
  }

  public void setPersistentClient(Boolean persistentClient) {
    this.persistentClient = persistentClient;
  }

  public DriftDetection getDriftDetection() {
    return driftDetection;
  }

  public void setDriftDetection(DriftDetection driftDetection) {
    this.driftDetection = driftDetection;
  }

  public Install getInstall() {
    return install;
  }

  public void setInstall(Install install) {
    this.install = install;
  }

  public Upgrade getUpgrade() {
    return upgrade;
  }

  public void setUpgrade(Upgrade upgrade) {
    this.upgrade = upgrade;
  }

  public Test getTest() {
    return test;
  }

  public void setTest(Test test) {
    this.test = test;
  }

  public Rollback getRollback() {
    return rollback;
  }

  public void setRollback(Rollback rollback) {
    this.rollback = rollback;
  }

  public Uninstall getUninstall() {
    return uninstall;
  }

  public void setUninstall(Uninstall uninstall) {
    this.uninstall = uninstall;
  }

  public List<ValuesReference> getValuesFrom() {
    return valuesFrom;
  }

  public void setValuesFrom(List<ValuesReference> valuesFrom) {
    this.valuesFrom = valuesFrom;
  }

  public JsonNode getValues() {
    return values;
  }

  public void setValues(JsonNode values) {
    this.values = values;
  }

  public CommonMetadata getCommonMetadata() {
    return commonMetadata;
  }

  public void setCommonMetadata(CommonMetadata commonMetadata) {
    this.commonMetadata = commonMetadata;
  }

  public List<PostRenderer> getPostRenderers() {
    return postRenderers;
  }

  public void setPostRenderers(List<PostRenderer> postRenderers) {
    this.postRenderers = postRenderers;
  }

  public PostRenderStrategy getPostRenderStrategy() {
    return postRenderStrategy;
  }

  public void setPostRenderStrategy(PostRenderStrategy postRenderStrategy) {
    this.postRenderStrategy = postRenderStrategy;
  }

  public WaitStrategy getWaitStrategy() {
    return waitStrategy;
  }

  public void setWaitStrategy(WaitStrategy waitStrategy) {
    this.waitStrategy = waitStrategy;
  }

  public List<CustomHealthCheck> getHealthCheckExprs() {
    return healthCheckExprs;
  }

  public void setHealthCheckExprs(List<CustomHealthCheck> healthCheckExprs) {
    this.healthCheckExprs = healthCheckExprs;
  }
}
