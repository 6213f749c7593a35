package io.tideline.api.notification.v1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.Annotations;
import io.fabric8.generator.annotation.Default;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.tideline.api.meta.CrdConventions;
import io.tideline.api.meta.Reconcilable;

/**
 * A webhook endpoint that requests reconciles of selected objects when an authenticated call
 * arrives ({@code notification.toolkit.fluxcd.io/v1}).
 */
@Group(Receiver.GROUP)
@Version(Receiver.VERSION)
@Kind(Receiver.KIND)
@Plural("receivers")
@Singular("receiver")
@Categories({"all", CrdConventions.CATEGORY_FLUXCD, "fluxcd-notifications"})
@Annotations(CrdConventions.SUBSTITUTE_DISABLED)
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = CrdConventions.AGE_PATH,
    type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(name = "Ready", jsonPath = CrdConventions.READY_PATH)
@AdditionalPrinterColumn(name = "Status", jsonPath = CrdConventions.STATUS_PATH)
public class Receiver extends CustomResource<ReceiverSpec, ReceiverStatus>
    implements Namespaced, Reconcilable<ReceiverStatus> {

  public static final String GROUP = "notification.toolkit.fluxcd.io";
  public static final String VERSION = "v1";
  public static final String KIND = "Receiver";

  @Override
  protected ReceiverSpec initSpec() {
    return new ReceiverSpec();
  }

  /** Overridden only to carry the CRD status default. */
  @Override
  @Default(CrdConventions.STATUS_DEFAULT)
  public ReceiverStatus getStatus() {
    return super.getStatus();
  }

  /** Overridden so that Jackson sees one {@code status} setter, not two inherited ones. */
  @Override
  public void setStatus(ReceiverStatus status) {
    super.setStatus(status);
  }

  @Override
  public ReceiverStatus initStatus() {
    return new ReceiverStatus();
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
