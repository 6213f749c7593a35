package io.tideline.api.notification.v1beta3;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.Annotations;
import io.fabric8.crd.generator.annotation.SchemaSwap;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.tideline.api.meta.CrdConventions;

/**
 * Routes events from matching sources to a Provider ({@code
 * notification.toolkit.fluxcd.io/v1beta3}). Has no status: the event server reads it live for every
 * event.
 */
@Group(Alert.GROUP)
@Version(Alert.VERSION)
@Kind(Alert.KIND)
@Plural("alerts")
@Singular("alert")
@Categories({"all", CrdConventions.CATEGORY_FLUXCD, "fluxcd-notifications"})
@Annotations(CrdConventions.SUBSTITUTE_DISABLED)
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = CrdConventions.AGE_PATH,
    type = AdditionalPrinterColumn.Type.DATE)
@SchemaSwap(originalType = Alert.class, fieldName = "status", targetType = void.class)
public class Alert extends CustomResource<AlertSpec, Void> implements Namespaced {

  public static final String GROUP = "notification.toolkit.fluxcd.io";
  public static final String VERSION = "v1beta3";
  public static final String KIND = "Alert";

  @Override
  protected AlertSpec initSpec() {
    return new AlertSpec();
  }
}
