package io.tideline.api.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OpenAPI {@code format} of a CRD field, which the fabric8 crd-generator cannot emit: e.g.
 * {@code date-time} on a {@code metav1.Time} string. The manifests module's CRD post-processing
 * writes it into the schema (it also gives every {@code Long} field {@code format: int64}, Go's
 * {@code int64}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface SchemaFormat {

  /** {@code metav1.Time}: RFC 3339 timestamp. */
  String DATE_TIME = "date-time";

  /** The format, e.g. {@link #DATE_TIME}. */
  String value();
}
