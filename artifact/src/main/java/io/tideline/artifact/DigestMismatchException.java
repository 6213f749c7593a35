package io.tideline.artifact;

/** The bytes of an artifact do not hash to the digest it was published with. */
public final class DigestMismatchException extends ArtifactFetchException {

  private final Digest expected;
  private final Digest actual;

  /**
   * @param what the URL or path whose content was checked
   */
  public DigestMismatchException(String what, Digest expected, Digest actual) {
    super(
        "artifact '"
            + what
            + "' failed digest verification: expected '"
            + expected
            + "', got '"
            + actual
            + "'");
    this.expected = expected;
    this.actual = actual;
  }

  /** The digest the artifact was published with. */
  public Digest expected() {
    return expected;
  }

  /** The digest of the bytes actually read. */
  public Digest actual() {
    return actual;
  }
}
