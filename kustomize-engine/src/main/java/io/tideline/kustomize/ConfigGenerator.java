package io.tideline.kustomize;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Kustomize's {@code configMapGenerator} and {@code secretGenerator}. */
final class ConfigGenerator {
  private static final Pattern VALID_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  private final FileLoader loader;
  private final Map<String, Object> globalOptions;
  private final String file;

  ConfigGenerator(FileLoader loader, Map<String, Object> globalOptions, String file) {
    this.loader = loader;
    this.globalOptions = globalOptions;
    this.file = file;
  }

  Resource generate(Map<String, Object> args, boolean secret) throws KustomizeException {
    String kind = secret ? "Secret" : "ConfigMap";
    String name = Tree.getString(args, "name");
    if (name == null || name.isEmpty()) {
      throw new KustomizeException(
          "a " + kind.toLowerCase() + " must have a name (" + kind + "Generator in " + file + ")");
    }
    Map<String, Object> options = mergedOptions(Tree.asMap(args.get("options")));
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("apiVersion", "v1");
    object.put("kind", kind);
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", name);
    String namespace = Tree.getString(args, "namespace");
    if (namespace != null && !namespace.isEmpty()) {
      metadata.put("namespace", namespace);
    }
    object.put("metadata", metadata);
    if (secret) {
      String type = Tree.getString(args, "type");
      object.put("type", type == null || type.isEmpty() ? "Opaque" : type);
    }
    Map<String, String> pairs = loadPairs(args, name);
    Map<String, Object> data = new TreeMap<>();
    Map<String, Object> binaryData = new TreeMap<>();
    for (Map.Entry<String, String> pair : pairs.entrySet()) {
      byte[] raw = pair.getValue().getBytes(StandardCharsets.ISO_8859_1);
      String text = utf8OrNull(raw);
      if (secret) {
        data.put(pair.getKey(), encodeBase64(raw));
      } else if (text != null) {
        data.put(pair.getKey(), text);
      } else {
        binaryData.put(pair.getKey(), encodeBase64(raw));
      }
    }
    if (secret || !data.isEmpty()) {
      object.put("data", new LinkedHashMap<>(data));
    }
    if (!binaryData.isEmpty()) {
      object.put("binaryData", new LinkedHashMap<>(binaryData));
    }
    Map<String, String> labels = Tree.stringMap(options.get("labels"));
    if (!labels.isEmpty()) {
      metadata.put("labels", new LinkedHashMap<String, Object>(labels));
    }
    Map<String, String> annotations = Tree.stringMap(options.get("annotations"));
    if (!annotations.isEmpty()) {
      metadata.put("annotations", new LinkedHashMap<String, Object>(annotations));
    }
    if (Boolean.TRUE.equals(options.get("immutable"))) {
      object.put("immutable", true);
    }
    Resource resource = new Resource(object);
    resource.setBehavior(Tree.getString(args, "behavior"));
    resource.setNeedsHash(!Boolean.TRUE.equals(options.get("disableNameSuffixHash")));
    return resource;
  }

  private Map<String, Object> mergedOptions(Map<String, Object> local) {
    Map<String, Object> merged = new LinkedHashMap<>();
    Map<String, Object> global = globalOptions == null ? Map.of() : globalOptions;
    Map<String, Object> labels = new LinkedHashMap<>();
    Map<String, Object> annotations = new LinkedHashMap<>();
    putAll(labels, Tree.asMap(global.get("labels")));
    putAll(annotations, Tree.asMap(global.get("annotations")));
    boolean disableHash = Boolean.TRUE.equals(global.get("disableNameSuffixHash"));
    boolean immutable = Boolean.TRUE.equals(global.get("immutable"));
    if (local != null) {
      putAll(labels, Tree.asMap(local.get("labels")));
      putAll(annotations, Tree.asMap(local.get("annotations")));
      disableHash |= Boolean.TRUE.equals(local.get("disableNameSuffixHash"));
      immutable |= Boolean.TRUE.equals(local.get("immutable"));
    }
    merged.put("labels", labels);
    merged.put("annotations", annotations);
    merged.put("disableNameSuffixHash", disableHash);
    merged.put("immutable", immutable);
    return merged;
  }

