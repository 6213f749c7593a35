package io.tideline.api.image.v1;

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
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.tideline.api.meta.CrdConventions;
import io.tideline.api.meta.Reconcilable;

/**
 * Commits ImagePolicy results into a Git repository through setter markers, run by
 * image-automation-controller ({@code image.toolkit.fluxcd.io/v1}).
 */
@Group(ImageUpdateAutomation.GROUP)
@Version(ImageUpdateAutomation.VERSION)
@Kind(ImageUpdateAutomation.KIND)
@Plural("imageupdateautomations")
@Singular("imageupdateautomation")
@ShortNames({"iua", "imgupd", "imgauto"})
@Categories({"all", CrdConventions.CATEGORY_FLUXCD, "fluxcd-images"})
@Annotations(CrdConventions.SUBSTITUTE_DISABLED)
@AdditionalPrinterColumn(name = "Ready", jsonPath = CrdConventions.READY_PATH)
@AdditionalPrinterColumn(name = "Status", jsonPath = CrdConventions.STATUS_PATH)
@AdditionalPrinterColumn(
    name = "Last run",
    jsonPath = ".status.lastAutomationRunTime",
    priority = 1)
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = CrdConventions.AGE_PATH,
    type = AdditionalPrinterColumn.Type.DATE)
public class ImageUpdateAutomation
    extends CustomResource<ImageUpdateAutomationSpec, ImageUpdateAutomationStatus>
    implements Namespaced, Reconcilable<ImageUpdateAutomationStatus> {

  public static final String GROUP = "image.toolkit.fluxcd.io";
  public static final String VERSION = "v1";
  public static final String KIND = "ImageUpdateAutomation";

  @Override
  protected ImageUpdateAutomationSpec initSpec() {
    return new ImageUpdateAutomationSpec();
  }

  /** Overridden only to carry the CRD status default. */
  @Override
  @Default(CrdConventions.STATUS_DEFAULT)
  public ImageUpdateAutomationStatus getStatus() {
    return super.getStatus();
  }

  /** Overridden so that Jackson sees one {@code status} setter, not two inherited ones. */
  @Override
  public void setStatus(ImageUpdateAutomationStatus status) {
    super.setStatus(status);
  }

  @Override
  public ImageUpdateAutomationStatus initStatus() {
    return new ImageUpdateAutomationStatus();
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
