package io.tideline.kustomize;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Kustomize's {@code images}: rewrites the name, tag or digest of matching container images in
 * every {@code containers} / {@code initContainers} list of every object except CRDs.
 */
final class ImageTransformer {
  private final String name;
  private final String newName;
  private final String newTag;
  private final String digest;
  private final String tagSuffix;
  private final Pattern matcher;
  private final List<FieldSpec> fieldSpecs;

  ImageTransformer(Map<String, Object> image, List<FieldSpec> fieldSpecs, String file)
      throws KustomizeException {
    this.fieldSpecs = fieldSpecs;
    this.name = text(image, "name");
    this.newName = text(image, "newName");
    this.newTag = text(image, "newTag");
    this.digest = text(image, "digest");
    this.tagSuffix = text(image, "tagSuffix");
    try {
      this.matcher =
          Pattern.compile("^" + name + "(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?$");
    } catch (PatternSyntaxException e) {
      throw new KustomizeException("invalid image name '" + name + "' in " + file);
    }
  }

  private static String text(Map<String, Object> map, String key) {
    String value = Tree.getString(map, key);
    return value == null ? "" : value;
  }

  void apply(ResourceMap resources) throws KustomizeException {
    for (Resource resource : resources.resources()) {
      if (resource.kind().equals("CustomResourceDefinition")) {
        continue;
      }
      walk(resource.object());
      Gvk gvk = resource.gvk();
      for (FieldSpec spec : fieldSpecs) {
        if (spec.appliesTo(gvk)) {
          FieldWalker.walk(resource.object(), spec.segments(), false, this::update);
        }
      }
    }
  }

  private void walk(Object node) throws KustomizeException {
    Map<String, Object> map = Tree.asMap(node);
    if (map != null) {
      for (Map.Entry<String, Object> entry : map.entrySet()) {
        walk(entry.getValue());
        if ((entry.getKey().equals("containers") || entry.getKey().equals("initContainers"))
            && entry.getValue() instanceof List<?> containers) {
          for (Object container : containers) {
            Map<String, Object> c = Tree.asMap(container);
            if (c != null && c.containsKey("image")) {
              update(c, "image");
            }
          }
        }
      }
      return;
    }
    for (Object item : Tree.elements(node)) {
      walk(item);
    }
  }

  private void update(Map<String, Object> parent, String field) {
    Object value = parent.get(field);
    if (!(value instanceof String image) || !matcher.matcher(image).matches()) {
      return;
    }
    String[] parts = split(image);
    String imageName = newName.isEmpty() ? parts[0] : newName;
    String tag = parts[1];
    String imageDigest = parts[2];
    if (!newTag.isEmpty() && !digest.isEmpty()) {
      tag = newTag;
      imageDigest = digest;
    } else if (!newTag.isEmpty()) {
      tag = newTag;
      imageDigest = "";
    } else if (!digest.isEmpty()) {
      tag = "";
      imageDigest = digest;
    } else if (!tagSuffix.isEmpty()) {
      tag = tag + tagSuffix;
      imageDigest = "";
    }
    String result = imageName;
    if (!tag.isEmpty()) {
      result += ":" + tag;
    }
    if (!imageDigest.isEmpty()) {
      result += "@" + imageDigest;
    }
    parent.put(field, result);
  }

  /** Splits an image reference into name, tag and digest as kustomize does. */
  static String[] split(String image) {
    int slash = image.indexOf('/');
    int offset = slash > 0 ? slash : 0;
    String search = image.substring(offset);
    int at = search.indexOf('@');
    int colon = search.indexOf(':');
    if (colon < 0 && at < 0) {
      return new String[] {image, "", ""};
    }
    if (at >= 0 && (at < colon || colon < 0)) {
      return new String[] {image.substring(0, at + offset), "", image.substring(at + offset + 1)};
    }
    if (at >= 0) {
      return new String[] {
        image.substring(0, colon + offset),
        image.substring(colon + offset + 1, at + offset),
        image.substring(at + offset + 1)
      };
    }
    return new String[] {
      image.substring(0, colon + offset), image.substring(colon + offset + 1), ""
    };
  }
}
