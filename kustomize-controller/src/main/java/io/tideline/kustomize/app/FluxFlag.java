package io.tideline.kustomize.app;

/**
 * One Flux command-line flag: its name, Flux's default, whether it is a boolean switch, what kind
 * of value it takes, and its help text.
 */
record FluxFlag(String name, String defaultValue, Type type, String help) {

  /** How a flag's value is validated. */
  enum Type {
    STRING,
    BOOL,
    INT,
    DURATION,
    /** May be given more than once; values are joined with commas. */
    REPEATED
  }
}
