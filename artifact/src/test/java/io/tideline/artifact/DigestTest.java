package io.tideline.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DigestTest {

  private static final String HELLO_SHA256 =
      "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

  @Test
  void computesAndFormatsLikeFlux() throws IOException {
    Digest digest =
        Digest.of("sha256", new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)));

    assertThat(digest).hasToString("sha256:" + HELLO_SHA256);
    assertThat(Digest.parse("sha256:" + HELLO_SHA256.toUpperCase())).isEqualTo(digest);
    assertThat(Digest.parse(HELLO_SHA256)).isEqualTo(digest);
  }

  @Test
  void rejectsUnknownAlgorithmsAndBadHex() {
    assertThatThrownBy(() -> Digest.parse("md5:abcd")).hasMessageContaining("unsupported");
    assertThatThrownBy(() -> Digest.parse("sha256:zz")).hasMessageContaining("not a hex");
    assertThatThrownBy(() -> Digest.parse("sha256:abcd")).hasMessageContaining("expected 64");
  }
}
