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
import io.fabric8.kubernetes.model.annotation.Version;
import io.tideline.api.meta.CrdConventions;
import io.tideline.api.meta.Reconcilable;

/** An object storage bucket (S3-compatible, AWS, GCS, Azure Blob) published as an artifact. */
@Group(Bucket.GROUP)
@Version(Bucket.VERSION)
@Kind(Bucket.KIND)
@Plural("buckets")
@Categories({"all", CrdConventions.CATEGORY_FLUXCD, CrdConventions.CATEGORY_SOURCES})
@Annotations(CrdConventions.SUBSTITUTE_DISABLED)
@AdditionalPrinterColumn(
    name = "Endpoint",
    type = AdditionalPrinterColumn.Type.STRING,
    jsonPath = ".spec.endpoint")
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
public class Bucket extends CustomResource<BucketSpec, BucketStatus>
    implements Namespaced, Reconcilable<BucketStatus> {

  public static final String GROUP = "source.toolkit.fluxcd.io";
  public static final String VERSION = "v1";
  public static final String KIND = "Bucket";

  @Override
  protected BucketSpec initSpec() {
    return new BucketSpec();
  }

  @Override
  public BucketStatus initStatus() {
    return new BucketStatus();
  }

  /** Overridden only to carry the CRD status default. */
  @Override
  @Default(CrdConventions.STATUS_DEFAULT)
  public BucketStatus getStatus() {
    return super.getStatus();
  }

  /** Overridden so that Jackson sees one {@code status} setter, not two inherited ones. */
  @Override
  public void setStatus(BucketStatus status) {
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
