package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.tideline.api.meta.SchemaFormat;
import java.util.Map;

/** A Helm release revision as recorded in {@code status.history}, newest first. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class Snapshot {

  @JsonProperty("apiVersion")
  @JsonPropertyDescription("Version of the snapshot format; v2 for the Helm 4 digest scheme.")
  private String apiVersion;

  @JsonProperty("digest")
  @JsonPropertyDescription("Digest of the release object, <algo>:<hex>.")
  @Required
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private String digest;

  @JsonProperty("name")
  @JsonPropertyDescription("Release name.")
  @Required
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private String name;

  @JsonProperty("namespace")
  @JsonPropertyDescription("Release namespace.")
  @Required
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private String namespace;

  @JsonProperty("version")
  @JsonPropertyDescription("Helm release revision.")
  @Required
  private int version;

  @JsonProperty("status")
  @JsonPropertyDescription("Helm release status: deployed, superseded, failed, ...")
  @Required
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private String status;

  @JsonProperty("action")
  @JsonPropertyDescription(
      "The action that produced this revision: install, upgrade, rollback, ...")
  private String action;

  @JsonProperty("chartName")
  @JsonPropertyDescription("Chart name.")
  @Required
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private String chartName;

  @JsonProperty("chartVersion")
  @JsonPropertyDescription("Chart version (with +<digest prefix> for OCI charts).")
  @Required
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private String chartVersion;

  @JsonProperty("appVersion")
  @JsonPropertyDescription("Chart app version.")
  private String appVersion;

  @JsonProperty("configDigest")
  @JsonPropertyDescription("Digest of the merged values, <algo>:<hex>.")
  @Required
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private String configDigest;

  @JsonProperty("firstDeployed")
  @JsonPropertyDescription("When the release was first deployed (RFC 3339).")
  @Required
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @SchemaFormat(SchemaFormat.DATE_TIME)
  private String firstDeployed;

  @JsonProperty("lastDeployed")
  @JsonPropertyDescription("When this revision was deployed (RFC 3339).")
  @Required
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @SchemaFormat(SchemaFormat.DATE_TIME)
  private String lastDeployed;

  @JsonProperty("deleted")
  @JsonPropertyDescription("When the release was uninstalled (RFC 3339).")
  @SchemaFormat(SchemaFormat.DATE_TIME)
  private String deleted;

  @JsonProperty("testHooks")
  @JsonPropertyDescription("Test hooks run for this revision, by name.")
  private Map<String, TestHookStatus> testHooks;

  @JsonProperty("ociDigest")
  @JsonPropertyDescription("Digest of the OCI artifact the chart came from.")
  private String ociDigest;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public String getDigest() {
    return digest;
  }

  public void setDigest(String digest) {
    this.digest = digest;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getChartName() {
    return chartName;
  }

  public void setChartName(String chartName) {
    this.chartName = chartName;
  }

  public String getChartVersion() {
    return chartVersion;
  }

  public void setChartVersion(String chartVersion) {
    this.chartVersion = chartVersion;
  }

  public String getAppVersion() {
    return appVersion;
  }

  public void setAppVersion(String appVersion) {
    this.appVersion = appVersion;
  }

  public String getConfigDigest() {
    return configDigest;
  }

  public void setConfigDigest(String configDigest) {
    this.configDigest = configDigest;
  }

  public String getFirstDeployed() {
    return firstDeployed;
  }

  public void setFirstDeployed(String firstDeployed) {
    this.firstDeployed = firstDeployed;
  }

  public String getLastDeployed() {
    return lastDeployed;
  }

  public void setLastDeployed(String lastDeployed) {
    this.lastDeployed = lastDeployed;
  }

  public String getDeleted() {
    return deleted;
  }

  public void setDeleted(String deleted) {
    this.deleted = deleted;
  }

  public Map<String, TestHookStatus> getTestHooks() {
    return testHooks;
  }

  public void setTestHooks(Map<String, TestHookStatus> testHooks) {
    this.testHooks = testHooks;
  }

  public String getOciDigest() {
    return ociDigest;
  }

  public void setOciDigest(String ociDigest) {
    this.ociDigest = ociDigest;
  }
}
