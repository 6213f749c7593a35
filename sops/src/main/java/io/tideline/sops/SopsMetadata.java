package io.tideline.sops;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code sops} block of a document: how the data key is wrapped, the encrypted MAC and the
 * rules that decide which values are encrypted.
 */
record SopsMetadata(
    List<KeyGroup> keyGroups,
    int shamirThreshold,
    String lastModified,
    String mac,
    String unencryptedSuffix,
    String encryptedSuffix,
    Pattern unencryptedRegex,
    Pattern encryptedRegex,
    boolean macOnlyEncrypted) {

  /** One age recipient and the data key encrypted for it (armored age file). */
  record AgeStanza(String recipient, String enc) {}

  /** One OpenPGP key (fingerprint) and the data key encrypted for it (armored PGP message). */
  record PgpStanza(String fingerprint, String enc) {}

  /**
   * The keys of one key group: its age and pgp stanzas and the names of the other (unsupported) key
   * types present. Without {@code key_groups} the top-level keys form the only group.
   */
  record KeyGroup(List<AgeStanza> age, List<PgpStanza> pgp, List<String> otherKeyTypes) {
    static KeyGroup from(Map<String, Object> keys) throws SopsException {
      List<AgeStanza> age = new ArrayList<>();
      if (keys.get("age") instanceof List<?> entries) {
        for (Object entry : entries) {
          Map<String, Object> stanza = asMap(entry, "age");
          age.add(new AgeStanza(text(stanza, "recipient"), text(stanza, "enc")));
        }
      }
      List<PgpStanza> pgp = new ArrayList<>();
      if (keys.get("pgp") instanceof List<?> entries) {
        for (Object entry : entries) {
          Map<String, Object> stanza = asMap(entry, "pgp");
          pgp.add(new PgpStanza(text(stanza, "fp"), text(stanza, "enc")));
        }
      }
      List<String> others = new ArrayList<>();
      for (String type : OTHER_KEY_TYPES) {
        if (keys.get(type) instanceof List<?> entries && !entries.isEmpty()) {
          others.add(type);
        }
      }
      return new KeyGroup(age, pgp, others);
    }
  }

  private static final List<String> OTHER_KEY_TYPES =
      List.of("kms", "gcp_kms", "azure_kv", "hc_vault", "hckms");

  static SopsMetadata from(Map<String, Object> sops) throws SopsException {
    if (sops.get("unencrypted_comment_regex") != null
        || sops.get("encrypted_comment_regex") != null) {
      throw new SopsException(
          "unsupported sops metadata: unencrypted_comment_regex/encrypted_comment_regex");
    }
    List<KeyGroup> groups = new ArrayList<>();
    if (sops.get("key_groups") instanceof List<?> list && !list.isEmpty()) {
      for (int i = 0; i < list.size(); i++) {
        groups.add(KeyGroup.from(asMap(list.get(i), "key_groups[" + i + "]")));
      }
    } else {
      groups.add(KeyGroup.from(sops));
    }
    int threshold = groups.size();
    String declared = text(sops, "shamir_threshold");
    if (!declared.isEmpty()) {
      try {
        threshold = Integer.parseInt(declared);
      } catch (NumberFormatException e) {
        throw new SopsException("malformed sops metadata: shamir_threshold is not a number");
      }
    }
    return new SopsMetadata(
        groups,
        threshold,
        rfc3339(text(sops, "lastmodified")),
        text(sops, "mac"),
        text(sops, "unencrypted_suffix"),
        text(sops, "encrypted_suffix"),
        pattern(sops, "unencrypted_regex"),
        pattern(sops, "encrypted_regex"),
        Boolean.parseBoolean(text(sops, "mac_only_encrypted")));
  }

  /** SOPS's rule: whether the value at {@code path} (mapping keys only) is encrypted. */
  boolean isEncrypted(List<String> path) {
    boolean encrypted = true;
    if (!unencryptedSuffix.isEmpty()
        && path.stream().anyMatch(k -> k.endsWith(unencryptedSuffix))) {
      encrypted = false;
    }
    if (!encryptedSuffix.isEmpty()) {
      encrypted = path.stream().anyMatch(k -> k.endsWith(encryptedSuffix));
    }
    if (unencryptedRegex != null
        && path.stream().anyMatch(k -> unencryptedRegex.matcher(k).find())) {
      encrypted = false;
    }
    if (encryptedRegex != null) {
      encrypted = path.stream().anyMatch(k -> encryptedRegex.matcher(k).find());
    }
    return encrypted;
  }

  /**
   * The MAC's additional data: SOPS parses {@code lastmodified} and formats it again as RFC 3339
   * with whole seconds, so a stored value with fractions or another offset spelling still matches.
   */
  private static String rfc3339(String stored) {
    try {
      return OffsetDateTime.parse(stored)
          .truncatedTo(ChronoUnit.SECONDS)
          .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
    } catch (DateTimeParseException e) {
      return stored;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value, String where) throws SopsException {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new SopsException("malformed sops metadata: " + where + " is not a mapping");
  }

  private static String text(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value == null ? "" : value.toString();
  }

  private static Pattern pattern(Map<String, Object> map, String key) throws SopsException {
    String regex = text(map, key);
    if (regex.isEmpty()) {
      return null;
    }
    try {
      return Pattern.compile(regex);
    } catch (IllegalArgumentException e) {
      throw new SopsException("malformed sops metadata: " + key + " is not a valid regex");
    }
  }
}
