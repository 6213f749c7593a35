package io.tideline.runtime.ssa;

import java.util.List;

/**
 * What to strip from live objects before applying, so that edits by other tools are reverted:
 * annotation and label keys, and field managers whose ownership is handed over to the engine's own
 * manager. Objects matching {@code exclusions} (e.g. {@code ssa: Merge}) are left alone.
 */
public record MetadataCleanup(
    List<String> annotations,
    List<String> labels,
    List<FieldManagerMatcher> fieldManagers,
    MetadataSelector exclusions) {

  public static final MetadataCleanup NONE =
      new MetadataCleanup(List.of(), List.of(), List.of(), MetadataSelector.NONE);

  public MetadataCleanup {
    annotations = List.copyOf(annotations);
    labels = List.copyOf(labels);
    fieldManagers = List.copyOf(fieldManagers);
  }

  public boolean isEmpty() {
    return annotations.isEmpty() && labels.isEmpty() && fieldManagers.isEmpty();
  }
}
