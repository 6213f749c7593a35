package io.tideline.runtime.ssa;

/** The API server does not serve the kind of an object (no CRD, wrong apiVersion). */
public final class UnknownKindException extends RuntimeException {

  private final ObjectRef ref;

  public UnknownKindException(ObjectRef ref) {
    super(
        ref.subject()
            + " has no matching resource: no matches for kind \""
            + ref.kind()
            + "\" in version \""
            + ref.apiVersion()
            + "\"");
    this.ref = ref;
  }

  public ObjectRef ref() {
    return ref;
  }
}
