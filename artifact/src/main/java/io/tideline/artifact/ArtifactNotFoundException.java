package io.tideline.artifact;

/** The artifact server answered 404: the artifact does not exist (yet). */
public final class ArtifactNotFoundException extends ArtifactFetchException {

  /**
   * @param url the URL that answered 404
   */
  public ArtifactNotFoundException(String url) {
    super("artifact not found at '" + url + "' (HTTP 404)");
  }
}
