package io.tideline.sops;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyDataDecryptorFactory;

/**
 * Unprotected OpenPGP secret keys (ASCII-armored, as in a decryption Secret's {@code *.asc}
 * entries) and the decryption of the armored PGP messages of SOPS {@code pgp} stanzas: the message
 * is addressed to a key id, the matching secret (sub)key opens it and its literal data is the raw
 * data key.
 */
final class PgpSecretKeys {
  private final List<PGPSecretKeyRing> rings;
  private final Map<Long, PGPPrivateKey> privateKeys;

  private PgpSecretKeys(List<PGPSecretKeyRing> rings, Map<Long, PGPPrivateKey> privateKeys) {
    this.rings = rings;
    this.privateKeys = privateKeys;
  }

  static PgpSecretKeys none() {
    return new PgpSecretKeys(List.of(), Map.of());
  }

  /**
   * Parses armored secret key blocks; {@code names} label each block in errors (a Secret entry name
   * or a position), the message never contains key material.
   */
  static PgpSecretKeys parse(List<String> armoredKeys, List<String> names) throws SopsException {
    List<PGPSecretKeyRing> rings = new ArrayList<>();
    Map<Long, PGPPrivateKey> privateKeys = new HashMap<>();
    for (int i = 0; i < armoredKeys.size(); i++) {
      String name = names.get(i);
      PGPSecretKeyRingCollection collection = read(armoredKeys.get(i), name);
      Iterator<PGPSecretKeyRing> it = collection.getKeyRings();
      if (!it.hasNext()) {
        throw new SopsException(
            "invalid OpenPGP key " + name + ": not an ASCII-armored OpenPGP secret key");
      }
      while (it.hasNext()) {
        PGPSecretKeyRing ring = it.next();
        for (PGPSecretKey key : ring) {
          if (!key.isPrivateKeyEmpty()) {
            PGPPrivateKey extracted = privateKey(key, name);
            privateKeys.putIfAbsent(key.getKeyID(), extracted);
          }
        }
        rings.add(ring);
      }
    }
    return new PgpSecretKeys(List.copyOf(rings), Map.copyOf(privateKeys));
  }

  boolean isEmpty() {
    return rings.isEmpty();
  }

  int size() {
    return rings.size();
  }

  /** The data key in an armored PGP message, or null when none of the keys opens it. */
  byte[] tryDecrypt(String armoredMessage) {
    try (InputStream in =
        PGPUtil.getDecoderStream(
            new ByteArrayInputStream(armoredMessage.getBytes(StandardCharsets.US_ASCII)))) {
      PGPEncryptedDataList list = encryptedDataList(new BcPGPObjectFactory(in));
      if (list == null) {
        return null;
      }
      for (Object item : list) {
        if (item instanceof PGPPublicKeyEncryptedData data) {
          PGPPrivateKey key = privateKeys.get(data.getKeyID());
          if (key != null) {
            return readLiteral(data, key);
          }
        }
      }
      return null;
    } catch (IOException | PGPException | RuntimeException e) {
      return null;
    }
  }

  private static byte[] readLiteral(PGPPublicKeyEncryptedData data, PGPPrivateKey key)
      throws PGPException, IOException {
    try (InputStream clear = data.getDataStream(new BcPublicKeyDataDecryptorFactory(key))) {
      Object message = new BcPGPObjectFactory(clear).nextObject();
      if (message instanceof PGPCompressedData compressed) {
        message = new BcPGPObjectFactory(compressed.getDataStream()).nextObject();
      }
      if (!(message instanceof PGPLiteralData literal)) {
        return null;
      }
      byte[] bytes = literal.getInputStream().readAllBytes();
      if (data.isIntegrityProtected() && !data.verify()) {
        return null;
      }
      return bytes;
    }
  }

  private static PGPEncryptedDataList encryptedDataList(BcPGPObjectFactory factory)
      throws IOException {
    Object next = factory.nextObject();
    while (next != null && !(next instanceof PGPEncryptedDataList)) {
      next = factory.nextObject();
    }
    return (PGPEncryptedDataList) next;
  }

  private static PGPSecretKeyRingCollection read(String armored, String name) throws SopsException {
    try (InputStream in =
        PGPUtil.getDecoderStream(
            new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)))) {
      return new PGPSecretKeyRingCollection(in, new BcKeyFingerprintCalculator());
    } catch (IOException | PGPException | RuntimeException e) {
      throw new SopsException(
          "invalid OpenPGP key " + name + ": not an ASCII-armored OpenPGP secret key");
    }
  }

  private static PGPPrivateKey privateKey(PGPSecretKey key, String name) throws SopsException {
    try {
      return key.extractPrivateKey(
          new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider())
              .build(new char[0]));
    } catch (PGPException | RuntimeException e) {
      throw new SopsException(
          "invalid OpenPGP key "
              + name
              + ": the secret key is passphrase-protected or unreadable (only unprotected keys are"
              + " supported)");
    }
  }
}
