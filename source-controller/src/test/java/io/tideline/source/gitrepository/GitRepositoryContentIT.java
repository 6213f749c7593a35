package io.tideline.source.gitrepository;

import static io.tideline.source.gitrepository.GitRepositoryArtifactIT.condition;
import static io.tideline.source.gitrepository.ReconcilerHarness.branch;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.api.meta.LocalObjectReference;
import io.tideline.api.source.v1.GitRepository;
import io.tideline.api.source.v1.GitRepositoryInclude;
import io.tideline.api.source.v1.GitRepositoryRef;
import io.tideline.api.source.v1.GitRepositoryVerification;
import io.tideline.api.source.v1.GitVerificationMode;
import io.tideline.artifact.RetentionPolicy;
import io.tideline.testsupport.git.GitHttpServer;
import io.tideline.testsupport.git.GitTree;
import io.tideline.testsupport.git.PgpSigningKey;
import io.tideline.testsupport.git.TestRepo;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes into the artifact: refs, ignore rules, sparse checkout, submodules, includes,
 * signatures.
 */
@KubeApiServerTest
class GitRepositoryContentIT {

  @TempDir Path tmp;

  @Test
  void everyRefKindThroughTheReconciler(KubernetesClient client, TestNamespace ns)
      throws Exception {
    try (GitHttpServer git = GitHttpServer.start(tmp.resolve("git"));
        TestRepo repo = TestRepo.createBare(tmp.resolve("git/app.git"));
        ReconcilerHarness h =
            new ReconcilerHarness(client, tmp.resolve("storage"), RetentionPolicy.DEFAULT)) {
      ObjectId c1 = repo.commitFiles("master", "one", Map.of("f", "1"));
      repo.annotatedTag("v1.0.0", c1.name(), "v1");
      ObjectId c2 = repo.commitFiles("master", "two", Map.of("f", "2"));
      repo.lightweightTag("v1.1.0", c2.name());
      Map<String, GitRepositoryRef> refs = new java.util.LinkedHashMap<>();
      refs.put("master@sha1:" + c2.name(), null);
      refs.put("v1.0.0@sha1:" + c1.name(), ref(null, "v1.0.0", null, null, null));
      refs.put("v1.1.0@sha1:" + c2.name(), ref(null, null, "~1.0 || ^1.1", null, null));
      refs.put(
          "refs/heads/master@sha1:" + c2.name(), ref(null, null, null, "refs/heads/master", null));
      refs.put("sha1:" + c1.name(), ref(null, null, null, null, c1.name()));
      refs.put("master@sha1:" + c1.name(), ref("master", null, null, null, c1.name()));
      int i = 0;
      for (var e : refs.entrySet()) {
        String name = "ref" + i++;
        h.create(ns.name(), name, git.repoUrl("app.git"), e.getValue());
        h.reconcile(ns.name(), name);
        GitRepository obj = h.getConformant(ns.name(), name);
        assertThat(obj.getStatus().getArtifact())
            .as(name + " " + obj.getStatus().getConditions())
            .isNotNull();
        assertThat(obj.getStatus().getArtifact().getRevision()).as(name).isEqualTo(e.getKey());
      }
    }
  }

