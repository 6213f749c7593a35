package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;

/**
 * Selects {@code metadata.managedFields} entries of one manager (by exact name or prefix) and one
 * operation ({@code Apply} or {@code Update}); subresource entries never match.
 */
public record FieldManagerMatcher(String name, boolean exactMatch, String operation) {

  public static FieldManagerMatcher prefix(String name, String operation) {
    return new FieldManagerMatcher(name, false, operation);
  }

  public static FieldManagerMatcher exact(String name, String operation) {
    return new FieldManagerMatcher(name, true, operation);
  }

  public boolean matches(ManagedFieldsEntry entry) {
    if (!operation.equals(entry.getOperation())
        || (entry.getSubresource() != null && !entry.getSubresource().isEmpty())) {
      return false;
    }
    String manager = entry.getManager() == null ? "" : entry.getManager();
    return exactMatch ? manager.equals(name) : manager.startsWith(name);
  }
}
