package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A client whose requests are recorded, to count the writes an operation makes: every POST, PUT,
 * PATCH or DELETE that is not a server-side dry-run.
 */
final class WriteCounter implements Interceptor {

  private final List<String> writes = new CopyOnWriteArrayList<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();

  static KubernetesClient client(Path kubeconfig, WriteCounter counter) {
    try {
      Config config = Config.fromKubeconfig(Files.readString(kubeconfig));
      return new KubernetesClientBuilder()
          .withConfig(config)
          .withHttpClientBuilderConsumer(b -> b.addOrReplaceInterceptor("write-counter", counter))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
    String line = request.method() + " " + request.uri();
    requests.add(line);
    boolean dryRun = String.valueOf(request.uri().getQuery()).contains("dryRun=All");
    if (!request.method().equals("GET") && !dryRun) {
      writes.add(line);
    }
  }

  List<String> writes() {
    return List.copyOf(writes);
  }

  List<String> requests() {
    return List.copyOf(requests);
  }

  void reset() {
    writes.clear();
    requests.clear();
  }
}
