package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.tideline.api.meta.CrdConventions;

/** Helm install settings. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class Install {

  @JsonProperty("timeout")
  @JsonPropertyDescription(
      "Timeout of each Kubernetes operation of the install; defaults to spec.timeout.")
  @Pattern(CrdConventions.DURATION_PATTERN)
  private String timeout;

  @JsonProperty("strategy")
  @JsonPropertyDescription("How a failed install is handled.")
  private InstallStrategy strategy;

  @JsonProperty("remediation")
  @JsonPropertyDescription("Retries and remediation of failed installs.")
  private InstallRemediation remediation;

  @JsonProperty("disableTakeOwnership")
  @JsonPropertyDescription("Do not take ownership of existing resources not owned by this release.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean disableTakeOwnership;

  @JsonProperty("disableWait")
  @JsonPropertyDescription("Do not wait for resources to be ready after the install.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean disableWait;

  @JsonProperty("disableWaitForJobs")
  @JsonPropertyDescription("Do not wait for Jobs to complete.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean disableWaitForJobs;

  @JsonProperty("disableHooks")
  @JsonPropertyDescription("Do not run install hooks.")
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

  @JsonProperty("replace")
  @JsonPropertyDescription("Reuse the name of a deleted release that remains in the history.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean replace;

  @JsonProperty("skipCRDs")
  @JsonPropertyDescription("Deprecated: use crds: Skip.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean skipCRDs;

  @JsonProperty("crds")
  @JsonPropertyDescription("CRD policy of the install; Create when absent.")
  private CrdsPolicy crds;

  @JsonProperty("createNamespace")
  @JsonPropertyDescription("Create the target namespace if missing.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean createNamespace;

  @JsonProperty("serverSideApply")
  @JsonPropertyDescription(
      "Install with server-side apply; true when absent (false with UseHelm3Defaults).")
  private Boolean serverSideApply;

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public InstallStrategy getStrategy() {
    return strategy;
  }

  public void setStrategy(InstallStrategy strategy) {
    this.strategy = strategy;
  }

  public InstallRemediation getRemediation() {
    return remediation;
  }

  public void setRemediation(InstallRemediation remediation) {
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

  public boolean isReplace() {
    return replace;
  }

  public void setReplace(boolean replace) {
    this.replace = replace;
  }

  public boolean isSkipCRDs() {
    return skipCRDs;
  }

  public void setSkipCRDs(boolean skipCRDs) {
    this.skipCRDs = skipCRDs;
  }

  public CrdsPolicy getCrds() {
    return crds;
  }

  public void setCrds(CrdsPolicy crds) {
    this.crds = crds;
  }

  public boolean isCreateNamespace() {
    return createNamespace;
  }

  public void setCreateNamespace(boolean createNamespace) {
    this.createNamespace = createNamespace;
  }

  public Boolean getServerSideApply() {
    return serverSideApply;
  }

  public void setServerSideApply(Boolean serverSideApply) {
    this.serverSideApply = serverSideApply;
  }
}
