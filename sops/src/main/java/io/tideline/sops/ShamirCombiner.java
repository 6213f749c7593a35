package io.tideline.sops;

import java.util.List;

/**
 * Recombines a data key that SOPS split across key groups with Shamir's secret sharing (the
 * HashiCorp Vault scheme SOPS uses): each share is the secret's bytes evaluated on random
 * polynomials over GF(2^8) (AES field), followed by one byte holding the share's x coordinate.
 */
final class ShamirCombiner {
  private ShamirCombiner() {}

  static byte[] combine(List<byte[]> shares) throws SopsException {
    int length = shares.get(0).length;
    if (length < 2 || shares.stream().anyMatch(s -> s.length != length)) {
      throw new SopsException("cannot combine Shamir key parts: parts differ in length");
    }
    int[] xs = new int[shares.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = shares.get(i)[length - 1] & 0xff;
      for (int j = 0; j < i; j++) {
        if (xs[j] == xs[i]) {
          throw new SopsException("cannot combine Shamir key parts: duplicate part");
        }
      }
    }
    byte[] secret = new byte[length - 1];
    for (int index = 0; index < secret.length; index++) {
      int value = 0;
      for (int i = 0; i < xs.length; i++) {
        int basis = 1;
        for (int j = 0; j < xs.length; j++) {
          if (j != i) {
            basis = multiply(basis, divide(xs[j], xs[i] ^ xs[j]));
          }
        }
        value ^= multiply(shares.get(i)[index] & 0xff, basis);
      }
      secret[index] = (byte) value;
    }
    return secret;
  }

  /** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1. */
  static int multiply(int a, int b) {
    int product = 0;
    while (b != 0) {
      if ((b & 1) != 0) {
        product ^= a;
      }
      a <<= 1;
      if ((a & 0x100) != 0) {
        a ^= 0x11b;
      }
      b >>= 1;
    }
    return product;
  }

  private static int divide(int a, int b) {
    int inverse = 1;
    for (int i = 0; i < 254; i++) {
      inverse = multiply(inverse, b);
    }
    return multiply(a, inverse);
  }
}
