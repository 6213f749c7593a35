package io.tideline.kustomize.remote;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code kubeConfig.configMapRef}: a ConfigMap ({@code provider}, {@code address}, {@code ca.crt},
 * {@code audiences}, {@code serviceAccountName}) describing a connection authenticated by workload
 * identity. Provider {@code generic} is supported: a token of the ServiceAccount ({@code
 * serviceAccountName}, else {@code --default-kubeconfig-service-account}) of the object's
 * namespace, issued by the TokenRequest API with {@code audiences} (default: the address), sent to
 * {@code address} which must trust the controller cluster's ServiceAccount issuer. The cloud
 * providers (aws, azure, gcp) need cloud credentials and are refused with a clear message.
 */
final class ProviderKubeConfig {

  private static final Set<String> CLOUD_PROVIDERS = Set.of("aws", "azure", "gcp");

  private final KubernetesClient client;
  private final KubeConfigPolicy policy;

  ProviderKubeConfig(KubernetesClient client, KubeConfigPolicy policy) {
    this.client = client;
    this.policy = policy;
  }

  RemoteKubeConfig resolve(String namespace, String name) throws KubeConfigException {
    String ref = namespace + "/" + name;
    Map<String, String> data = read(namespace, name, ref);
    String provider = data.getOrDefault("provider", "");
    String source = "KubeConfig configmap '" + ref + "'";
    if (CLOUD_PROVIDERS.contains(provider)) {
      throw new KubeConfigException(
          source
              + ": provider '"
              + provider
              + "' is not supported by this controller (it has no cloud credentials); only"
              + " provider 'generic' can be used");
    }
    if (!provider.equals("generic")) {
      throw new KubeConfigException(source + ": provider '" + provider + "' not implemented");
    }
    String address = address(source, data.getOrDefault("address", ""));
    String ca = data.getOrDefault("ca.crt", "");
    List<String> audiences =
        data.getOrDefault("audiences", "")
            .lines()
            .map(String::trim)
            .filter(a -> !a.isEmpty())
            .toList();
    if (audiences.isEmpty()) {
      audiences = List.of(address);
    }
    String serviceAccount = data.getOrDefault("serviceAccountName", "");
    if (serviceAccount.isEmpty()) {
      serviceAccount = policy.defaultServiceAccount();
    }
    if (serviceAccount.isEmpty()) {
      throw new KubeConfigException(
          source
              + ": provider 'generic' needs serviceAccountName (or"
              + " --default-kubeconfig-service-account); this controller cannot use its own"
              + " identity for a remote cluster");
    }
    if (!policy.objectLevelWorkloadIdentity()) {
      throw new KubeConfigException(
          source
              + ": using service account '"
              + serviceAccount
              + "' requires the ObjectLevelWorkloadIdentity feature gate, which is not enabled");
    }
    ServiceAccountTokens tokens =
        new ServiceAccountTokens(client, namespace, serviceAccount, audiences);
    String digest =
        RemoteKubeConfig.sha256(
            String.join(
                "\n",
                provider,
                address,
                ca,
                String.join(",", audiences),
                namespace + "/" + serviceAccount));
    return new RemoteKubeConfig(
        source,
        digest,
        () -> {
          tokens.issue();
          Config config = Config.empty();
          config.setMasterUrl(address);
          if (!ca.isEmpty()) {
            config.setCaCertData(
                Base64.getEncoder().encodeToString(ca.getBytes(StandardCharsets.UTF_8)));
          }
          config.setOauthTokenProvider(tokens);
          return KubeConfigLoader.withTimeouts(config);
        });
  }

  private Map<String, String> read(String namespace, String name, String ref)
      throws KubeConfigException {
    ConfigMap map;
    try {
      map = client.configMaps().inNamespace(namespace).withName(name).get();
    } catch (KubernetesClientException e) {
      String reason = KubeConfigException.reason(e);
      throw new KubeConfigException("failed to get configmap " + ref + ": " + reason);
    }
    if (map == null) {
      throw new KubeConfigException(
          "failed to get configmap " + ref + ": configmaps \"" + name + "\" not found");
    }
    return map.getData() == null ? Map.of() : map.getData();
  }

  /** Flux's canonical form {@code https://<lowercase host>:<port>}. */
  static String address(String source, String address) throws KubeConfigException {
    if (address.isEmpty()) {
      throw new KubeConfigException(
          source + ": cluster address is required to create a REST config");
    }
    String withScheme = address.startsWith("http") ? address : "https://" + address;
    URI uri;
    try {
      uri = new URI(withScheme);
    } catch (URISyntaxException e) {
      throw new KubeConfigException(
          source + ": failed to parse Kubernetes API server address '" + address + "'");
    }
    if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new KubeConfigException(
          source + ": the Kubernetes API server address '" + address + "' must use https scheme");
    }
    int port = uri.getPort() < 0 ? 443 : uri.getPort();
    return "https://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }
}
