package io.tideline.kustomize;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Parses YAML (1.2 core schema, as kyaml does) into plain Java trees: {@code LinkedHashMap} with
 * string keys, {@code ArrayList}, {@code String}, {@code Long}, {@code BigInteger}, {@code Double},
 * {@code Boolean} and {@code null}. Aliases are expanded into independent copies and {@code <<}
 * merge keys are applied, so every returned tree can be mutated safely.
 */
final class YamlReader {
  private final int codePointLimit;
  private final boolean yaml11;

  YamlReader(long maxFileBytes) {
    this(maxFileBytes, false);
  }

  private YamlReader(long maxFileBytes, boolean yaml11) {
    this.codePointLimit = (int) Math.min(Integer.MAX_VALUE, Math.max(1024, maxFileBytes));
    this.yaml11 = yaml11;
  }

  /** A reader with YAML 1.1 booleans, as go-yaml v2 reads JSON patches written in YAML. */
  YamlReader yaml11() {
    return new YamlReader(codePointLimit, true);
  }

  private long maxNodes() {
    return Math.max(2_000_000L, codePointLimit / 4L);
  }

  /** All non-empty documents of {@code text}; {@code source} names the file in errors. */
  List<Object> readAll(String text, String source) throws KustomizeException {
    LoadSettings settings =
        LoadSettings.builder()
            .setSchema(new KyamlSchema(yaml11))
            .setAllowDuplicateKeys(false)
            .setCodePointLimit(codePointLimit)
            .setMaxAliasesForCollections(1000)
            .setLabel(source)
            .build();
    List<Object> documents = new ArrayList<>();
    try {
      for (Object document : new Load(settings).loadAllFromString(text)) {
        if (document != null) {
          documents.add(new Normalizer(maxNodes()).normalize(document, 0));
        }
      }
    } catch (MarkedYamlEngineException e) {
      throw new KustomizeException(
          "MalformedYAMLError: " + e.getProblem() + " in File: " + source, e);
    } catch (YamlEngineException | ClassCastException e) {
      throw new KustomizeException("MalformedYAMLError: " + e.getMessage() + " in File: " + source);
    }
    return documents;
  }

  /** The single mapping document of {@code text}, or an empty map when the text is empty. */
  Map<String, Object> readMap(String text, String source) throws KustomizeException {
    List<Object> documents = readAll(text, source);
    if (documents.isEmpty()) {
      return new LinkedHashMap<>();
    }
    if (!(documents.get(0) instanceof Map<?, ?>)) {
      throw new KustomizeException("expected a YAML mapping in " + source);
    }
    return Tree.asMap(documents.get(0));
  }

  /** Copies a parsed document, expanding aliases and merge keys within a node budget. */
  private static final class Normalizer {
    private long budget;

    Normalizer(long budget) {
      this.budget = budget;
    }

    Object normalize(Object value, int depth) {
      if (--budget < 0) {
        throw new YamlEngineException(
            "document expands to too many nodes (aliases or merge keys used as a bomb?)");
      }
      if (depth > 512) {
        throw new YamlEngineException("document nested too deeply");
      }
      if (value instanceof Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        Object merge = null;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          String key = keyText(entry.getKey());
          if ("<<".equals(key)) {
            merge = entry.getValue();
            continue;
          }
          copy.put(key, normalize(entry.getValue(), depth + 1));
        }
        if (merge != null) {
          applyMergeKey(copy, merge, depth);
        }
        return copy;
      }
      if (value instanceof List<?> list) {
        List<Object> copy = new ArrayList<>(list.size());
        for (Object item : list) {
          copy.add(normalize(item, depth + 1));
        }
        return copy;
      }
      if (value instanceof Integer i) {
        return i.longValue();
      }
      if (value instanceof BigInteger big && big.bitLength() < 64) {
        return big.longValue();
      }
      if (value instanceof Float f) {
        return f.doubleValue();
      }
      if (value instanceof byte[] bytes) {
        return java.util.Base64.getEncoder().encodeToString(bytes);
      }
      return value;
    }

    private void applyMergeKey(Map<String, Object> target, Object merge, int depth) {
      List<Object> sources = merge instanceof List<?> l ? new ArrayList<>(l) : List.of(merge);
      Map<String, Object> merged = new LinkedHashMap<>();
      for (Object source : sources) {
        if (source instanceof Map<?, ?> m) {
          Map<String, Object> normalized = Tree.asMap(normalize(m, depth + 1));
          normalized.forEach(merged::putIfAbsent);
        }
      }
      merged.forEach(target::putIfAbsent);
    }
  }

  private static String keyText(Object key) {
    if (key == null) {
      return "null";
    }
    if (key instanceof String s) {
      return s;
    }
    return ScalarText.of(new Normalizer(1000).normalize(key, 0));
  }
}
