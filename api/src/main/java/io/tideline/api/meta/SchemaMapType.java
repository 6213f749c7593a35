package io.tideline.api.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code x-kubernetes-map-type} of an object field ({@code atomic} or {@code granular}), which the
 * fabric8 crd-generator cannot emit; written by the manifests module's CRD post-processing.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface SchemaMapType {

  /** {@code atomic} or {@code granular}. */
  String value();
}
