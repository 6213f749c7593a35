package io.tideline.source.git;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.jcajce.JcaKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentVerifierBuilderProvider;
import org.bouncycastle.util.encoders.Hex;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTag;

/**
 * Verifies PGP signatures of commits and annotated tags against armored public keys from a
 * GitRepository's {@code verify.secretRef} Secret (every value is tried as a key ring, as Flux
 * does). Returns the hex key id of the key that verified.
 */
public final class PgpSignatureVerifier {

  private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
  private static final String SIGNATURE_HEADER = "-----BEGIN PGP SIGNATURE-----";

  private final List<PGPPublicKeyRingCollection> keyRings;

  private PgpSignatureVerifier(List<PGPPublicKeyRingCollection> keyRings) {
    this.keyRings = keyRings;
  }

  /**
   * @param secretData the verification Secret's data; {@code *.sshpub} values are skipped
   * @throws SignatureException when no value is a readable PGP key ring
   */
  public static PgpSignatureVerifier fromSecretData(Map<String, byte[]> secretData)
      throws SignatureException {
    List<PGPPublicKeyRingCollection> rings = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : secretData.entrySet()) {
      if (e.getKey().endsWith(".sshpub")) {
        continue;
      }
      try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(e.getValue()))) {
        rings.add(new PGPPublicKeyRingCollection(in, new JcaKeyFingerprintCalculator()));
      } catch (IOException | PGPException | RuntimeException ex) {
        unreadable.add(e.getKey());
      }
    }
    if (rings.isEmpty()) {
      throw new SignatureException(
          "no PGP public key found in the secret"
              + (unreadable.isEmpty() ? "" : " (unreadable keys: " + unreadable + ")"));
    }
    return new PgpSignatureVerifier(rings);
  }

  /** Verifies the commit's {@code gpgsig}; returns the verifying key id. */
  public String verifyCommit(RevCommit commit) throws SignatureException {
    byte[] raw = commit.getRawBuffer();
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    ByteArrayOutputStream signature = new ByteArrayOutputStream();
    splitCommit(raw, payload, signature);
    if (signature.size() == 0) {
      throw new SignatureException("unable to verify payload as the provided signature is empty");
    }
    return verify(payload.toByteArray(), signature.toByteArray());
  }

  /** Verifies the annotated tag's inline signature; returns the verifying key id. */
  public String verifyTag(RevTag tag) throws SignatureException {
    byte[] raw = tag.getRawBuffer();
    String text = new String(raw, StandardCharsets.UTF_8);
    int at = text.indexOf(SIGNATURE_HEADER);
    if (at < 0) {
      throw new SignatureException("tag is not signed");
    }
    byte[] payload = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] signature = text.substring(at).getBytes(StandardCharsets.UTF_8);
    return verify(payload, signature);
  }

  /** Whether the annotated tag carries a PGP signature. */
  public static boolean isSigned(RevTag tag) {
    return new String(tag.getRawBuffer(), StandardCharsets.UTF_8).contains(SIGNATURE_HEADER);
  }

  private String verify(byte[] payload, byte[] armoredSignature) throws SignatureException {
    PGPSignature sig = readSignature(armoredSignature);
    for (PGPPublicKeyRingCollection ring : keyRings) {
      try {
        PGPPublicKey key = ring.getPublicKey(sig.getKeyID());
        if (key == null) {
          continue;
        }
        sig.init(new JcaPGPContentVerifierBuilderProvider().setProvider(PROVIDER), key);
        sig.update(payload);
        if (sig.verify()) {
          return Hex.toHexString(key.getFingerprint()).toUpperCase(java.util.Locale.ROOT);
        }
      } catch (PGPException e) {
        // try the next key ring
      }
    }
    throw new SignatureException(
        "unable to verify Git commit: no key ring could verify the signature");
  }

  private static PGPSignature readSignature(byte[] armored) throws SignatureException {
    try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(armored))) {
      JcaPGPObjectFactory factory = new JcaPGPObjectFactory(in);
      Object o = factory.nextObject();
      if (o instanceof PGPSignatureList list && !list.isEmpty()) {
        return list.get(0);
      }
      throw new SignatureException("unable to read the PGP signature");
    } catch (IOException e) {
      throw new SignatureException("unable to read the PGP signature: " + e.getMessage());
    }
  }

  /** Separates a raw commit into the signed payload and the {@code gpgsig} header's value. */
  static void splitCommit(byte[] raw, ByteArrayOutputStream payload, ByteArrayOutputStream sig) {
    String text = new String(raw, StandardCharsets.UTF_8);
    int headerEnd = text.indexOf("\n\n");
    String headers = headerEnd < 0 ? text : text.substring(0, headerEnd + 1);
    String body = headerEnd < 0 ? "" : text.substring(headerEnd + 1);
    StringBuilder kept = new StringBuilder();
    StringBuilder signature = new StringBuilder();
    boolean inSig = false;
    for (String line : headers.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("gpgsig ")) {
        inSig = true;
        signature.append(line.substring("gpgsig ".length())).append('\n');
      } else if (inSig && line.startsWith(" ")) {
        signature.append(line.substring(1)).append('\n');
      } else {
        inSig = false;
        kept.append(line).append('\n');
      }
    }
    payload.writeBytes((kept + body).getBytes(StandardCharsets.UTF_8));
    sig.writeBytes(signature.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A signature that is missing, unreadable or does not verify. */
  public static final class SignatureException extends Exception {
    public SignatureException(String message) {
      super(message);
    }
  }
}
