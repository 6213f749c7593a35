package io.tideline.manifests.crd;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tideline.api.meta.SchemaFormat;
import io.tideline.api.meta.SchemaListType;
import io.tideline.api.meta.SchemaMapType;
import java.lang.annotation.Annotation;

/**
 * Writes OpenAPI {@code format}s the crd-generator leaves out, by walking a CRD schema alongside
 * the Java type it was generated from: {@link SchemaFormat} on a property gives its format, a
 * {@code Long}/{@code long} property (Go {@code int64}) gets {@code int64}.
 */
final class SchemaMarkers {

  static final String INT64 = "int64";

  private final ObjectMapper mapper = new ObjectMapper();

  /** Annotates {@code schema} (an object schema) from the bean properties of {@code type}. */
  void apply(ObjectNode schema, Class<?> type) {
    walk(schema, mapper.constructType(type));
  }

  private void walk(ObjectNode schema, JavaType type) {
    if (type == null) {
      return;
    }
    if (type.isCollectionLikeType() || type.isArrayType()) {
      if (schema.get("items") instanceof ObjectNode items) {
        format(items, type.getContentType(), null);
      }
      return;
    }
    if (type.isMapLikeType()) {
      if (schema.get("additionalProperties") instanceof ObjectNode values) {
        format(values, type.getContentType(), null);
      }
      return;
    }
    if (!(schema.get("properties") instanceof ObjectNode properties)
        || type.getRawClass().getName().startsWith("java.")) {
      return;
    }
    for (BeanPropertyDefinition property :
        mapper.getSerializationConfig().introspect(type).findProperties()) {
      if (properties.get(property.getName()) instanceof ObjectNode propertySchema) {
        format(propertySchema, property.getPrimaryType(), property);
      }
    }
  }

  private void format(ObjectNode schema, JavaType type, BeanPropertyDefinition property) {
    SchemaFormat declared = annotation(property, SchemaFormat.class);
    SchemaListType listType = annotation(property, SchemaListType.class);
    SchemaMapType mapType = annotation(property, SchemaMapType.class);
    if (listType != null) {
      schema.put("x-kubernetes-list-type", listType.value());
      if (listType.mapKeys().length > 0) {
        var keys = schema.putArray("x-kubernetes-list-map-keys");
        for (String key : listType.mapKeys()) {
          keys.add(key);
        }
      }
    }
    if (mapType != null) {
      schema.put("x-kubernetes-map-type", mapType.value());
    }
    if (declared != null) {
      schema.put("format", declared.value());
    } else if (type != null
        && (type.getRawClass() == Long.class || type.getRawClass() == long.class)
        && "integer".equals(schema.path("type").asText())) {
      schema.put("format", INT64);
    }
    walk(schema, type);
  }

  private static <A extends Annotation> A annotation(
      BeanPropertyDefinition property, Class<A> type) {
    if (property == null) {
      return null;
    }
    for (AnnotatedMember member :
        new AnnotatedMember[] {property.getField(), property.getGetter(), property.getSetter()}) {
      if (member != null && member.getAnnotation(type) != null) {
        return member.getAnnotation(type);
      }
    }
    return null;
  }
}
