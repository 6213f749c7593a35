package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What every reconciled Flux kind has in its status: {@code observedGeneration}, {@code conditions}
 * and {@code lastHandledReconcileAt}. Each kind's status class extends this and adds its own
 * fields. The CRD defaults the whole status to {@code {"observedGeneration": -1}}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ObservedStatus {

  private Long observedGeneration;

  private List<Condition> conditions = new ArrayList<>();

  private String lastHandledReconcileAt;

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions == null ? new ArrayList<>() : conditions;
  }

  public String getLastHandledReconcileAt() {
    return lastHandledReconcileAt;
  }

  public void setLastHandledReconcileAt(String lastHandledReconcileAt) {
    this.lastHandledReconcileAt = lastHandledReconcileAt;
  }

  @Override
  public boolean equals(Object o) {
    return o != null
        && o.getClass() == getClass()
        && Objects.equals(observedGeneration, ((ObservedStatus) o).observedGeneration)
        && Objects.equals(conditions, ((ObservedStatus) o).conditions)
        && Objects.equals(lastHandledReconcileAt, ((ObservedStatus) o).lastHandledReconcileAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(observedGeneration, conditions, lastHandledReconcileAt);
  }
}
