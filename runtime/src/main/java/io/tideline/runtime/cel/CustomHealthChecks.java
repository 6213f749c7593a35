package io.tideline.runtime.cel;

import io.tideline.api.meta.CustomHealthCheck;
import io.tideline.runtime.kstatus.KstatusResult;
import io.tideline.runtime.kstatus.StatusReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of {@code healthCheckExprs} entries as a {@link StatusReader}: objects of a kind an entry
 * names are judged by its {@link HealthExpressions}; all others by kstatus. Only the API group of
 * an entry's {@code apiVersion} is matched (the version is ignored); an entry without {@code kind}
 * covers its whole group, and an entry with the object's kind wins over it.
 */
public final class CustomHealthChecks implements StatusReader {

  private static final CustomHealthChecks NONE = new CustomHealthChecks(Map.of());

  private final Map<String, HealthExpressions> byGroupKind;

  private CustomHealthChecks(Map<String, HealthExpressions> byGroupKind) {
    this.byGroupKind = Map.copyOf(byGroupKind);
  }

  /** No custom checks: kstatus for everything. */
  public static CustomHealthChecks none() {
    return NONE;
  }

  /**
   * Compiles every entry up front; the first invalid or duplicate entry fails with its index, e.g.
   * {@code failed to create custom status evaluator for healthCheckExprs[0]: failed to parse the
   * expression InProgress: failed to parse the CEL expression 'foo.': …}.
   */
  public static CustomHealthChecks compile(List<CustomHealthCheck> checks, CelLimits limits)
      throws InvalidExpressionException {
    if (checks == null || checks.isEmpty()) {
      return NONE;
    }
    ExpressionCompiler compiler = ExpressionCompiler.forObjectFields(limits);
    Map<String, HealthExpressions> byGroupKind = new HashMap<>();
    for (int i = 0; i < checks.size(); i++) {
      CustomHealthCheck check = checks.get(i);
      String kind = check.getKind() == null ? "" : check.getKind();
      String key = key(group(check.getApiVersion()), kind);
      if (byGroupKind.containsKey(key)) {
        throw new InvalidExpressionException(
            "duplicate custom health check for "
                + describe(group(check.getApiVersion()), kind)
                + " at healthCheckExprs["
                + i
                + "]");
      }
      try {
        byGroupKind.put(
            key,
            HealthExpressions.compile(
                compiler, check.getCurrent(), check.getInProgress(), check.getFailed()));
      } catch (InvalidExpressionException e) {
        throw e.within("failed to create custom status evaluator for healthCheckExprs[" + i + "]");
      }
    }
    return new CustomHealthChecks(byGroupKind);
  }

  /** True when no entry was given. */
  public boolean isEmpty() {
    return byGroupKind.isEmpty();
  }

  /** The expressions judging objects of {@code group}/{@code kind}, if any entry covers them. */
  public Optional<HealthExpressions> forKind(String group, String kind) {
    HealthExpressions exact = byGroupKind.get(key(group, kind));
    return Optional.ofNullable(exact != null ? exact : byGroupKind.get(key(group, "")));
  }

  @Override
  public KstatusResult read(Map<String, Object> object) {
    String apiVersion = object.get("apiVersion") instanceof String s ? s : "";
    String kind = object.get("kind") instanceof String s ? s : "";
    return forKind(group(apiVersion), kind)
        .map(expressions -> expressions.evaluate(object))
        .orElseGet(() -> StatusReader.kstatus().read(object));
  }

  /**
   * The API group of an apiVersion as Kubernetes parses it: {@code apps/v1} → {@code apps}; {@code
   * v1} (no slash) and anything with more than one slash → the core group.
   */
  static String group(String apiVersion) {
    if (apiVersion == null) {
      return "";
    }
    int slash = apiVersion.indexOf('/');
    if (slash < 0 || apiVersion.indexOf('/', slash + 1) >= 0) {
      return "";
    }
    return apiVersion.substring(0, slash);
  }

  private static String key(String group, String kind) {
    return group + "/" + kind;
  }

  private static String describe(String group, String kind) {
    String groupName = group.isEmpty() ? "the core group" : "group " + group;
    return kind.isEmpty() ? groupName : "kind " + kind + " in " + groupName;
  }
}
