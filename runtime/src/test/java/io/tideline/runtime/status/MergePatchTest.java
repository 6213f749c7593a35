package io.tideline.runtime.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MergePatchTest {

  static final ObjectMapper JSON = new ObjectMapper();

  record Case(String name, String before, String after, String patch) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "equal documents: no patch", "{\"a\":1,\"b\":[1,2]}", "{\"b\":[1,2],\"a\":1}", null),
        new Case("changed scalar", "{\"a\":1,\"b\":2}", "{\"a\":1,\"b\":3}", "{\"b\":3}"),
        new Case("added field", "{\"a\":1}", "{\"a\":1,\"c\":\"x\"}", "{\"c\":\"x\"}"),
        new Case("removed field becomes null", "{\"a\":1,\"b\":2}", "{\"a\":1}", "{\"b\":null}"),
        new Case(
            "nested object diffed field by field",
            "{\"artifact\":{\"revision\":\"r1\",\"size\":10}}",
            "{\"artifact\":{\"revision\":\"r2\",\"size\":10}}",
            "{\"artifact\":{\"revision\":\"r2\"}}"),
        new Case(
            "arrays replaced whole",
            "{\"conditions\":[{\"type\":\"Ready\",\"status\":\"False\"}]}",
            "{\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}]}",
            "{\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}]}"),
        new Case("from nothing", "null", "{\"a\":1}", "{\"a\":1}"),
        new Case("to nothing", "{\"a\":1}", "null", "null"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void computesMinimalMergePatch(Case tc) throws Exception {
    Optional<JsonNode> patch =
        MergePatch.diff(JSON.readTree(tc.before()), JSON.readTree(tc.after()));
    if (tc.patch() == null) {
      assertThat(patch).isEmpty();
    } else {
      assertThat(patch).contains(JSON.readTree(tc.patch()));
    }
  }
}
