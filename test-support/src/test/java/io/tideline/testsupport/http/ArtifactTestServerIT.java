package io.tideline.testsupport.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tideline.artifact.ArtifactFetcher;
import io.tideline.artifact.ArtifactNotFoundException;
import io.tideline.artifact.FetchOptions;
import io.tideline.artifact.StoredArtifact;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactTestServerIT {

  @TempDir Path tmp;

  @Test
  void publishedArtifactsDownloadVerifiedWithRetries() throws Exception {
    try (ArtifactTestServer server = ArtifactTestServer.start(tmp.resolve("storage"))) {
      StoredArtifact artifact =
          server.publishFiles(
              "GitRepository",
              "flux-system",
              "podinfo",
              "main@sha1:0123456789abcdef0123456789abcdef01234567",
              Map.of("kustomization.yaml", "resources: []\n"));
      assertThat(artifact.url())
          .isEqualTo(
              "http://"
                  + server.address()
                  + "/gitrepository/flux-system/podinfo/0123456789abcdef0123456789abcdef01234567.tar.gz");

      ArtifactFetcher fetcher =
          new ArtifactFetcher(
              HttpClient.newHttpClient(),
              tmp.resolve("cache"),
              FetchOptions.defaults().withRetries(2, Duration.ofMillis(10), Duration.ofMillis(20)));
      server.failNext(2, 503);
      fetcher.fetch(artifact.url(), artifact.digest().toString(), tmp.resolve("work"));
      assertThat(tmp.resolve("work/kustomization.yaml")).hasContent("resources: []");
      assertThat(server.requestCount()).isEqualTo(3);

      server.failNext(1, 404);
      String uncachedDigest = "sha256:" + "1".repeat(64);
      assertThatThrownBy(() -> fetcher.download(artifact.url(), uncachedDigest))
          .isInstanceOf(ArtifactNotFoundException.class);
    }
  }
}
