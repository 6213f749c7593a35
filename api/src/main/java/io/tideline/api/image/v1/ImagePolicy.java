package io.tideline.api.image.v1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.generator.annotation.Default;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.tideline.api.meta.CrdConventions;
import io.tideline.api.meta.Reconcilable;

/**
 * Selects the latest tag of an ImageRepository by a semver, alphabetical or numerical policy
 * ({@code image.toolkit.fluxcd.io/v1}).
 */
@Group(ImagePolicy.GROUP)
@Version(ImagePolicy.VERSION)
@Kind(ImagePolicy.KIND)
@Plural("imagepolicies")
@Singular("imagepolicy")
@ShortNames({"imgpol", "imagepol"})
@Categories({"all", CrdConventions.CATEGORY_FLUXCD, "fluxcd-images"})
@AdditionalPrinterColumn(name = "Image", jsonPath = ".status.latestRef.name")
@AdditionalPrinterColumn(name = "Tag", jsonPath = ".status.latestRef.tag")
@AdditionalPrinterColumn(name = "Ready", jsonPath = CrdConventions.READY_PATH)
@AdditionalPrinterColumn(name = "Status", jsonPath = CrdConventions.STATUS_PATH)
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = CrdConventions.AGE_PATH,
    type = AdditionalPrinterColumn.Type.DATE)
public class ImagePolicy extends CustomResource<ImagePolicySpec, ImagePolicyStatus>
    implements Namespaced, Reconcilable<ImagePolicyStatus> {

  public static final String GROUP = "image.toolkit.fluxcd.io";
  public static final String VERSION = "v1";
  public static final String KIND = "ImagePolicy";

  @Override
  protected ImagePolicySpec initSpec() {
    return new ImagePolicySpec();
  }

  /** Overridden only to carry the CRD status default. */
  @Override
  @Default(CrdConventions.STATUS_DEFAULT)
  public ImagePolicyStatus getStatus() {
    return super.getStatus();
  }

  /** Overridden so that Jackson sees one {@code status} setter, not two inherited ones. */
  @Override
  public void setStatus(ImagePolicyStatus status) {
    super.setStatus(status);
  }

  @Override
  public ImagePolicyStatus initStatus() {
    return new ImagePolicyStatus();
  }

  @Override
  public String interval() {
    return getSpec() == null ? null : getSpec().getInterval();
  }

  @Override
  public boolean suspended() {
    return getSpec() != null && getSpec().isSuspend();
  }
}
