package io.tideline.runtime.metrics;

import java.util.List;

/** Prometheus metric and label names Flux controllers expose (dashboards and alerts use them). */
public final class MetricNames {
  private MetricNames() {}

  /** Histogram of reconcile durations; labels kind, name, namespace. */
  public static final String RECONCILE_DURATION_SECONDS = "gotk_reconcile_duration_seconds";

  /** Gauge, registered but no longer populated by Flux ≥ 2.5; labels include type and status. */
  public static final String RECONCILE_CONDITION = "gotk_reconcile_condition";

  /** Gauge, registered but no longer populated by Flux ≥ 2.5. */
  public static final String SUSPEND_STATUS = "gotk_suspend_status";

  /** Counter of Helm index cache events (source-controller); labels event_type, name, namespace. */
  public static final String CACHE_EVENTS_TOTAL = "gotk_cache_events_total";

  /** Counter of auth token cache events. */
  public static final String TOKEN_CACHE_EVENTS_TOTAL = "gotk_token_cache_events_total";

  public static final String TOKEN_CACHE_REQUESTS_TOTAL = "gotk_token_cache_requests_total";
  public static final String TOKEN_CACHE_EVICTIONS_TOTAL = "gotk_token_cache_evictions_total";
  public static final String TOKEN_CACHED_ITEMS = "gotk_token_cached_items";

  public static final String LABEL_KIND = "kind";
  public static final String LABEL_NAME = "name";
  public static final String LABEL_NAMESPACE = "namespace";
  public static final String LABEL_TYPE = "type";
  public static final String LABEL_STATUS = "status";
  public static final String LABEL_EVENT_TYPE = "event_type";
  public static final String LABEL_OPERATION = "operation";

  /**
   * Upper bounds of {@link #RECONCILE_DURATION_SECONDS}'s buckets: 10 exponential buckets from
   * 0.01s to 1800s, as Flux's {@code prometheus.ExponentialBucketsRange(10e-3, 1800, 10)}.
   */
  public static List<Double> reconcileDurationBuckets() {
    double min = 0.01;
    double max = 1800;
    int count = 10;
    double factor = Math.pow(max / min, 1.0 / (count - 1));
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(i -> min * Math.pow(factor, i))
        .toList();
  }
}
