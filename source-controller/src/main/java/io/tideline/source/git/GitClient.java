package io.tideline.source.git;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.api.FetchCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.submodule.SubmoduleWalk;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.URIish;

/**
 * The Git engine: lists remote refs (the cheap no-op check) and fetches a reference into a
 * repository folder, shallowly where the reference allows (branch, tag, semver, ref name), fully
 * for a commit. The commit's files stay in the object database until a working tree is needed
 * ({@link CheckedOutRepository}); with submodules, which are initialised recursively with the same
 * credentials, the working tree is checked out at once.
 */
public final class GitClient {

  private final int timeoutSeconds;

  /**
   * @param timeout bounds each network read ({@code spec.timeout})
   */
  public GitClient(Duration timeout) {
    this.timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
  }

  /** {@code git ls-remote}: full ref name → peeled commit id (annotated tags peeled). */
  public Map<String, String> listRemote(String url, GitCredentials credentials)
      throws GitOperationException {
    try (GitSession session = new GitSession(url, credentials, timeoutSeconds)) {
      Map<String, Ref> refs =
          session.configure(Git.lsRemoteRepository().setRemote(url)).callAsMap();
      Map<String, String> out = new HashMap<>();
      refs.forEach(
          (name, ref) -> {
            ObjectId id =
                ref.getPeeledObjectId() != null ? ref.getPeeledObjectId() : ref.getObjectId();
            if (id != null) {
              out.put(name, id.name());
            }
          });
      return out;
    } catch (GitAPIException e) {
      throw failure("unable to list remote refs of '" + redact(url) + "'", e);
    }
  }

  /** Resolves a reference against a ref listing, see {@link RefResolver}. */
  public GitRevision resolve(GitReference ref, Map<String, String> remoteRefs, String url)
      throws GitOperationException {
    return RefResolver.resolve(ref, remoteRefs, redact(url));
  }

  /**
   * Checks {@code ref} out into {@code dir} (created, must be empty).
   *
   * @param expected the revision resolved from the ref listing, or for a commit reference the
   *     requested commit; the checkout follows the ref as fetched, which may have moved since
   * @return the checked-out repository; close it when done
   */
  public CheckedOutRepository checkout(
      String url,
      GitCredentials credentials,
      GitReference ref,
      GitRevision expected,
      boolean recurseSubmodules,
      Path dir)
      throws GitOperationException {
    String safeUrl = redact(url);
    try (GitSession session = new GitSession(url, credentials, timeoutSeconds)) {
      Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("tideline-checkout").call();
      try {
        git.getRepository().getConfig().setString("remote", "origin", "url", url);
        // a throw-away checkout: no background gc racing the artifact build over .git
        git.getRepository().getConfig().setInt("gc", null, "auto", 0);
        git.getRepository().getConfig().save();
        String fetchRef = RefResolver.fetchRef(ref, expected);
        String commit = fetch(session, git, ref, fetchRef, expected, safeUrl);
        CommitTree tree = null;
        if (recurseSubmodules) {
          git.checkout().setName(commit).call();
          updateSubmodules(session, git.getRepository());
        } else {
          tree = CommitTree.of(git.getRepository(), ObjectId.fromString(commit));
        }
        GitRevision revision = new GitRevision(expected.pointer(), commit);
        return new CheckedOutRepository(
            git,
            revision,
            ref.kind() == GitReference.Kind.TAG || ref.kind() == GitReference.Kind.SEMVER
                ? fetchRef
                : null,
            tree);
      } catch (GitAPIException | IOException | RuntimeException e) {
        git.close();
        throw e;
      }
    } catch (GitAPIException | IOException e) {
      throw failure("unable to clone '" + safeUrl + "'", e);
    }
  }

  private String fetch(
      GitSession session,
      Git git,
      GitReference ref,
      String fetchRef,
      GitRevision expected,
      String url)
      throws GitAPIException, IOException, GitOperationException {
    FetchCommand fetch = session.configure(git.fetch().setRemote("origin"));
    if (ref.kind() == GitReference.Kind.COMMIT) {
      fetch.setRefSpecs(
          fetchRef == null
              ? new RefSpec("+refs/heads/*:refs/remotes/origin/*")
              : new RefSpec("+" + fetchRef + ":refs/remotes/origin/" + ref.branch()));
      fetch.setTagOpt(org.eclipse.jgit.transport.TagOpt.NO_TAGS);
      fetch.call();
      Repository repo = git.getRepository();
      ObjectId id;
      try {
        id = repo.resolve(ref.commit() + "^{commit}");
      } catch (org.eclipse.jgit.errors.MissingObjectException
          | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
        id = null;
      }
      if (id == null) {
        throw new GitOperationException(
            "unable to resolve commit object for '"
                + ref.commit()
                + "': object not found in '"
                + url
                + "'");
      }
      return id.name();
    }
    String local = fetchRef.startsWith("refs/tags/") ? fetchRef : "refs/tideline/" + fetchRef;
    fetch.setRefSpecs(new RefSpec("+" + fetchRef + ":" + local));
    fetch.setTagOpt(org.eclipse.jgit.transport.TagOpt.NO_TAGS);
    fetch.setDepth(1);
    FetchResult result = fetch.call();
    Ref fetched = result.getAdvertisedRef(fetchRef);
    if (fetched == null) {
      throw new GitOperationException(
          "unable to clone '" + url + "': couldn't find remote ref '" + fetchRef + "'");
    }
    try (RevWalk walk = new RevWalk(git.getRepository())) {
      RevCommit commit = walk.parseCommit(git.getRepository().resolve(local));
      return commit.name();
    }
  }

  private void updateSubmodules(GitSession session, Repository repo)
      throws GitAPIException, IOException {
    Git git = Git.wrap(repo);
    git.submoduleInit().call();
    session.configure(git.submoduleUpdate()).call();
    try (SubmoduleWalk walk = SubmoduleWalk.forIndex(repo)) {
      while (walk.next()) {
        try (Repository sub = walk.getRepository()) {
          if (sub != null) {
            updateSubmodules(session, sub);
          }
        }
      }
    }
  }

  private static GitOperationException failure(String what, Exception e) {
    String cause = rootMessage(e);
    boolean auth =
        e instanceof TransportException
            && (cause.contains("not authorized")
                || cause.contains("Authentication")
                || cause.contains("authentication")
                || cause.contains("Auth fail")
                || cause.contains("host key")
                || cause.contains("known_hosts")
                || cause.contains("Server key did not validate"));
    return new GitOperationException(what + ": " + cause, auth, e);
  }

  static String rootMessage(Throwable e) {
    String message = e.getMessage();
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      if (t.getMessage() != null && (message == null || !message.contains(t.getMessage()))) {
        message = message == null ? t.getMessage() : message + ": " + t.getMessage();
      }
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }

  /** The URL without user info (never show a password embedded in a URL). */
  public static String redact(String url) {
    try {
      URIish u = new URIish(url);
      if (u.getUser() == null && u.getPass() == null) {
        return url;
      }
      return u.setUser(null).setPass(null).toString();
    } catch (java.net.URISyntaxException e) {
      return url.replaceAll("//[^/@]*@", "//");
    }
  }
}
