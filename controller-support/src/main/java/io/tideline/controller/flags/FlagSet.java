package io.tideline.controller.flags;

import io.tideline.runtime.events.SecretRedactor;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One controller binary's flags and their parser. Accepts Go's flag syntax: {@code --name=value},
 * {@code --name value}, {@code --switch}, with one or two dashes. Each flag's value becomes the
 * property {@code <command>.<name>} plus the flag's extra properties; an unknown flag, a missing
 * value or a bad value fails with a {@link FlagException} naming the flag.
 */
public final class FlagSet {

  /** The process exit status for a bad command line, as Go's flag package uses. */
  public static final int USAGE_ERROR = 2;

  private final String command;
  private final List<FluxFlag> flags;

  private FlagSet(String command, List<FluxFlag> flags) {
    this.command = command;
    this.flags = List.copyOf(flags);
  }

  /** A builder for {@code command}'s flags, starting empty; see {@link CommonFlags#builder}. */
  public static Builder builder(String command) {
    return new Builder(command);
  }

  /** The binary's name, e.g. {@code source-controller}. */
  public String command() {
    return command;
  }

  /** The prefix of every flag's own property: {@code <command>.}. */
  public String prefix() {
    return command + ".";
  }

  /** The flags, in usage order. */
  public List<FluxFlag> flags() {
    return flags;
  }

  /** The flag named {@code name} (without dashes). */
  public Optional<FluxFlag> find(String name) {
    return flags.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * @return the configuration properties to set, in order; empty for no arguments
   * @throws FlagException for an unknown flag, a missing value or an invalid value
   */
  public Map<String, String> parse(String... args) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-") || arg.equals("-") || arg.equals("--")) {
        throw new FlagException(null, "unexpected argument: " + arg);
      }
      String body = arg.startsWith("--") ? arg.substring(2) : arg.substring(1);
      int eq = body.indexOf('=');
      String name = eq >= 0 ? body.substring(0, eq) : body;
      String value = eq >= 0 ? body.substring(eq + 1) : null;
      FluxFlag flag =
          find(name).orElseThrow(() -> new FlagException(name, "unknown flag: --" + name));
      if (value == null) {
        if (flag.type().isSwitch()) {
          value = "true";
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new FlagException(name, "flag needs an argument: --" + name);
        }
      }
      String valid = validate(flag, value);
      values.merge(
          flag.name(),
          valid,
          (old, now) -> flag.type() == FlagType.REPEATED ? old + "," + now : now);
    }
    return toProperties(values);
  }

  private static String validate(FluxFlag flag, String raw) {
    String value;
    try {
      value = flag.type().normalize(raw);
    } catch (IllegalArgumentException e) {
      throw invalid(flag, raw, e.getMessage());
    }
    for (ValueRule rule : flag.rules()) {
      Optional<String> problem = rule.problem(value);
      if (problem.isPresent()) {
        throw invalid(flag, value, problem.get());
      }
    }
    return value;
  }

  private static FlagException invalid(FluxFlag flag, String value, String why) {
    return new FlagException(
        flag.name(),
        "invalid argument \""
            + SecretRedactor.redact(value)
            + "\" for \"--"
            + flag.name()
            + "\" flag: "
            + why);
  }

  private Map<String, String> toProperties(Map<String, String> values) {
    Map<String, String> properties = new LinkedHashMap<>();
    values.forEach(
        (name, value) -> {
          properties.put(prefix() + name, value);
          properties.putAll(find(name).orElseThrow().extraProperties().apply(value));
        });
    return properties;
  }

  /** Go's usage text: one line per flag with its help and Flux's default. */
  public String usage() {
    int width = flags.stream().mapToInt(f -> f.name().length()).max().orElse(0) + 2;
    StringBuilder sb = new StringBuilder("Usage of ").append(command).append(":\n");
    for (FluxFlag f : flags) {
      sb.append(
          String.format(
              "      --%-" + width + "s %s (default \"%s\")%n",
              f.name(),
              f.help(),
              f.defaultValue()));
    }
    return sb.toString();
  }

  /**
   * What a controller's {@code main} does before starting: {@code -h}/{@code --help} prints the
   * usage to {@code out}; a bad command line prints the reason and the usage to {@code err}; else
   * the parsed properties are set as system properties.
   *
   * @return the status to exit with instead of starting (0 after help, {@link #USAGE_ERROR} for a
   *     bad command line); empty when the controller should start
   */
  public OptionalInt applyToSystemProperties(String[] args, PrintStream out, PrintStream err) {
    for (String arg : args) {
      if (arg.equals("-h") || arg.equals("--help") || arg.equals("-help")) {
        out.print(usage());
        return OptionalInt.of(0);
      }
    }
    Map<String, String> properties;
    try {
      properties = parse(args);
    } catch (FlagException e) {
      err.println(command + ": " + e.getMessage());
      err.print(usage());
      return OptionalInt.of(USAGE_ERROR);
    }
    properties.forEach(System::setProperty);
    return OptionalInt.empty();
  }

  /** Collects a binary's flags; names must be unique. */
  public static final class Builder {
    private final String command;
    private final List<FluxFlag> flags = new ArrayList<>();

    private Builder(String command) {
      this.command = command;
    }

    /** Adds flags after the present ones. */
    public Builder add(FluxFlag... more) {
      for (FluxFlag flag : more) {
        if (flags.stream().anyMatch(f -> f.name().equals(flag.name()))) {
          throw new IllegalStateException("flag --" + flag.name() + " is defined twice");
        }
        flags.add(flag);
      }
      return this;
    }

    /** Gives a present flag this controller's default and help text. */
    public Builder redefault(String name, String defaultValue, String help) {
      for (int i = 0; i < flags.size(); i++) {
        if (flags.get(i).name().equals(name)) {
          flags.set(i, flags.get(i).withDefault(defaultValue, help));
          return this;
        }
      }
      throw new IllegalStateException("no flag --" + name + " to give a default");
    }

    public FlagSet build() {
      return new FlagSet(command, flags);
    }
  }
}