  @Test
  void ignoreRulesAndConfigChangeRebuild(KubernetesClient client, TestNamespace ns)
      throws Exception {
    try (GitHttpServer git = GitHttpServer.start(tmp.resolve("git"));
        TestRepo repo = TestRepo.createBare(tmp.resolve("git/app.git"));
        ReconcilerHarness h =
            new ReconcilerHarness(client, tmp.resolve("storage"), RetentionPolicy.DEFAULT)) {
      repo.commitFiles(
          "main",
          "tree",
          Map.of(
              "deploy/app.yaml",
              "a",
              "deploy/logo.png",
              "png",
              ".github/workflows/ci.yml",
              "ci",
              "docs/README.md",
              "doc",
              "secrets/.sourceignore",
              "*.enc\n",
              "secrets/db.enc",
              "x",
              "secrets/db.yaml",
              "y"));
      h.create(ns.name(), "app", git.repoUrl("app.git"), branch("main"));
      h.reconcile(ns.name(), "app");
      GitRepository obj = h.getConformant(ns.name(), "app");
      assertThat(ReconcilerHarness.entries(obj.getStatus().getArtifact().getUrl()))
          .containsExactlyInAnyOrder(
              "deploy/app.yaml",
              "deploy/logo.png",
              ".github/workflows/ci.yml",
              "docs/README.md",
              "secrets/.sourceignore",
              "secrets/db.yaml");
      String before = obj.getStatus().getArtifact().getDigest();

      h.edit(ns.name(), "app", s -> s.setIgnore("/docs/\n*.png\n"));
      h.reconcile(ns.name(), "app");
      obj = h.getConformant(ns.name(), "app");
      assertThat(obj.getStatus().getObservedIgnore()).isEqualTo("/docs/\n*.png\n");
      assertThat(obj.getStatus().getArtifact().getDigest()).isNotEqualTo(before);
      assertThat(ReconcilerHarness.entries(obj.getStatus().getArtifact().getUrl()))
          .containsExactlyInAnyOrder(
              ".github/workflows/ci.yml",
              "deploy/app.yaml",
              "secrets/.sourceignore",
              "secrets/db.yaml");

      h.edit(
          ns.name(),
          "app",
          s -> {
            s.setIgnore(null);
            s.setSparseCheckout(List.of("deploy"));
          });
      h.reconcile(ns.name(), "app");
      obj = h.getConformant(ns.name(), "app");
      assertThat(obj.getStatus().getObservedSparseCheckout()).containsExactly("deploy");
      assertThat(ReconcilerHarness.entries(obj.getStatus().getArtifact().getUrl()))
          .containsExactly("deploy/app.yaml");

      h.edit(ns.name(), "app", s -> s.setSparseCheckout(List.of("missing")));
      h.reconcile(ns.name(), "app");
      obj = h.getConformant(ns.name(), "app");
      assertThat(condition(obj, "FetchFailed").getMessage())
          .contains("sparse checkout dir 'missing' does not exist in repository");
    }
  }

  /**
   * Flux's archiver keeps only regular files and directories: a link inside the tree, a link to a
   * folder and links pointing outside are all left out, from the object database and from a work
   * tree written for includes alike.
   */
  @Test
  void symbolicLinksAreLeftOutOfTheArtifact(KubernetesClient client, TestNamespace ns)
      throws Exception {
    try (GitHttpServer git = GitHttpServer.start(tmp.resolve("git"));
        TestRepo repo = TestRepo.createBare(tmp.resolve("git/app.git"));
        ReconcilerHarness h =
            new ReconcilerHarness(client, tmp.resolve("storage"), RetentionPolicy.DEFAULT)) {
      repo.commit(
          "main",
          "links",
          GitTree.empty()
              .file("README.md", "# app\n")
              .file("deploy/app.yaml", "kind: ConfigMap\n")
              .symlink("deploy/current.yaml", "app.yaml")
              .symlink("config", "deploy")
              .symlink("deploy/passwd", "../../../../../../etc/passwd")
              .symlink("hosts", "/etc/hosts"));
      h.create(ns.name(), "app", git.repoUrl("app.git"), branch("main"));
      h.reconcile(ns.name(), "app");
      GitRepository app = h.getConformant(ns.name(), "app");
      assertThat(ReconcilerHarness.entries(app.getStatus().getArtifact().getUrl()))
          .containsExactlyInAnyOrder("README.md", "deploy/app.yaml");

      h.create(ns.name(), "with-include", git.repoUrl("app.git"), branch("main"));
      GitRepositoryInclude include = new GitRepositoryInclude();
      include.setRepository(LocalObjectReference.of("app"));
      include.setToPath("vendored");
      h.edit(ns.name(), "with-include", s -> s.setInclude(List.of(include)));
      h.reconcile(ns.name(), "with-include");
      GitRepository withInclude = h.getConformant(ns.name(), "with-include");
      assertThat(ReconcilerHarness.entries(withInclude.getStatus().getArtifact().getUrl()))
          .containsExactlyInAnyOrder(
              "README.md", "deploy/app.yaml", "vendored/README.md", "vendored/deploy/app.yaml");
    }
  }

