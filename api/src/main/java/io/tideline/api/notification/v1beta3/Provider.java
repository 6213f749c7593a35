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
 * Where notification-controller dispatches events: Slack, Git commit statuses, webhooks and so on
 * ({@code notification.toolkit.fluxcd.io/v1beta3}). Has no status: the event server reads it live
 * for every event.
 */
@Group(Provider.GROUP)
@Version(Provider.VERSION)
@Kind(Provider.KIND)
@Plural("providers")
@Singular("provider")
@Categories({"all", CrdConventions.CATEGORY_FLUXCD, "fluxcd-notifications"})
@Annotations(CrdConventions.SUBSTITUTE_DISABLED)
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = CrdConventions.AGE_PATH,
    type = AdditionalPrinterColumn.Type.DATE)
@SchemaSwap(originalType = Provider.class, fieldName = "status", targetType = void.class)
public class Provider extends CustomResource<ProviderSpec, Void> implements Namespaced {

  public static final String GROUP = "notification.toolkit.fluxcd.io";
  public static final String VERSION = "v1beta3";
  public static final String KIND = "Provider";

  @Override
  protected ProviderSpec initSpec() {
    return new ProviderSpec();
  }
}
