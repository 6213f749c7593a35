package io.tideline.manifests.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The deterministic fix-ups applied to the crd-generator's output, for what the generator cannot
 * express:
 *
 * <ul>
 *   <li>printer columns come out sorted by JSON path; they are put back in the order the kind's
 *       {@code @AdditionalPrinterColumn} annotations declare them (Flux's {@code kubectl get}
 *       layout), and the redundant {@code priority: 0} is dropped;
 *   <li>whole-number {@code minimum}/{@code maximum} of integer schemas are written as integers
 *       ({@code 0}, not {@code 0.0});
 *   <li>OpenAPI {@code format}s ({@code date-time} where the Java property carries {@code
 *       SchemaFormat}, {@code int64} on {@code Long} properties) and the {@code
 *       x-kubernetes-list-type} / {@code -map-type} markers of {@code SchemaListType} / {@code
 *       SchemaMapType} ({@link SchemaMarkers});
 *   <li>{@code names.listKind} and the root {@code apiVersion}/{@code kind}/{@code metadata}
 *       properties, as controller-gen writes them (the API server would infer the same).
 * </ul>
 *
 * The kind's Java class is found by the layout convention {@code io.tideline.api.<first label of
 * the group>.<version>.<Kind>}; a CRD without such a class keeps the generator's column order.
 */
public final class CrdPostProcessor {

  private final ClassLoader classLoader;
  private final SchemaMarkers markers = new SchemaMarkers();

  public CrdPostProcessor(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /** Applies every fix-up to {@code crd} in place and returns it. */
  public ObjectNode process(ObjectNode crd) {
    JsonNode spec = crd.path("spec");
    String group = spec.path("group").asText();
    String kind = spec.path("names").path("kind").asText();
    if (spec.path("names") instanceof ObjectNode names && !names.has("listKind")) {
      names.put("listKind", kind + "List");
    }
    for (JsonNode version : spec.path("versions")) {
      ObjectNode v = (ObjectNode) version;
      Class<?> kindClass = kindClass(group, v.path("name").asText(), kind);
      orderPrinterColumns(v, kindClass);
      JsonNode root = v.path("schema").path("openAPIV3Schema");
      integralBounds(root);
      if (root instanceof ObjectNode rootSchema) {
        if (kindClass != null) {
          markers.apply(rootSchema, kindClass);
        }
        rootProperties(rootSchema);
      }
    }
    return crd;
  }

  Class<?> kindClass(String group, String version, String kind) {
    return KindClasses.find(classLoader, group, version, kind).orElse(null);
  }

  private static void orderPrinterColumns(ObjectNode version, Class<?> kindClass) {
    JsonNode columns = version.get("additionalPrinterColumns");
    if (!(columns instanceof ArrayNode array)) {
      return;
    }
    List<JsonNode> ordered = new ArrayList<>();
    array.forEach(ordered::add);
    if (kindClass != null) {
      List<String> declared = new ArrayList<>();
      for (AdditionalPrinterColumn c :
          kindClass.getAnnotationsByType(AdditionalPrinterColumn.class)) {
        declared.add(c.name());
      }
      ordered.sort(
          (a, b) ->
              Integer.compare(
                  rank(declared, a.path("name").asText()),
                  rank(declared, b.path("name").asText())));
    }
    array.removeAll();
    for (JsonNode column : ordered) {
      ObjectNode c = (ObjectNode) column;
      if (c.path("priority").isNumber() && c.path("priority").asInt() == 0) {
        c.remove("priority");
      }
      array.add(c);
    }
  }

  /** Puts apiVersion, kind and metadata first among the root properties. */
  private static void rootProperties(ObjectNode root) {
    if (!(root.get("properties") instanceof ObjectNode properties)) {
      return;
    }
    ObjectNode ordered = properties.objectNode();
    ordered.set("apiVersion", properties.objectNode().put("type", "string"));
    ordered.set("kind", properties.objectNode().put("type", "string"));
    ordered.set("metadata", properties.objectNode().put("type", "object"));
    properties.fields().forEachRemaining(e -> ordered.set(e.getKey(), e.getValue()));
    root.set("properties", ordered);
  }

  private static int rank(List<String> declared, String name) {
    int i = declared.indexOf(name);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static void integralBounds(JsonNode schema) {
    if (schema instanceof ObjectNode object) {
      if ("integer".equals(object.path("type").asText())) {
        for (String bound : List.of("minimum", "maximum")) {
          JsonNode value = object.get(bound);
          if (value != null && value.isFloatingPointNumber() && value.asDouble() % 1 == 0) {
            object.set(bound, IntNode.valueOf((int) value.asDouble()));
          }
        }
      }
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        integralBounds(fields.next().getValue());
      }
    } else if (schema instanceof ArrayNode array) {
      array.forEach(CrdPostProcessor::integralBounds);
    }
  }
}
