package io.tideline.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecretRedactorTest {

  record Case(String input, String expected) {}

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "failed to clone 'https://user:s3cr3t@github.com/org/repo.git': 401",
            "failed to clone 'https://***@github.com/org/repo.git': 401"),
        new Case("https://ghp_abcdef@github.com/org/repo", "https://***@github.com/org/repo"),
        new Case("ssh://git@github.com:22/org/repo", "ssh://***@github.com:22/org/repo"),
        new Case(
            "GET https://bucket.s3.amazonaws.com/x?X-Amz-Signature=deadbeef&X-Amz-Date=1 failed",
            "GET https://bucket.s3.amazonaws.com/x?X-Amz-Signature=***&X-Amz-Date=1 failed"),
        new Case("https://h/hook?token=abc123", "https://h/hook?token=***"),
        new Case("https://h/p?a=1&access_token=xyz#f", "https://h/p?a=1&access_token=***#f"),
        new Case("no url here, user@example.com", "no url here, user@example.com"),
        new Case("two: http://a:b@x/ and https://c:d@y/", "two: http://***@x/ and https://***@y/"),
        new Case("https://github.com/org/repo", "https://github.com/org/repo"),
        new Case("", ""),
        new Case(null, null));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void redactsCredentials(Case tc) {
    assertThat(SecretRedactor.redact(tc.input())).isEqualTo(tc.expected());
  }
}
