package io.tideline.testsupport.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Date;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.eclipse.jgit.lib.GpgSignature;

/**
 * An OpenPGP RSA signing key made in memory (BouncyCastle), for signing test commits and tags the
 * way {@code git commit -S} does. Its armored public key is what a GitRepository's {@code
 * spec.verify.secretRef} Secret holds under a {@code *.asc} key.
 */
public final class PgpSigningKey {

  private final PGPKeyPair keyPair;
  private final PGPPublicKeyRing publicKeyRing;

  private PgpSigningKey(PGPKeyPair keyPair, PGPPublicKeyRing publicKeyRing) {
    this.keyPair = keyPair;
    this.publicKeyRing = publicKeyRing;
  }

  /**
   * Generates an RSA-2048 key with a self-certified user id such as {@code "Flux <flux@example>"}.
   * Its creation time is a minute in the past so signatures made right away verify.
   */
  public static PgpSigningKey generate(String userId) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      Date created = new Date((System.currentTimeMillis() / 1000 - 60) * 1000);
      PGPKeyPair pgpKeyPair =
          new JcaPGPKeyPair(
              PublicKeyPacket.VERSION_4,
              PublicKeyAlgorithmTags.RSA_GENERAL,
              generator.generateKeyPair(),
              created);
      PGPDigestCalculator sha1 =
          new JcaPGPDigestCalculatorProviderBuilder().build().get(HashAlgorithmTags.SHA1);
      PGPSignatureSubpacketGenerator certification = new PGPSignatureSubpacketGenerator();
      certification.setKeyFlags(false, KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA);
      certification.setPreferredHashAlgorithms(false, new int[] {HashAlgorithmTags.SHA256});
      PGPKeyRingGenerator rings =
          new PGPKeyRingGenerator(
              PGPSignature.POSITIVE_CERTIFICATION,
              pgpKeyPair,
              userId,
              sha1,
              certification.generate(),
              null,
              new JcaPGPContentSignerBuilder(
                  PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256),
              null);
      return new PgpSigningKey(pgpKeyPair, rings.generatePublicKeyRing());
    } catch (GeneralSecurityException | PGPException e) {
      throw new IllegalStateException("cannot generate a PGP key for '" + userId + "'", e);
    }
  }

  /** The 16-hex-digit key id, upper case (as {@code gpg} prints it). */
  public String keyId() {
    return String.format("%016X", keyPair.getKeyID());
  }

  /** The public key ring, ASCII-armored ({@code -----BEGIN PGP PUBLIC KEY BLOCK-----}). */
  public String armoredPublicKey() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ArmoredOutputStream armored = new ArmoredOutputStream(bytes)) {
      publicKeyRing.encode(armored);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.US_ASCII);
  }

  /** A detached, armored signature over {@code payload}, as git stores it in a commit or tag. */
  public GpgSignature sign(byte[] payload) {
    try {
      PGPSignatureGenerator generator =
          new PGPSignatureGenerator(
              new JcaPGPContentSignerBuilder(
                  PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256),
              keyPair.getPublicKey());
      generator.init(PGPSignature.BINARY_DOCUMENT, keyPair.getPrivateKey());
      PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
      hashed.setSignatureCreationTime(false, new Date());
      hashed.setIssuerFingerprint(false, keyPair.getPublicKey());
      generator.setHashedSubpackets(hashed.generate());
      PGPSignatureSubpacketGenerator unhashed = new PGPSignatureSubpacketGenerator();
      unhashed.setIssuerKeyID(false, keyPair.getKeyID());
      generator.setUnhashedSubpackets(unhashed.generate());
      generator.update(payload);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ArmoredOutputStream armored = new ArmoredOutputStream(bytes)) {
        generator.generate().encode(armored);
      }
      return new GpgSignature(bytes.toByteArray());
    } catch (PGPException | IOException e) {
      throw new IllegalStateException("cannot sign with PGP key " + keyId(), e);
    }
  }
}
