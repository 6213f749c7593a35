package io.tideline.testsupport.kube;

/** A namespace created for one test method. */
public record TestNamespace(String name) {

  @Override
  public String toString() {
    return name;
  }
}
