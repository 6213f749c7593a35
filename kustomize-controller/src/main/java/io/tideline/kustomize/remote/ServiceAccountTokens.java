package io.tideline.kustomize.remote;

import io.fabric8.kubernetes.api.model.authentication.TokenRequest;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.OAuthTokenProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Bearer tokens of one ServiceAccount of the controller's cluster, from the TokenRequest API with
 * the given audiences; a token is reused until 80% of its lifetime has passed, so a long health
 * check never runs with an expired one.
 */
final class ServiceAccountTokens implements OAuthTokenProvider {

  private final KubernetesClient client;
  private final String namespace;
  private final String name;
  private final List<String> audiences;
  private String token;
  private Instant renewAt = Instant.MIN;

  ServiceAccountTokens(
      KubernetesClient client, String namespace, String name, List<String> audiences) {
    this.client = client;
    this.namespace = namespace;
    this.name = name;
    this.audiences = List.copyOf(audiences);
  }

  /** Issues the first token now, so a refusal shows up as the reconcile's error. */
  void issue() throws KubeConfigException {
    try {
      getToken();
    } catch (KubernetesClientException e) {
      throw new KubeConfigException(e.getMessage());
    }
  }

  @Override
  public synchronized String getToken() {
    Instant now = Instant.now();
    if (token != null && now.isBefore(renewAt)) {
      return token;
    }
    TokenRequest issued;
    try {
      issued =
          client
              .serviceAccounts()
              .inNamespace(namespace)
              .withName(name)
              .tokenRequest(
                  new TokenRequestBuilder()
                      .withNewSpec()
                      .withAudiences(audiences)
                      .endSpec()
                      .build());
    } catch (KubernetesClientException e) {
      String reason = KubeConfigException.reason(e);
      throw new KubernetesClientException(
          "failed to create kubernetes token for service account '"
              + namespace
              + "/"
              + name
              + "': "
              + reason);
    }
    token = issued.getStatus().getToken();
    Instant expires = Instant.parse(issued.getStatus().getExpirationTimestamp());
    Duration lifetime = Duration.between(now, expires);
    renewAt = now.plus(lifetime.multipliedBy(4).dividedBy(5));
    return token;
  }
}
