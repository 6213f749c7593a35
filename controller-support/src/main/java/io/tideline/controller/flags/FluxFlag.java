package io.tideline.controller.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One Flux command-line flag. Its value is stored under {@code <controller>.<name>}; {@code
 * extraProperties} adds the Quarkus or QOSDK properties that implement it (e.g. {@code
 * --concurrent} also sets the reconcile thread count).
 *
 * @param name the flag's name without dashes, as Flux spells it
 * @param defaultValue Flux's default, shown in the usage text
 * @param type how the value is parsed and normalised
 * @param help one line for the usage text
 * @param rules further checks on the normalised value
 * @param extraProperties properties to set besides the flag's own key, from the normalised value
 */
public record FluxFlag(
    String name,
    String defaultValue,
    FlagType type,
    String help,
    List<ValueRule> rules,
    Function<String, Map<String, String>> extraProperties) {

  public FluxFlag {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(help, "help");
    rules = List.copyOf(rules);
    Objects.requireNonNull(extraProperties, "extraProperties");
  }

  /** A flag with no further rules and no extra properties. */
  public static FluxFlag of(String name, String defaultValue, FlagType type, String help) {
    return new FluxFlag(name, defaultValue, type, help, List.of(), value -> Map.of());
  }

  /** This flag with one more check on its value. */
  public FluxFlag withRule(ValueRule rule) {
    List<ValueRule> more = new ArrayList<>(rules);
    more.add(rule);
    return new FluxFlag(name, defaultValue, type, help, more, extraProperties);
  }

  /** This flag, also setting the properties {@code mapping} derives from its value. */
  public FluxFlag withExtraProperties(Function<String, Map<String, String>> mapping) {
    return new FluxFlag(name, defaultValue, type, help, rules, mapping);
  }

  /** This flag with another controller's default and help text (e.g. {@code --concurrent}). */
  public FluxFlag withDefault(String newDefault, String newHelp) {
    return new FluxFlag(name, newDefault, type, newHelp, rules, extraProperties);
  }
}
