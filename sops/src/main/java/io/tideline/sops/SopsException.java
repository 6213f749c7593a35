package io.tideline.sops;

/**
 * A SOPS document could not be decrypted. Messages name the document part and the reason and never
 * contain plaintext values or key material.
 */
public class SopsException extends Exception {
  private static final long serialVersionUID = 1L;

  public SopsException(String message) {
    super(message);
  }

  public SopsException(String message, Throwable cause) {
    super(message, cause);
  }
}
