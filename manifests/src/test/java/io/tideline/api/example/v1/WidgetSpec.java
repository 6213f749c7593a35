package io.tideline.api.example.v1;

import io.tideline.api.meta.LocalObjectReference;
import io.tideline.api.meta.SchemaFormat;
import io.tideline.api.meta.SchemaListType;
import io.tideline.api.meta.SchemaMapType;
import java.util.List;
import java.util.Map;

/** Spec of the test-only {@link Widget}: one property per schema marker. */
public class WidgetSpec {
  @SchemaListType(value = "map", mapKeys = "name")
  public List<LocalObjectReference> items;

  @SchemaMapType("atomic")
  public Map<String, String> selector;

  @SchemaFormat(SchemaFormat.DATE_TIME)
  public String at;

  public Long count;

  public List<Long> counts;
}
