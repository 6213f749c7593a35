package io.tideline.sops;

import com.exceptionfactory.jagged.RecipientStanzaReader;
import com.exceptionfactory.jagged.framework.armor.ArmoredDecryptingChannelFactory;
import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaReaderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recovers a document's 32-byte data key from its age stanzas with the configured age identities,
 * or from its pgp stanzas with the configured OpenPGP secret keys.
 */
final class DataKeyUnwrapper {
  private final List<RecipientStanzaReader> identities;
  private final PgpSecretKeys pgpKeys;

  DataKeyUnwrapper(List<RecipientStanzaReader> identities, PgpSecretKeys pgpKeys) {
    this.identities = identities;
    this.pgpKeys = pgpKeys;
  }

  /**
   * Reads age identities from key file text ({@code AGE-SECRET-KEY-1…} lines; other lines and
   * {@code #} comments are ignored), as found in a Secret's {@code *.agekey} entries.
   */
  static List<RecipientStanzaReader> parseIdentities(List<String> keyFiles) throws SopsException {
    List<RecipientStanzaReader> readers = new ArrayList<>();
    int index = 0;
    for (String file : keyFiles) {
      for (String line : file.split("\\R")) {
        String trimmed = line.strip();
        if (trimmed.startsWith("AGE-SECRET-KEY-1")) {
          try {
            readers.add(X25519RecipientStanzaReaderFactory.newRecipientStanzaReader(trimmed));
          } catch (GeneralSecurityException | RuntimeException e) {
            throw new SopsException("invalid age identity #" + (index + 1) + ": not a valid key");
          }
          index++;
        }
      }
    }
    return List.copyOf(readers);
  }

  /**
   * The data key: from the single key group, or recombined from the parts of {@code
   * shamir_threshold} key groups when the document uses several.
   */
  byte[] unwrap(SopsMetadata metadata) throws SopsException {
    List<SopsMetadata.KeyGroup> groups = metadata.keyGroups();
    if (groups.stream().allMatch(g -> g.age().isEmpty() && g.pgp().isEmpty())) {
      List<String> others =
          groups.stream().flatMap(g -> g.otherKeyTypes().stream()).distinct().toList();
      if (others.isEmpty()) {
        throw new SopsException("no supported key: the sops metadata lists no recipients");
      }
      throw new SopsException(
          "no supported key: this document is encrypted for " + String.join("/", others) + " only");
    }
    if (identities.isEmpty() && pgpKeys.isEmpty()) {
      throw new SopsException(
          "no "
              + keyKinds(groups)
              + " configured to decrypt a document for recipients: "
              + recipients(groups));
    }
    List<byte[]> parts = new ArrayList<>();
    for (SopsMetadata.KeyGroup group : groups) {
      byte[] part = unwrapGroup(group);
      if (part != null) {
        parts.add(part);
      }
      if (parts.size() >= metadata.shamirThreshold()) {
        break;
      }
    }
    if (parts.isEmpty()) {
      throw new SopsException(
          "no " + keyKinds(groups) + " matches the recipients: " + recipients(groups));
    }
    byte[] key;
    if (groups.size() == 1) {
      key = parts.get(0);
    } else if (parts.size() < metadata.shamirThreshold()) {
      throw new SopsException(
          "not enough key groups decrypted: need "
              + metadata.shamirThreshold()
              + " of "
              + groups.size()
              + ", the configured keys open "
              + parts.size()
              + " (recipients: "
              + recipients(groups)
              + ")");
    } else {
      key = ShamirCombiner.combine(parts);
    }
    if (key.length != 32) {
      throw new SopsException("the decrypted data key is not 32 bytes");
    }
    return key;
  }

  private byte[] unwrapGroup(SopsMetadata.KeyGroup group) {
    for (SopsMetadata.AgeStanza stanza : group.age()) {
      byte[] key = tryUnwrap(stanza.enc());
      if (key != null) {
        return key;
      }
    }
    for (SopsMetadata.PgpStanza stanza : group.pgp()) {
      byte[] key = pgpKeys.tryDecrypt(stanza.enc());
      if (key != null) {
        return key;
      }
    }
    return null;
  }

  private byte[] tryUnwrap(String armored) {
    ArmoredDecryptingChannelFactory factory = new ArmoredDecryptingChannelFactory();
    ReadableByteChannel source =
        Channels.newChannel(new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)));
    try (ReadableByteChannel channel = factory.newDecryptingChannel(source, identities);
        InputStream in = Channels.newInputStream(channel)) {
      return in.readAllBytes();
    } catch (GeneralSecurityException | IOException | RuntimeException e) {
      return null;
    }
  }

  /** What kind of key could open the document, for messages. */
  private static String keyKinds(List<SopsMetadata.KeyGroup> groups) {
    boolean pgp = groups.stream().anyMatch(g -> !g.pgp().isEmpty());
    boolean age = groups.stream().anyMatch(g -> !g.age().isEmpty());
    if (pgp && age) {
      return "age identity or OpenPGP key";
    }
    return pgp ? "OpenPGP key" : "age identity";
  }

  /** The age recipients and the pgp fingerprints (prefixed {@code pgp:}) of all groups. */
  private static String recipients(List<SopsMetadata.KeyGroup> groups) {
    return groups.stream()
        .flatMap(
            g ->
                Stream.concat(
                    g.age().stream().map(SopsMetadata.AgeStanza::recipient),
                    g.pgp().stream().map(p -> "pgp:" + p.fingerprint())))
        .collect(Collectors.joining(", "));
  }
}
