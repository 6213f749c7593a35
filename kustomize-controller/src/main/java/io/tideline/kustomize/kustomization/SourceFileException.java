package io.tideline.kustomize.kustomization;

/**
 * A file referenced by a kustomization cannot be decrypted safely: it leaves the source root, is
 * missing, is not a regular file, is too large, or sops cannot decrypt it. The message names the
 * file relative to the source root and never holds plaintext or key material.
 */
final class SourceFileException extends Exception {
  private static final long serialVersionUID = 1L;

  SourceFileException(String message) {
    super(message);
  }
}