  private static void putAll(Map<String, Object> target, Map<String, Object> source) {
    if (source != null) {
      target.putAll(source);
    }
  }

  /** Key/value pairs in kustomize's order: env files, literals, files. Values are byte strings. */
  private Map<String, String> loadPairs(Map<String, Object> args, String name)
      throws KustomizeException {
    List<String[]> pairs = new ArrayList<>();
    List<String> envs = new ArrayList<>(Tree.stringList(args.get("envs")));
    envs.addAll(Tree.stringList(args.get("env")));
    for (String env : envs) {
      pairs.addAll(envPairs(env));
    }
    for (String literal : Tree.stringList(args.get("literals"))) {
      int eq = literal.indexOf('=');
      if (eq <= 0) {
        throw new KustomizeException(
            "literal sources ["
                + literal
                + "]: invalid literal source "
                + literal
                + ", expected key=value (in "
                + file
                + ")");
      }
      String value = removeQuotes(literal.substring(eq + 1));
      pairs.add(new String[] {literal.substring(0, eq), latin1(value)});
    }
    for (String source : Tree.stringList(args.get("files"))) {
      pairs.add(filePair(source));
    }
    Map<String, String> result = new LinkedHashMap<>();
    for (String[] pair : pairs) {
      if (!VALID_KEY.matcher(pair[0]).matches()) {
        throw new KustomizeException(
            "\""
                + pair[0]
                + "\" is not a valid key name: a valid config key must consist of"
                + " alphanumeric characters, '-', '_' or '.' (generator '"
                + name
                + "' in "
                + file
                + ")");
      }
      if (result.containsKey(pair[0])) {
        throw new KustomizeException(
            "configmap " + name + " illegally repeats the key `" + pair[0] + "` (in " + file + ")");
      }
      result.put(pair[0], pair[1]);
    }
    return result;
  }

  private List<String[]> envPairs(String path) throws KustomizeException {
    String content = new String(loader.readBytes(path), StandardCharsets.UTF_8);
    List<String[]> pairs = new ArrayList<>();
    String[] lines = content.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      line = line.stripLeading();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      String key = eq < 0 ? line : line.substring(0, eq);
      String value = eq < 0 ? "" : line.substring(eq + 1);
      if (key.isEmpty() || !key.matches("[-._a-zA-Z][-._a-zA-Z0-9]*")) {
        throw new KustomizeException(
            "env source files: ["
                + path
                + "]: invalid environment variable name '"
                + key
                + "' in "
                + path);
      }
      pairs.add(new String[] {key, latin1(value)});
    }
    return pairs;
  }

  private String[] filePair(String source) throws KustomizeException {
    long separators = source.chars().filter(c -> c == '=').count();
    String key;
    String path;
    if (separators == 0) {
      path = source;
      int slash = source.lastIndexOf('/');
      key = slash < 0 ? source : source.substring(slash + 1);
    } else if (separators == 1 && !source.startsWith("=") && !source.endsWith("=")) {
      key = source.substring(0, source.indexOf('='));
      path = source.substring(source.indexOf('=') + 1);
    } else {
      throw new KustomizeException(
          "file sources: ["
              + source
              + "]: source \""
              + source
              + "\" key name or file path is invalid (in "
              + file
              + ")");
    }
    byte[] bytes = loader.readBytes(path);
    return new String[] {key, new String(bytes, StandardCharsets.ISO_8859_1)};
  }

  private static String latin1(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private static String removeQuotes(String s) {
    if (s.length() >= 2
        && s.charAt(0) == s.charAt(s.length() - 1)
        && (s.charAt(0) == '"' || s.charAt(0) == '\'')) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  private static String utf8OrNull(byte[] raw) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Kustomize's base64 form: split into 70-character lines when longer than one line. */
  static String encodeBase64(byte[] raw) {
    String encoded = Base64.getEncoder().encodeToString(raw);
    int lineLength = 70;
    int lines = encoded.length() / lineLength + 1;
    if (lines <= 1) {
      return encoded;
    }
    StringBuilder out = new StringBuilder(encoded.length() + lines);
    for (int i = 0; i < encoded.length(); i += lineLength) {
      out.append(encoded, i, Math.min(encoded.length(), i + lineLength)).append('\n');
    }
    return out.toString();
  }
}
