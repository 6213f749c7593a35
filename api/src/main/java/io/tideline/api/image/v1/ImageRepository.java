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
 * An image repository scanned for tags by image-reflector-controller ({@code
 * image.toolkit.fluxcd.io/v1}).
 */
@Group(ImageRepository.GROUP)
@Version(ImageRepository.VERSION)
@Kind(ImageRepository.KIND)
@Plural("imagerepositories")
@Singular("imagerepository")
@ShortNames({"imgrepo", "imagerepo"})
@Categories({"all", CrdConventions.CATEGORY_FLUXCD, "fluxcd-images"})
@AdditionalPrinterColumn(name = "Image", jsonPath = ".spec.image")
@AdditionalPrinterColumn(name = "Tags", jsonPath = ".status.lastScanResult.tagCount")
@AdditionalPrinterColumn(name = "Ready", jsonPath = CrdConventions.READY_PATH)
@AdditionalPrinterColumn(name = "Status", jsonPath = CrdConventions.STATUS_PATH)
@AdditionalPrinterColumn(
    name = "Last scan",
    jsonPath = ".status.lastScanResult.scanTime",
    priority = 1)
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = CrdConventions.AGE_PATH,
    type = AdditionalPrinterColumn.Type.DATE)
public class ImageRepository extends CustomResource<ImageRepositorySpec, ImageRepositoryStatus>
    implements Namespaced, Reconcilable<ImageRepositoryStatus> {

  public static final String GROUP = "image.toolkit.fluxcd.io";
  public static final String VERSION = "v1";
  public static final String KIND = "ImageRepository";

  @Override
  protected ImageRepositorySpec initSpec() {
    return new ImageRepositorySpec();
  }

  /** Overridden only to carry the CRD status default. */
  @Override
  @Default(CrdConventions.STATUS_DEFAULT)
  public ImageRepositoryStatus getStatus() {
    return super.getStatus();
  }

  /** Overridden so that Jackson sees one {@code status} setter, not two inherited ones. */
  @Override
  public void setStatus(ImageRepositoryStatus status) {
    super.setStatus(status);
  }

  @Override
  public ImageRepositoryStatus initStatus() {
    return new ImageRepositoryStatus();
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
