package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.tideline.api.meta.CrdConventions;

/** Helm rollback settings, used by upgrade remediation. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class Rollback {

  @JsonProperty("timeout")
  @JsonPropertyDescription(
      "Timeout of each Kubernetes operation of the rollback; defaults to spec.timeout.")
  @Pattern(CrdConventions.DURATION_PATTERN)
  private String timeout;

  @JsonProperty("disableWait")
  @JsonPropertyDescription("Do not wait for resources to be ready after the rollback.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean disableWait;

  @JsonProperty("disableWaitForJobs")
  @JsonPropertyDescription("Do not wait for Jobs to complete.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean disableWaitForJobs;

  @JsonProperty("disableHooks")
  @JsonPropertyDescription("Do not run rollback hooks.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean disableHooks;

  @JsonProperty("recreate")
  @JsonPropertyDescription("Deprecated, accepted and ignored.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean recreate;

  @JsonProperty("force")
  @JsonPropertyDescription("Replace resources through delete and re-create when needed.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean force;

  @JsonProperty("cleanupOnFail")
  @JsonPropertyDescription("Delete resources created by a failed rollback.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean cleanupOnFail;

  @JsonProperty("serverSideApply")
  @JsonPropertyDescription("Server-side apply mode; auto when absent.")
  private ServerSideApplyMode serverSideApply;

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
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

  public boolean isRecreate() {
    return recreate;
  }

  public void setRecreate(boolean recreate) {
    this.recreate = recreate;
  }

  public boolean isForce() {
    return force;
  }

  public void setForce(boolean force) {
    this.force = force;
  }

  public boolean isCleanupOnFail() {
    return cleanupOnFail;
  }

  public void setCleanupOnFail(boolean cleanupOnFail) {
    this.cleanupOnFail = cleanupOnFail;
  }

  public ServerSideApplyMode getServerSideApply() {
    return serverSideApply;
  }

  public void setServerSideApply(ServerSideApplyMode serverSideApply) {
    this.serverSideApply = serverSideApply;
  }
}
