package io.tideline.api.meta;

/** The three values of {@code metav1.ConditionStatus}. */
public enum ConditionStatus {
  True,
  False,
  Unknown
}
