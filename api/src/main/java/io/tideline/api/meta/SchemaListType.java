package io.tideline.api.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code x-kubernetes-list-type} (and {@code x-kubernetes-list-map-keys}) of a list field, which
 * the fabric8 crd-generator cannot emit; written by the manifests module's CRD post-processing. It
 * decides how server-side apply merges the list: {@code atomic} (replace whole), {@code set}, or
 * {@code map} keyed by {@link #mapKeys()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface SchemaListType {

  /** {@code atomic}, {@code set} or {@code map}. */
  String value();

  /** For {@code map}: the item fields that identify an entry. */
  String[] mapKeys() default {};
}
