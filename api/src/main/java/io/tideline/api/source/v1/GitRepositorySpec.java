package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import io.tideline.api.meta.LocalObjectReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** GitRepository {@code spec}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@ValidationRule(
    value =
        "!has(self.serviceAccountName) || (has(self.provider) && (self.provider == 'azure' || self.provider == 'aws'))",
    message = "serviceAccountName can only be set when provider is 'azure' or 'aws'")
public class GitRepositorySpec {

  @Required
  @Pattern("^(http|https|ssh)://.*$")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("url")
  @JsonPropertyDescription(
      "URL specifies the Git repository URL, it can be an HTTP/S or SSH address.")
  private String url;

  @JsonProperty("secretRef")
  @JsonPropertyDescription(
      "SecretRef specifies the Secret containing authentication credentials for the GitRepository.")
  private LocalObjectReference secretRef;

  @JsonProperty("provider")
  @JsonPropertyDescription(
      "Provider used for authentication, can be 'aws', 'azure', 'github', 'generic'. When not specified, defaults to 'generic'.")
  private GitProvider provider;

  @JsonProperty("serviceAccountName")
  @JsonPropertyDescription(
      "ServiceAccountName is the name of the Kubernetes ServiceAccount used to authenticate to the GitRepository (azure and aws providers only).")
  private String serviceAccountName;

  @Required
  @Pattern("^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("interval")
  @JsonPropertyDescription(
      "Interval at which the source is checked for updates (Go duration, e.g. 5m).")
  private String interval;

  @Pattern("^([0-9]+(\\.[0-9]+)?(ms|s|m))+$")
  @Default("60s")
  @JsonProperty("timeout")
  @JsonPropertyDescription("Timeout for Git operations like cloning, defaults to 60s.")
  private String timeout;

  @JsonProperty("ref")
  @JsonPropertyDescription(
      "Reference specifies the Git reference to resolve and monitor for changes, defaults to the 'master' branch.")
  private GitRepositoryRef ref;

  @JsonProperty("verify")
  @JsonPropertyDescription(
      "Verification specifies the configuration to verify the Git commit signature(s).")
  private GitRepositoryVerification verify;

  @JsonProperty("proxySecretRef")
  @JsonPropertyDescription(
      "ProxySecretRef specifies the Secret containing the proxy configuration (keys address, username, password).")
  private LocalObjectReference proxySecretRef;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("ignore")
  @JsonPropertyDescription(
      "Ignore overrides the set of excluded patterns in the .sourceignore format (which is the same as .gitignore). If not provided, a default will be used.")
  private String ignore;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonProperty("suspend")
  @JsonPropertyDescription(
      "Suspend tells the controller to suspend the reconciliation of this source.")
  private boolean suspend;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonProperty("recurseSubmodules")
  @JsonPropertyDescription(
      "RecurseSubmodules enables the initialization of all submodules within the GitRepository as cloned from the URL.")
  private boolean recurseSubmodules;

  @JsonProperty("include")
  @JsonPropertyDescription(
      "Include specifies a list of GitRepository resources which Artifacts should be included in the Artifact produced for this GitRepository.")
  private List<GitRepositoryInclude> include = new ArrayList<>();

  @JsonProperty("sparseCheckout")
  @JsonPropertyDescription(
      "SparseCheckout specifies a list of directories to checkout when cloning the repository. If specified, only these directories are included in the Artifact produced for this GitRepository.")
  private List<String> sparseCheckout = new ArrayList<>();

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  public GitProvider getProvider() {
    return provider;
  }

  public void setProvider(GitProvider provider) {
    this.provider = provider;
  }

  public String getServiceAccountName() {
    return serviceAccountName;
  }

  public void setServiceAccountName(String serviceAccountName) {
    this.serviceAccountName = serviceAccountName;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public GitRepositoryRef getRef() {
    return ref;
  }

  public void setRef(GitRepositoryRef ref) {
    this.ref = ref;
  }

  public GitRepositoryVerification getVerify() {
    return verify;
  }

  public void setVerify(GitRepositoryVerification verify) {
    this.verify = verify;
  }

  public LocalObjectReference getProxySecretRef() {
    return proxySecretRef;
  }

  public void setProxySecretRef(LocalObjectReference proxySecretRef) {
    this.proxySecretRef = proxySecretRef;
  }

  public String getIgnore() {
    return ignore;
  }

  public void setIgnore(String ignore) {
    this.ignore = ignore;
  }

  public boolean isSuspend() {
    return suspend;
  }

  public void setSuspend(boolean suspend) {
    this.suspend = suspend;
  }

  public boolean isRecurseSubmodules() {
    return recurseSubmodules;
  }

  public void setRecurseSubmodules(boolean recurseSubmodules) {
    this.recurseSubmodules = recurseSubmodules;
  }

  public List<GitRepositoryInclude> getInclude() {
    return include;
  }

  public void setInclude(List<GitRepositoryInclude> include) {
    this.include = include == null ? new ArrayList<>() : include;
  }

  public List<String> getSparseCheckout() {
    return sparseCheckout;
  }

  public void setSparseCheckout(List<String> sparseCheckout) {
    this.sparseCheckout = sparseCheckout == null ? new ArrayList<>() : sparseCheckout;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GitRepositorySpec other
        && Objects.equals(url, other.url)
        && Objects.equals(secretRef, other.secretRef)
        && Objects.equals(provider, other.provider)
        && Objects.equals(serviceAccountName, other.serviceAccountName)
        && Objects.equals(interval, other.interval)
        && Objects.equals(timeout, other.timeout)
        && Objects.equals(ref, other.ref)
        && Objects.equals(verify, other.verify)
        && Objects.equals(proxySecretRef, other.proxySecretRef)
        && Objects.equals(ignore, other.ignore)
        && suspend == other.suspend
        && recurseSubmodules == other.recurseSubmodules
        && Objects.equals(include, other.include)
        && Objects.equals(sparseCheckout, other.sparseCheckout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        url,
        secretRef,
        provider,
        serviceAccountName,
        interval,
        timeout,
        ref,
        verify,
        proxySecretRef,
        ignore,
        suspend,
        recurseSubmodules,
        include,
        sparseCheckout);
  }
}
