package io.tideline.sops;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One {@code ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]} value: AES-256-GCM ciphertext, its nonce
 * (SOPS uses 32 bytes), the 16-byte tag and the plaintext type.
 */
record EncryptedValue(byte[] data, byte[] iv, byte[] tag, String type) {

  /** A document's 32-byte AES key with one reusable cipher (a decryptor is single-threaded). */
  record DataKey(SecretKeySpec spec, Cipher cipher) {
    static DataKey of(byte[] key) {
      try {
        return new DataKey(new SecretKeySpec(key, "AES"), Cipher.getInstance("AES/GCM/NoPadding"));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("AES/GCM is not available", e);
      }
    }
  }

  private static final String PREFIX = "ENC[AES256_GCM,";

  static boolean looksEncrypted(String text) {
    return text.startsWith("ENC[");
  }

  /** Parses the value found at {@code where}; the message names the place, never the value. */
  static EncryptedValue parse(String text, String where) throws SopsException {
    if (!text.startsWith(PREFIX) || !text.endsWith("]")) {
      throw new SopsException("malformed ENC value at " + where + ": not an AES256_GCM value");
    }
    String[] fields = text.substring(PREFIX.length(), text.length() - 1).split(",", -1);
    if (fields.length != 4
        || !fields[0].startsWith("data:")
        || !fields[1].startsWith("iv:")
        || !fields[2].startsWith("tag:")
        || !fields[3].startsWith("type:")) {
      throw new SopsException(
          "malformed ENC value at " + where + ": expected data, iv, tag and type fields");
    }
    try {
      Base64.Decoder base64 = Base64.getDecoder();
      byte[] iv = base64.decode(fields[1].substring(3));
      byte[] tag = base64.decode(fields[2].substring(4));
      if (iv.length == 0 || tag.length != 16) {
        throw new SopsException("malformed ENC value at " + where + ": bad iv or tag length");
      }
      return new EncryptedValue(
          base64.decode(fields[0].substring(5)), iv, tag, fields[3].substring(5));
    } catch (IllegalArgumentException e) {
      throw new SopsException("malformed ENC value at " + where + ": invalid base64");
    }
  }

  /** Decrypts with the document's data key; {@code aad} is the SOPS additional data. */
  byte[] decrypt(DataKey key, String aad, String where) throws SopsException {
    try {
      Cipher cipher = key.cipher();
      cipher.init(Cipher.DECRYPT_MODE, key.spec(), new GCMParameterSpec(128, iv));
      cipher.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = new byte[data.length + tag.length];
      System.arraycopy(data, 0, sealed, 0, data.length);
      System.arraycopy(tag, 0, sealed, data.length, tag.length);
      return cipher.doFinal(sealed);
    } catch (AEADBadTagException e) {
      throw new SopsException(
          "cannot decrypt value at "
              + where
              + ": AES-GCM authentication failed (value, iv or tag tampered with, moved to another"
              + " key, or wrong data key)");
    } catch (GeneralSecurityException e) {
      throw new SopsException("cannot decrypt value at " + where + ": " + e.getMessage());
    }
  }
}
