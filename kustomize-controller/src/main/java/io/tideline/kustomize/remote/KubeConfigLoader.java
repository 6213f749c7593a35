package io.tideline.kustomize.remote;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.AuthInfo;
import io.fabric8.kubernetes.api.model.Cluster;
import io.fabric8.kubernetes.api.model.Context;
import io.fabric8.kubernetes.api.model.NamedAuthInfo;
import io.fabric8.kubernetes.api.model.NamedCluster;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a user-supplied kubeconfig into a client configuration for the remote cluster, after
 * checking that its current context is complete and only uses what the controller allows: exec
 * credential plugins and auth providers only with {@code --insecure-kubeconfig-exec}, {@code
 * insecure-skip-tls-verify} only with {@code --insecure-kubeconfig-tls}, and never a file path
 * (token, certificate, key or CA file), which would read the controller's own filesystem. Messages
 * name the source, the context/cluster/user and the reason, never a credential.
 */
public final class KubeConfigLoader {

  /** Flux's client timeout for remote clusters. */
  private static final int REQUEST_TIMEOUT_MILLIS = 30_000;

  private static final int CONNECTION_TIMEOUT_MILLIS = 10_000;

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final KubeConfigPolicy policy;

  public KubeConfigLoader(KubeConfigPolicy policy) {
    this.policy = policy;
  }

  /**
   * Validates and loads {@code kubeconfig}.
   *
   * @param source how to name where it came from, e.g. {@code KubeConfig secret 'ns/name' key
   *     'value'}
   */
  public Config load(String source, String kubeconfig) throws KubeConfigException {
    io.fabric8.kubernetes.api.model.Config parsed = parse(source, kubeconfig);
    String contextName = parsed.getCurrentContext();
    if (contextName == null || contextName.isEmpty()) {
      throw new KubeConfigException(source + " is not a usable kubeconfig: no current-context");
    }
    Context context =
        find(parsed.getContexts(), NamedContext::getName, contextName)
            .map(NamedContext::getContext)
            .orElseThrow(
                () ->
                    new KubeConfigException(
                        source
                            + " is not a usable kubeconfig: current-context '"
                            + contextName
                            + "' is not defined"));
    checkCluster(source, parsed, contextName, context.getCluster());
    if (context.getUser() != null && !context.getUser().isEmpty()) {
      checkUser(source, parsed, contextName, context.getUser());
    }
    Config config;
    try {
      config = Config.fromKubeconfig(kubeconfig);
    } catch (RuntimeException e) {
      throw new KubeConfigException(source + " is not a usable kubeconfig: the client rejected it");
    }
    return withTimeouts(config);
  }

  /** {@code config} with the request and connection timeouts of every remote client. */
  static Config withTimeouts(Config config) {
    config.setRequestTimeout(REQUEST_TIMEOUT_MILLIS);
    config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
    return config;
  }

  private static io.fabric8.kubernetes.api.model.Config parse(String source, String kubeconfig)
      throws KubeConfigException {
    io.fabric8.kubernetes.api.model.Config parsed;
    try {
      parsed = YAML.readValue(kubeconfig, io.fabric8.kubernetes.api.model.Config.class);
    } catch (JsonProcessingException e) {
      // The parser's own message may quote the document, so only its position is reported.
      JsonLocation at = e.getLocation();
      throw new KubeConfigException(
          source
              + " is not a valid kubeconfig"
              + (at == null
                  ? ""
                  : ": YAML error at line " + at.getLineNr() + ", column " + at.getColumnNr()));
    }
    if (parsed == null) {
      throw new KubeConfigException(source + " is not a valid kubeconfig: it is empty");
    }
    return parsed;
  }

  private void checkCluster(
      String source,
      io.fabric8.kubernetes.api.model.Config parsed,
      String contextName,
      String clusterName)
      throws KubeConfigException {
    Cluster cluster =
        find(parsed.getClusters(), NamedCluster::getName, clusterName)
            .map(NamedCluster::getCluster)
            .orElseThrow(
                () ->
                    new KubeConfigException(
                        source
                            + " is not a usable kubeconfig: cluster '"
                            + clusterName
                            + "' of context '"
                            + contextName
                            + "' is not defined"));
    String where = source + ": cluster '" + clusterName + "'";
    String server = cluster.getServer();
    if (server == null || !(server.startsWith("https://") || server.startsWith("http://"))) {
      throw new KubeConfigException(where + " has no http(s) server address");
    }
    refuseFile(
        where,
        "certificate-authority",
        cluster.getCertificateAuthority(),
        "certificate-authority-data");
    if (Boolean.TRUE.equals(cluster.getInsecureSkipTlsVerify()) && !policy.allowInsecureTls()) {
      throw new KubeConfigException(
          where
              + " sets insecure-skip-tls-verify: true, which is refused unless the controller"
              + " runs with --insecure-kubeconfig-tls");
    }
  }

  private void checkUser(
      String source,
      io.fabric8.kubernetes.api.model.Config parsed,
      String contextName,
      String userName)
      throws KubeConfigException {
    AuthInfo user =
        find(parsed.getUsers(), NamedAuthInfo::getName, userName)
            .map(NamedAuthInfo::getUser)
            .orElseThrow(
                () ->
                    new KubeConfigException(
                        source
                            + " is not a usable kubeconfig: user '"
                            + userName
                            + "' of context '"
                            + contextName
                            + "' is not defined"));
    String where = source + ": user '" + userName + "'";
    if (user.getExec() != null && !policy.allowExec()) {
      throw new KubeConfigException(
          where
              + " uses an exec credential plugin (user.exec), which is refused unless the"
              + " controller runs with --insecure-kubeconfig-exec");
    }
    if (user.getAuthProvider() != null && !policy.allowExec()) {
      throw new KubeConfigException(
          where
              + " uses an auth-provider (user.auth-provider), which is refused unless the"
              + " controller runs with --insecure-kubeconfig-exec");
    }
    refuseFile(where, "tokenFile", user.getTokenFile(), "token");
    refuseFile(where, "client-certificate", user.getClientCertificate(), "client-certificate-data");
    refuseFile(where, "client-key", user.getClientKey(), "client-key-data");
  }

  private static void refuseFile(String where, String field, String value, String embedAs)
      throws KubeConfigException {
    if (present(value)) {
      throw new KubeConfigException(
          where + " reads " + field + " from the controller's filesystem; embed it as " + embedAs);
    }
  }

  private static <T> Optional<T> find(List<T> items, Function<T, String> name, String wanted) {
    return items == null
        ? Optional.empty()
        : items.stream().filter(i -> wanted.equals(name.apply(i))).findFirst();
  }

  private static boolean present(String value) {
    return value != null && !value.isEmpty();
  }
}
