package io.tideline.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Strategic merge results, each checked against kubectl kustomize v5.5.0's output. */
class StrategicMergeTest {
  record Case(String name, String apiVersion, String target, String patch, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "patch elements first in patch order, then untouched ones",
            "apps/v1",
            "spec: {template: {spec: {containers: [{name: a, image: a}, {name: b, image: b},"
                + " {name: c, image: c}]}}}",
            "spec: {template: {spec: {containers: [{name: b, image: b2}, {name: new, image: x},"
                + " {name: a, args: [q]}]}}}",
            "spec:\n  template:\n    spec:\n      containers:\n      - image: b2\n        name: b\n"
                + "      - image: x\n        name: new\n      - args:\n        - q\n"
                + "        image: a\n        name: a\n      - image: c\n        name: c\n"),
        new Case(
            "delete directive and null",
            "apps/v1",
            "spec: {strategy: {type: Recreate}, template: {spec: {containers: [{name: a, env:"
                + " [{name: E0, value: v0}, {name: E1, value: v1}]}]}}}",
            "spec: {strategy: null, template: {spec: {containers: [{name: a, env: [{name: E0,"
                + " $patch: delete}]}]}}}",
            "spec:\n  template:\n    spec:\n      containers:\n      - env:\n        - name: E1\n"
                + "          value: v1\n        name: a\n"),
        new Case(
            "container ports keyed by containerPort and protocol, as kyaml merges them",
            "apps/v1",
            "spec: {template: {spec: {containers: [{name: web, ports: [{name: http,"
                + " containerPort: 8080}]}]}}}",
            "spec: {template: {spec: {containers: [{name: web, ports: [{containerPort: 8080,"
                + " protocol: TCP}, {name: metrics, containerPort: 9090}]}]}}}",
            "spec:\n  template:\n    spec:\n      containers:\n      - name: web\n        ports:\n"
                + "        - containerPort: 9090\n          name: metrics\n"
                + "        - containerPort: 8080\n          name: http\n"),
        new Case(
            "custom resources replace lists",
            "example.com/v1",
            "spec: {items: [{name: a, v: 1}, {name: b, v: 1, w: 1}]}",
            "spec: {items: [{name: b, v: 2}, {name: c}]}",
            "spec:\n  items:\n  - name: b\n    v: 2\n  - name: c\n"),
        new Case(
            "finalizers merge as a set, patch first",
            "apps/v1",
            "metadata: {finalizers: [f1]}",
            "metadata: {finalizers: [f2]}",
            "metadata:\n  finalizers:\n  - f2\n  - f1\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void mergesLikeKustomize(Case testCase) throws Exception {
    YamlReader yaml = new YamlReader(1 << 20);
    Map<String, Object> target = yaml.readMap(testCase.target(), "target");
    Map<String, Object> patch = yaml.readMap(testCase.patch(), "patch");
    Gvk gvk = Gvk.fromApiVersion(testCase.apiVersion(), "Deployment");

    assertThat(StrategicMerge.apply(target, patch, gvk)).isTrue();

    assertThat(YamlWriter.write(List.of(target))).isEqualTo(testCase.expected());
  }
}
