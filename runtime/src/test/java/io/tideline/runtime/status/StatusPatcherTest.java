package io.tideline.runtime.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.api.meta.ObservedStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StatusPatcherTest {

  static final ObjectMapper JSON = new ObjectMapper();

  record Case(String name, Consumer<ObservedStatus> change, String expectedBody) {
    @Override
    public String toString() {
      return name;
    }
  }

  static ObservedStatus baseline() {
    ObservedStatus status = new ObservedStatus();
    status.setObservedGeneration(2L);
    status.setLastHandledReconcileAt("t1");
    status.setConditions(
        new ArrayList<>(
            List.of(
                new Condition(
                    "Ready",
                    ConditionStatus.True,
                    2L,
                    "2026-01-01T00:00:00Z",
                    "Succeeded",
                    "ok"))));
    return status;
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("nothing changed: no request", s -> {}, null),
        new Case(
            "a condition rewritten with identical values: no request",
            s -> s.setConditions(new ArrayList<>(List.of(s.getConditions().get(0).copy()))),
            null),
        new Case(
            "observedGeneration only",
            s -> s.setObservedGeneration(3L),
            "{\"status\":{\"observedGeneration\":3}}"),
        new Case(
            "lastHandledReconcileAt only",
            s -> s.setLastHandledReconcileAt("t2"),
            "{\"status\":{\"lastHandledReconcileAt\":\"t2\"}}"),
        new Case(
            "conditions replaced whole",
            s -> s.getConditions().get(0).setMessage("still ok"),
            "{\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\","
                + "\"observedGeneration\":2,\"lastTransitionTime\":\"2026-01-01T00:00:00Z\","
                + "\"reason\":\"Succeeded\",\"message\":\"still ok\"}]}}"),
        new Case(
            "field cleared is removed on the server",
            s -> s.setLastHandledReconcileAt(null),
            "{\"status\":{\"lastHandledReconcileAt\":null}}"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void patchesOnlyWhatChanged(Case tc) throws Exception {
    ObservedStatus status = baseline();
    StatusSnapshot before = StatusSnapshot.of(status);

    tc.change().accept(status);

    var body = StatusPatcher.patchBody(before, status);
    if (tc.expectedBody() == null) {
      assertThat(body).isEmpty();
    } else {
      assertThat(body).isPresent();
      assertThat(JSON.readTree(body.get())).isEqualTo(JSON.readTree(tc.expectedBody()));
    }
  }
}
