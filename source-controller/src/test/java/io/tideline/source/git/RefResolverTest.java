package io.tideline.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RefResolverTest {

  static final String A = "a".repeat(40);
  static final String B = "b".repeat(40);
  static final String C = "c".repeat(40);
  static final String D = "d".repeat(40);

  static final Map<String, String> REFS =
      Map.of(
          "refs/heads/master", A,
          "refs/heads/main", B,
          "refs/tags/v0.1.0", A,
          "refs/tags/v0.2.0", B,
          "refs/tags/0.2.1-rc.1", C,
          "refs/tags/v1.0", D,
          "refs/tags/not-a-version", C,
          "refs/pull/420/head", C);

  record Case(GitReference ref, String revision) {}

  static Stream<Case> cases() {
    return Stream.of(
        new Case(new GitReference(null, null, null, null, null), "master@sha1:" + A),
        new Case(GitReference.branch("main"), "main@sha1:" + B),
        new Case(GitReference.tag("v0.2.0"), "v0.2.0@sha1:" + B),
        new Case(GitReference.semver("*"), "v1.0@sha1:" + D),
        new Case(GitReference.semver("<0.2.1"), "v0.2.0@sha1:" + B),
        new Case(GitReference.semver(">=0.1.0, <0.2.0"), "v0.1.0@sha1:" + A),
        new Case(GitReference.semver("0.2.1-rc.1"), "0.2.1-rc.1@sha1:" + C),
        new Case(GitReference.name("refs/pull/420/head"), "refs/pull/420/head@sha1:" + C),
        new Case(GitReference.commit(C), "sha1:" + C),
        new Case(new GitReference("main", "v0.1.0", "*", null, C), "main@sha1:" + C),
        new Case(new GitReference("main", "v0.1.0", null, null, null), "v0.1.0@sha1:" + A));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void resolvesWithFluxPrecedenceAndRevisionFormat(Case c) throws Exception {
    assertThat(RefResolver.resolve(c.ref(), REFS, "https://example.invalid/repo").toString())
        .isEqualTo(c.revision());
  }

  @Test
  void namesWhatIsMissing() {
    assertThatThrownBy(
            () -> RefResolver.resolve(GitReference.tag("v9"), REFS, "https://example.invalid/repo"))
        .hasMessage(
            "unable to clone 'https://example.invalid/repo': couldn't find remote ref 'refs/tags/v9'");
    assertThatThrownBy(
            () -> RefResolver.resolve(GitReference.semver(">5.0.0"), REFS, "https://x.invalid/r"))
        .hasMessageContaining("no match found for semver: >5.0.0");
  }

  @Test
  void revisionParsesAndPrints() {
    assertThat(GitRevision.parse("refs/pull/1/head@sha1:" + A))
        .isEqualTo(new GitRevision("refs/pull/1/head", A));
    assertThat(GitRevision.parse("sha1:" + A)).isEqualTo(new GitRevision(null, A));
    assertThat(GitRevision.parse("")).isNull();
    assertThat(new GitRevision("main", A.toUpperCase()).toString()).isEqualTo("main@sha1:" + A);
    assertThatThrownBy(() -> new GitRevision("main", "abc"))
        .hasMessageContaining("not a full commit hash");
  }

  @Test
  void redactsUserInfoFromUrls() {
    assertThat(GitClient.redact("https://user:secret@example.invalid/repo.git"))
        .doesNotContain("secret");
    assertThat(GitClient.redact("https://example.invalid/repo.git"))
        .isEqualTo("https://example.invalid/repo.git");
  }
}
