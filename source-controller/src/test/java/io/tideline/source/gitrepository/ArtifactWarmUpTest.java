package io.tideline.source.gitrepository;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArtifactWarmUpTest {

  @Test
  void buildsTheSameDeterministicArtifactEveryTime() throws Exception {
    String first = ArtifactWarmUp.run();

    assertThat(first).matches("sha256:[0-9a-f]{64}");
    assertThat(ArtifactWarmUp.run()).isEqualTo(first);
  }
}
