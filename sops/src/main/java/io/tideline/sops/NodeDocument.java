package io.tideline.sops;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.serializer.Serializer;

/**
 * A YAML or JSON document as a node tree (key order and YAML comments kept), split into its data
 * and its {@code sops} metadata block.
 */
record NodeDocument(MappingNode data, Map<String, Object> sops) {
  /** Above Flux's 5 MiB limit for encrypted files, which callers enforce. */
  private static final int MAX_CODE_POINTS = 16 * 1024 * 1024;

  static NodeDocument parse(String text, String formatName) throws SopsException {
    LoadSettings settings =
        LoadSettings.builder()
            .setParseComments(true)
            .setSchema(new CoreSchema())
            .setCodePointLimit(MAX_CODE_POINTS)
            .build();
    List<Node> documents = new ArrayList<>();
    try {
      new Compose(settings).composeAllFromString(text).forEach(documents::add);
    } catch (YamlEngineException e) {
      throw new SopsException("cannot parse " + formatName + " document: " + firstLine(e));
    }
    if (documents.size() != 1) {
      throw new SopsException(
          "unsupported "
              + formatName
              + " document: expected one document, found "
              + documents.size());
    }
    if (!(documents.get(0) instanceof MappingNode root)) {
      throw new SopsException(formatName + " document is not a mapping");
    }
    Map<String, Object> sops = null;
    List<NodeTuple> data = new ArrayList<>();
    for (NodeTuple tuple : root.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("sops")) {
        Object metadata = toJava(tuple.getValueNode());
        if (!(metadata instanceof Map<?, ?>)) {
          throw new SopsException("malformed sops metadata: sops is not a mapping");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) metadata;
        sops = map;
      } else {
        data.add(tuple);
      }
    }
    if (sops == null) {
      throw new SopsException(
          "sops metadata not found: the " + formatName + " document is not encrypted");
    }
    root.setValue(data);
    return new NodeDocument(root, sops);
  }

  /** The tree as block YAML, comments included. */
  static String toYaml(Node node) {
    DumpSettings settings =
        DumpSettings.builder()
            .setDumpComments(true)
            .setSchema(new CoreSchema())
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setWidth(Integer.MAX_VALUE)
            .build();
    StringWriter out = new StringWriter();
    StreamDataWriter writer =
        new StreamDataWriter() {
          @Override
          public void write(String str) {
            out.write(str);
          }

          @Override
          public void write(String str, int off, int len) {
            out.write(str, off, len);
          }
        };
    Serializer serializer = new Serializer(settings, new Emitter(settings, writer));
    serializer.emitStreamStart();
    serializer.serializeDocument(node);
    serializer.emitStreamEnd();
    return out.toString();
  }

  private static Object toJava(Node node) {
    if (node instanceof MappingNode mapping) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        map.put(String.valueOf(toJava(tuple.getKeyNode())), toJava(tuple.getValueNode()));
      }
      return map;
    }
    if (node instanceof SequenceNode sequence) {
      List<Object> list = new ArrayList<>();
      sequence.getValue().forEach(item -> list.add(toJava(item)));
      return list;
    }
    return ((ScalarNode) node).getValue();
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
