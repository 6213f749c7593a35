package io.tideline.api.source.v1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.Annotations;
import io.fabric8.generator.annotation.Default;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;
import io.tideline.api.meta.CrdConventions;
import io.tideline.api.meta.Reconcilable;

/**
 * A Git repository that source-controller clones at an interval and publishes as a tar.gz artifact.
 */
@Group(GitRepository.GROUP)
@Version(GitRepository.VERSION)
@Kind(GitRepository.KIND)
@Plural("gitrepositories")
@ShortNames({"gitrepo"})
@Categories({"all", CrdConventions.CATEGORY_FLUXCD, CrdConventions.CATEGORY_SOURCES})
@Annotations(CrdConventions.SUBSTITUTE_DISABLED)
@AdditionalPrinterColumn(
    name = "URL",
    type = AdditionalPrinterColumn.Type.STRING,
    jsonPath = ".spec.url")
@AdditionalPrinterColumn(
    name = "Age",
    type = AdditionalPrinterColumn.Type.DATE,
    jsonPath = CrdConventions.AGE_PATH)
@AdditionalPrinterColumn(
    name = "Ready",
    type = AdditionalPrinterColumn.Type.STRING,
    jsonPath = CrdConventions.READY_PATH)
@AdditionalPrinterColumn(
    name = "Status",
    type = AdditionalPrinterColumn.Type.STRING,
    jsonPath = CrdConventions.STATUS_PATH)
public class GitRepository extends CustomResource<GitRepositorySpec, GitRepositoryStatus>
    implements Namespaced, Reconcilable<GitRepositoryStatus> {

  public static final String GROUP = "source.toolkit.fluxcd.io";
  public static final String VERSION = "v1";
  public static final String KIND = "GitRepository";

  @Override
  protected GitRepositorySpec initSpec() {
    return new GitRepositorySpec();
  }

  @Override
  public GitRepositoryStatus initStatus() {
    return new GitRepositoryStatus();
  }

  /** Overridden only to carry the CRD status default. */
  @Override
  @Default(CrdConventions.STATUS_DEFAULT)
  public GitRepositoryStatus getStatus() {
    return super.getStatus();
  }

  /** Overridden so that Jackson sees one {@code status} setter, not two inherited ones. */
  @Override
  public void setStatus(GitRepositoryStatus status) {
    super.setStatus(status);
  }

  @Override
  public String interval() {
    return getSpec().getInterval();
  }

  @Override
  public boolean suspended() {
    return getSpec().isSuspend();
  }
}
