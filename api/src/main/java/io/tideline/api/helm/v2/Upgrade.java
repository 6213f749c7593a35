package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.tideline.api.meta.CrdConventions;

/** Helm upgrade settings. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class Upgrade {

  @JsonProperty("timeout")
  @JsonPropertyDescription(
      "Timeout of each Kubernetes operation of the upgrade; defaults to spec.timeout.")
  @Pattern(CrdConventions.DURATION_PATTERN)
  private String timeout;

  @JsonProperty("strategy")
  @JsonPropertyDescription("How a failed upgrade is handled.")
  private UpgradeStrategy strategy;

  @JsonProperty("remediation")
  @JsonPropertyDescription("Retries and remediation of failed upgrades.")
  private UpgradeRemediation remediation;

  @JsonProperty("disableTakeOwnership")
  @JsonPropertyDescription("Do not take ownership of existing resources not owned by this release.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean disableTakeOwnership;

  @JsonProperty("disableWait")
  @JsonPropertyDescription("Do not wait for resources to be ready after the upgrade.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean disableWait;

  @JsonProperty("disableWaitForJobs")
  @JsonPropertyDescription("Do not wait for Jobs to complete.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean disableWaitForJobs;

  @JsonProperty("disableHooks")
  @JsonPropertyDescription("Do not run upgrade hooks.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean disableHooks;

  @JsonProperty("disableOpenAPIValidation")
  @JsonPropertyDescription("Skip OpenAPI validation of the rendered manifests.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean disableOpenAPIValidation;

  @JsonProperty("disableSchemaValidation")
  @JsonPropertyDescription("Skip JSON schema validation of the values.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean disableSchemaValidation;

  @JsonProperty("force")
  @JsonPropertyDescription("Replace resources through delete and re-create when needed.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean force;

  @JsonProperty("preserveValues")
  @JsonPropertyDescription("Reuse the values of the last release and merge overrides over them.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean preserveValues;

  @JsonProperty("cleanupOnFail")
  @JsonPropertyDescription("Delete resources created by a failed upgrade.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean cleanupOnFail;

  @JsonProperty("crds")
  @JsonPropertyDescription("CRD policy of the upgrade; Skip when absent.")
  private CrdsPolicy crds;

  @JsonProperty("serverSideApply")
  @JsonPropertyDescription("Server-side apply mode; auto when absent.")
  private ServerSideApplyMode serverSideApply;

  @JsonProperty("chartNameChangeStrategy")
  @JsonPropertyDescription("What to do when the chart name changed; Reinstall when absent.")
  private ChartNameChangeStrategy chartNameChangeStrategy;

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public UpgradeStrategy getStrategy() {
    return strategy;
  }

  public void setStrategy(UpgradeStrategy strategy) {
    this.strategy = strategy;
  }

  public UpgradeRemediation getRemediation() {
    return remediation;
  }

  public void setRemediation(UpgradeRemediation remediation) {
    this.remediation = remediation;
  }

  public boolean isDisableTakeOwnership() {
    return disableTakeOwnership;
  }

  public void setDisableTakeOwnership(boolean disableTakeOwnership) {
    this.disableTakeOwnership = disableTakeOwnership;
  }

  public boolean isDisableWait() {
    return disableWait;
  }

  public void setDisableWait(boolean disableWait) {
    this.disableWait = disableWait;
  }

  public boolean isDisableWaitForJobs() {
    return disableWaitForJobs;
  }

  public void setDisableWaitForJobs(boolean disableWaitForJobs) {
    this.disableWaitForJobs = disableWaitForJobs;
  }

  public boolean isDisableHooks() {
    return disableHooks;
  }

  public void setDisableHooks(boolean disableHooks) {
    this.disableHooks = disableHooks;
  }

  public boolean isDisableOpenAPIValidation() {
    return disableOpenAPIValidation;
  }

  public void setDisableOpenAPIValidation(boolean disableOpenAPIValidation) {
    this.disableOpenAPIValidation = disableOpenAPIValidation;
  }

  public boolean isDisableSchemaValidation() {
    return disableSchemaValidation;
  }

  public void setDisableSchemaValidation(boolean disableSchemaValidation) {
    this.disableSchemaValidation = disableSchemaValidation;
  }

  public boolean isForce() {
    return force;
  }

  public void setForce(boolean force) {
    this.force = force;
  }

  public boolean isPreserveValues() {
    return preserveValues;
  }

  public void setPreserveValues(boolean preserveValues) {
    this.preserveValues = preserveValues;
  }

  public boolean isCleanupOnFail() {
    return cleanupOnFail;
  }

  public void setCleanupOnFail(boolean cleanupOnFail) {
    this.cleanupOnFail = cleanupOnFail;
  }

  public CrdsPolicy getCrds() {
    return crds;
  }

  public void setCrds(CrdsPolicy crds) {
    this.crds = crds;
  }

  public ServerSideApplyMode getServerSideApply() {
    return serverSideApply;
  }

  public void setServerSideApply(ServerSideApplyMode serverSideApply) {
    this.serverSideApply = serverSideApply;
  }

  public ChartNameChangeStrategy getChartNameChangeStrategy() {
    return chartNameChangeStrategy;
  }

  public void setChartNameChangeStrategy(ChartNameChangeStrategy chartNameChangeStrategy) {
    this.chartNameChangeStrategy = chartNameChangeStrategy;
  }
}