  @Test
  void submodulesAndIncludes(KubernetesClient client, TestNamespace ns) throws Exception {
    try (GitHttpServer git = GitHttpServer.start(tmp.resolve("git"));
        TestRepo lib = TestRepo.createBare(tmp.resolve("git/lib.git"));
        TestRepo app = TestRepo.createBare(tmp.resolve("git/app.git"));
        ReconcilerHarness h =
            new ReconcilerHarness(client, tmp.resolve("storage"), RetentionPolicy.DEFAULT)) {
      ObjectId libCommit =
          lib.commitFiles("main", "lib", Map.of("base/cm.yaml", "cm", "other/x.yaml", "x"));
      app.commit(
          "main",
          "app",
          GitTree.of(Map.of("app.yaml", "app"))
              .submodule("vendor/lib", git.repoUrl("lib.git"), libCommit));

      h.create(ns.name(), "with-submodules", git.repoUrl("app.git"), branch("main"));
      h.edit(ns.name(), "with-submodules", s -> s.setRecurseSubmodules(true));
      h.reconcile(ns.name(), "with-submodules");
      GitRepository obj = h.getConformant(ns.name(), "with-submodules");
      assertThat(obj.getStatus().isObservedRecurseSubmodules()).isTrue();
      assertThat(ReconcilerHarness.entries(obj.getStatus().getArtifact().getUrl()))
          .contains("app.yaml", "vendor/lib/base/cm.yaml");

      h.create(ns.name(), "including", git.repoUrl("app.git"), branch("main"));
      GitRepositoryInclude include = new GitRepositoryInclude();
      include.setRepository(LocalObjectReference.of("lib"));
      include.setFromPath("base");
      include.setToPath("config/base");
      h.edit(ns.name(), "including", s -> s.setInclude(List.of(include)));
      h.reconcile(ns.name(), "including");
      obj = h.getConformant(ns.name(), "including");
      assertThat(condition(obj, "IncludeUnavailable").getReason()).isEqualTo("NotFound");
      assertThat(condition(obj, "Ready").getStatus()).isEqualTo(ConditionStatus.False);

      h.create(ns.name(), "lib", git.repoUrl("lib.git"), branch("main"));
      h.reconcile(ns.name(), "lib");
      h.reconcile(ns.name(), "including");
      obj = h.getConformant(ns.name(), "including");
      assertThat(condition(obj, "Ready").getStatus()).isEqualTo(ConditionStatus.True);
      assertThat(obj.getStatus().getIncludedArtifacts()).hasSize(1);
      assertThat(ReconcilerHarness.entries(obj.getStatus().getArtifact().getUrl()))
          .containsExactlyInAnyOrder("app.yaml", "config/base/cm.yaml");
      String digest = obj.getStatus().getArtifact().getDigest();

      lib.commitFiles("main", "lib2", Map.of("base/cm.yaml", "cm2"));
      h.reconcile(ns.name(), "lib");
      h.reconcile(ns.name(), "including");
      obj = h.getConformant(ns.name(), "including");
      assertThat(obj.getStatus().getArtifact().getDigest()).isNotEqualTo(digest);
      assertThat(obj.getStatus().getIncludedArtifacts().get(0).getRevision())
          .isEqualTo("main@sha1:" + lib.resolve("main").name());
    }
  }

