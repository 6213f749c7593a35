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

/** Recovers a document's 32-byte data key from its age stanzas with the configured identities. */
final class DataKeyUnwrapper {
  private final List<RecipientStanzaReader> identities;

  DataKeyUnwrapper(List<RecipientStanzaReader> identities) {
    this.identities = identities;
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

  byte[] unwrap(SopsMetadata metadata) throws SopsException {
    if (metadata.age().isEmpty()) {
      if (metadata.otherKeyTypes().isEmpty()) {
        throw new SopsException("no supported key: the sops metadata lists no recipients");
      }
      throw new SopsException(
          "no supported key: this document is encrypted for "
              + String.join("/", metadata.otherKeyTypes())
              + " only");
    }
    if (identities.isEmpty()) {
      throw new SopsException(
          "no age identity configured to decrypt a document for recipients: "
              + recipients(metadata));
    }
    for (SopsMetadata.AgeStanza stanza : metadata.age()) {
      byte[] key = tryUnwrap(stanza.enc());
      if (key != null) {
        if (key.length != 32) {
          throw new SopsException("data key for " + stanza.recipient() + " is not 32 bytes");
        }
        return key;
      }
    }
    throw new SopsException("no age identity matches the recipients: " + recipients(metadata));
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

  private static String recipients(SopsMetadata metadata) {
    return metadata.age().stream()
        .map(SopsMetadata.AgeStanza::recipient)
        .collect(Collectors.joining(", "));
  }
}
