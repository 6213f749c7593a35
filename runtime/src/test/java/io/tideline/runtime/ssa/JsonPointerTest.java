package io.tideline.runtime.ssa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonPointerTest {

  private static Map<String, Object> document() {
    Map<String, Object> annotations = new LinkedHashMap<>();
    annotations.put("example.com/owner", "team");
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("annotations", annotations);
    List<Object> containers = new ArrayList<>();
    containers.add(new LinkedHashMap<>(Map.of("name", "web", "image", "web:1")));
    containers.add(new LinkedHashMap<>(Map.of("name", "sidecar", "image", "proxy:1")));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("replicas", 2);
    spec.put("containers", containers);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("metadata", metadata);
    root.put("spec", spec);
    return root;
  }

  @Test
  void readsEscapedKeysAndListItems() {
    Map<String, Object> doc = document();

    assertThat(JsonPointer.parse("/metadata/annotations/example.com~1owner").get(doc))
        .contains("team");
    assertThat(JsonPointer.parse("/spec/containers/1/image").get(doc)).contains("proxy:1");
    assertThat(JsonPointer.parse("/spec/containers/2/image").get(doc)).isEmpty();
    assertThat(JsonPointer.parse("/spec/missing/deeper").get(doc)).isEmpty();
    assertThat(JsonPointer.parse("").get(doc)).contains(doc);
  }

  @Test
  void removesAndReplacesInPlace() {
    Map<String, Object> doc = document();

    JsonPointer.parse("/spec/replicas").remove(doc);
    JsonPointer.parse("/spec/containers/0").remove(doc);
    JsonPointer.parse("/spec/containers/0/image").replace(doc, "proxy:2");
    JsonPointer.parse("/spec/absent/field").remove(doc);

    assertThat(JsonPointer.parse("/spec/replicas").get(doc)).isEmpty();
    assertThat(JsonPointer.parse("/spec/containers/0").get(doc))
        .contains(Map.of("name", "sidecar", "image", "proxy:2"));
  }

  @Test
  void refusesAPointerWithoutLeadingSlash() {
    assertThatThrownBy(() -> JsonPointer.parse("spec/replicas"))
        .hasMessage("JSON pointer 'spec/replicas' must start with '/'");
  }
}