  @Test
  void signatureVerification(KubernetesClient client, TestNamespace ns) throws Exception {
    PgpSigningKey trusted = PgpSigningKey.generate("Trusted <t@example.invalid>");
    PgpSigningKey stranger = PgpSigningKey.generate("Stranger <s@example.invalid>");
    try (GitHttpServer git = GitHttpServer.start(tmp.resolve("git"));
        TestRepo repo = TestRepo.createBare(tmp.resolve("git/app.git"));
        ReconcilerHarness h =
            new ReconcilerHarness(client, tmp.resolve("storage"), RetentionPolicy.DEFAULT)) {
      ObjectId signed = repo.commit("main", "signed", GitTree.of(Map.of("a", "1")), trusted);
      repo.annotatedTag("v1.0.0", signed.name(), "signed", trusted);
      h.secret(ns.name(), "keys", Map.of("trusted.asc", trusted.armoredPublicKey()));

      h.create(ns.name(), "good", git.repoUrl("app.git"), ref(null, "v1.0.0", null, null, null));
      h.edit(ns.name(), "good", s -> s.setVerify(verification(GitVerificationMode.TAG_AND_HEAD)));
      h.reconcile(ns.name(), "good");
      GitRepository obj = h.getConformant(ns.name(), "good");
      assertThat(condition(obj, "SourceVerified").getStatus()).isEqualTo(ConditionStatus.True);
      assertThat(condition(obj, "SourceVerified").getMessage())
          .startsWith(
              "verified signature of\n\t- tag 'v1.0.0@sha1:" + signed.name() + "' with key '")
          .contains("\n\t- commit '" + signed.name() + "' with key '");
      assertThat(obj.getStatus().getSourceVerificationMode())
          .isEqualTo(GitVerificationMode.TAG_AND_HEAD);
      assertThat(condition(obj, "Ready").getStatus()).isEqualTo(ConditionStatus.True);

      h.edit(ns.name(), "good", s -> s.setVerify(verification(GitVerificationMode.HEAD)));
      h.reconcile(ns.name(), "good");
      obj = h.getConformant(ns.name(), "good");
      assertThat(obj.getStatus().getSourceVerificationMode()).isEqualTo(GitVerificationMode.HEAD);
      assertThat(condition(obj, "SourceVerified").getMessage())
          .startsWith("verified signature of\n\t- commit '" + signed.name() + "'");

      h.edit(ns.name(), "good", s -> s.setVerify(null));
      h.reconcile(ns.name(), "good");
      obj = h.getConformant(ns.name(), "good");
      assertThat(obj.getStatus().getSourceVerificationMode()).isNull();
      assertThat(obj.getStatus().getConditions())
          .noneMatch(c -> c.getType().equals("SourceVerified"));

      repo.commit("main", "by a stranger", GitTree.of(Map.of("a", "2")), stranger);
      h.create(ns.name(), "bad", git.repoUrl("app.git"), branch("main"));
      h.edit(ns.name(), "bad", s -> s.setVerify(verification(GitVerificationMode.HEAD)));
      h.reconcile(ns.name(), "bad");
      obj = h.getConformant(ns.name(), "bad");
      assertThat(condition(obj, "SourceVerified").getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(condition(obj, "SourceVerified").getReason()).isEqualTo("InvalidCommitSignature");
      assertThat(condition(obj, "Ready").getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(obj.getStatus().getArtifact()).isNull();
    }
  }

  @Test
  void suspendedObjectsAreLeftAlone(KubernetesClient client, TestNamespace ns) throws Exception {
    try (ReconcilerHarness h =
        new ReconcilerHarness(client, tmp.resolve("storage"), RetentionPolicy.DEFAULT)) {
      h.create(ns.name(), "sleepy", "https://127.0.0.1:1/none.git", branch("main"));
      h.edit(ns.name(), "sleepy", s -> s.setSuspend(true));
      assertThat(h.reconcile(ns.name(), "sleepy").requeueAfter()).isEmpty();
      GitRepository obj = h.getConformant(ns.name(), "sleepy");
      assertThat(obj.getStatus().getConditions()).isEmpty();
    }
  }

  static GitRepositoryVerification verification(GitVerificationMode mode) {
    GitRepositoryVerification v = new GitRepositoryVerification();
    v.setMode(mode);
    v.setSecretRef(LocalObjectReference.of("keys"));
    return v;
  }

  static GitRepositoryRef ref(
      String branch, String tag, String semver, String name, String commit) {
    GitRepositoryRef r = new GitRepositoryRef();
    r.setBranch(branch);
    r.setTag(tag);
    r.setSemver(semver);
    r.setName(name);
    r.setCommit(commit);
    return r;
  }
}
