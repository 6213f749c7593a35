package io.tideline.runtime.cel;

import static io.tideline.runtime.cel.BooleanExpressionTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tideline.api.meta.CustomHealthCheck;
import io.tideline.runtime.kstatus.KstatusResult;
import io.tideline.runtime.kstatus.ResourceStatus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CustomHealthChecksTest {

  static CustomHealthCheck check(
      String apiVersion, String kind, String current, String inProgress, String failed) {
    CustomHealthCheck check = new CustomHealthCheck();
    check.setApiVersion(apiVersion);
    check.setKind(kind);
    check.setCurrent(current);
    check.setInProgress(inProgress);
    check.setFailed(failed);
    return check;
  }

  private static final List<CustomHealthCheck> CHECKS =
      List.of(
          check(
              "example.com/v1",
              "Widget",
              "status.phase == 'Ready'",
              "status.phase == 'Provisioning' || status.phase == 'Ready' && has(status.pending)",
              "status.phase == 'Failed' || status.phase == 'Ready' && has(status.error)"),
          check("example.com/v1alpha1", null, "status.ready == true", null, null),
          check("v1", "ConfigMap", "has(data.ok)", null, null));

  record Case(String description, String object, ResourceStatus status, String message) {}

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "current",
            "{'apiVersion': 'example.com/v1', 'kind': 'Widget', 'status': {'phase': 'Ready'}}",
            ResourceStatus.Current,
            "current expression is true: status.phase == 'Ready'"),
        new Case(
            "inProgress is evaluated before failed and current",
            "{'apiVersion': 'example.com/v1', 'kind': 'Widget',"
                + " 'status': {'phase': 'Ready', 'pending': 1, 'error': 'x'}}",
            ResourceStatus.InProgress,
            "inProgress expression is true: status.phase == 'Provisioning'"),
        new Case(
            "failed is evaluated before current",
            "{'apiVersion': 'example.com/v1', 'kind': 'Widget',"
                + " 'status': {'phase': 'Ready', 'error': 'x'}}",
            ResourceStatus.Failed,
            "failed expression is true: status.phase == 'Failed'"),
        new Case(
            "no expression true",
            "{'apiVersion': 'example.com/v1', 'kind': 'Widget', 'status': {'phase': 'Degraded'}}",
            ResourceStatus.InProgress,
            "current expression is false: status.phase == 'Ready'"),
        new Case(
            "generation not yet observed",
            "{'apiVersion': 'example.com/v1', 'kind': 'Widget', 'metadata': {'generation': 2},"
                + " 'status': {'observedGeneration': 1, 'phase': 'Ready'}}",
            ResourceStatus.InProgress,
            "Widget generation is 2, but latest observed generation is 1"),
        new Case(
            "observedGeneration typed as a string is ignored",
            "{'apiVersion': 'example.com/v1', 'kind': 'Widget', 'metadata': {'generation': 2},"
                + " 'status': {'observedGeneration': '1', 'phase': 'Ready'}}",
            ResourceStatus.Current,
            "current expression is true: status.phase == 'Ready'"),
        new Case(
            "missing status is Unknown, with the error",
            "{'apiVersion': 'example.com/v1', 'kind': 'Widget'}",
            ResourceStatus.Unknown,
            "failed to evaluate the CEL expression 'status.phase == 'Provisioning' ||"
                + " status.phase == 'Ready' && has(status.pending)': no such attribute(s):"
                + " status"),
        new Case(
            "kind-less entry covers the group, whatever the version",
            "{'apiVersion': 'example.com/v2', 'kind': 'Gadget', 'status': {'ready': true}}",
            ResourceStatus.Current,
            "current expression is true: status.ready == true"),
        new Case(
            "kind-specific entry wins over the kind-less one",
            "{'apiVersion': 'example.com/v1alpha1', 'kind': 'Widget', 'status': {'ready': true,"
                + " 'phase': 'Provisioning'}}",
            ResourceStatus.InProgress,
            "inProgress expression is true: status.phase == 'Provisioning'"),
        new Case(
            "core kinds can be overridden",
            "{'apiVersion': 'v1', 'kind': 'ConfigMap'}",
            ResourceStatus.Unknown,
            "no such attribute"),
        new Case(
            "other groups keep kstatus",
            "{'apiVersion': 'other.io/v1', 'kind': 'Widget', 'status': {'phase': 'Failed',"
                + " 'conditions': [{'type': 'Ready', 'status': 'False', 'message': 'waiting'}]}}",
            ResourceStatus.InProgress,
            "waiting"),
        new Case(
            "other core kinds keep kstatus",
            "{'apiVersion': 'v1', 'kind': 'Secret'}",
            ResourceStatus.Current,
            ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesObjectsByTheMatchingEntry(Case c) throws Exception {
    CustomHealthChecks checks = CustomHealthChecks.compile(CHECKS, CelLimits.defaults());

    KstatusResult result = checks.read(json(c.object()));

    assertThat(result.status()).as(c.description()).isEqualTo(c.status());
    assertThat(result.message()).as(c.description()).contains(c.message());
  }

  @Test
  void namesTheInvalidEntryAndExpression() {
    List<CustomHealthCheck> checks =
        List.of(
            check("example.com/v1", "Widget", "true", null, null),
            check("v1", "ConfigMap", "true", "foo.", null));

    assertThatThrownBy(() -> CustomHealthChecks.compile(checks, CelLimits.defaults()))
        .isInstanceOf(InvalidExpressionException.class)
        .hasMessage(
            "failed to create custom status evaluator for healthCheckExprs[1]: failed to parse the"
                + " expression InProgress: failed to parse the CEL expression 'foo.': ERROR:"
                + " <input>:1:5: no viable alternative at input '.'");
  }

  @Test
  void rejectsTwoEntriesForTheSameGroupAndKind() {
    List<CustomHealthCheck> checks =
        List.of(
            check("example.com/v1", null, "true", null, null),
            check("example.com/v2", "", "false", null, null));

    assertThatThrownBy(() -> CustomHealthChecks.compile(checks, CelLimits.defaults()))
        .isInstanceOf(InvalidExpressionException.class)
        .hasMessage("duplicate custom health check for group example.com at healthCheckExprs[1]");
  }

  @Test
  void rejectsAnEntryWithoutCurrent() {
    List<CustomHealthCheck> checks = List.of(check("example.com/v1", "Widget", "", "true", null));

    assertThatThrownBy(() -> CustomHealthChecks.compile(checks, CelLimits.defaults()))
        .hasMessageContaining("healthCheckExprs[0]: expression Current not specified");
  }

  @Test
  void readsTheGroupOfAnApiVersionAsKubernetesDoes() {
    assertThat(CustomHealthChecks.group("apps/v1")).isEqualTo("apps");
    assertThat(CustomHealthChecks.group("v1")).isEmpty();
    assertThat(CustomHealthChecks.group("example.com")).isEmpty();
    assertThat(CustomHealthChecks.group("a/b/c")).isEmpty();
    assertThat(CustomHealthChecks.group(null)).isEmpty();
  }
}
