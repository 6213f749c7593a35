package io.tideline.kustomize.kustomization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code --sops-age-secret} is used only with a name and a controller namespace, as in Flux. */
class SopsAgeSecretTest {

  @Test
  void needsBothTheFlagAndTheControllerNamespace() {
    assertThat(SopsAgeSecret.of(Optional.of("sops-age"), "flux-system"))
        .contains(new SopsAgeSecret("flux-system", "sops-age"));
    assertThat(SopsAgeSecret.of(Optional.of(" sops-age "), "flux-system").map(Object::toString))
        .contains("flux-system/sops-age");
    assertThat(SopsAgeSecret.of(Optional.empty(), "flux-system")).isEmpty();
    assertThat(SopsAgeSecret.of(Optional.of(""), "flux-system")).isEmpty();
    assertThat(SopsAgeSecret.of(Optional.of("sops-age"), null)).isEmpty();
    assertThat(SopsAgeSecret.of(Optional.of("sops-age"), "")).isEmpty();
  }
}
