package io.tideline.artifact;

import java.io.IOException;

/** A held per-object artifact lock; closing releases it. */
public final class ObjectLock implements AutoCloseable {

  /** What closing does. */
  @FunctionalInterface
  interface Release {
    void run() throws IOException;
  }

  private final Release release;
  private boolean released;

  ObjectLock(Release release) {
    this.release = release;
  }

  @Override
  public void close() throws IOException {
    if (!released) {
      released = true;
      release.run();
    }
  }
}
