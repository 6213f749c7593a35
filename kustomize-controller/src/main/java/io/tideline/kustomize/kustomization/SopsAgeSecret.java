package io.tideline.kustomize.kustomization;

import java.util.Optional;

/**
 * {@code --sops-age-secret}: the Secret in the controller's namespace whose {@code *.agekey}
 * entries decrypt for Kustomizations with {@code decryption.provider: sops} and no {@code
 * secretRef}.
 *
 * @param namespace the controller's namespace
 * @param name the Secret's name
 */
public record SopsAgeSecret(String namespace, String name) {

  /** The flag's Secret, or empty when the flag or the controller namespace is unset (as Flux). */
  public static Optional<SopsAgeSecret> of(Optional<String> name, String namespace) {
    if (name.isEmpty() || name.get().isBlank() || namespace == null || namespace.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new SopsAgeSecret(namespace, name.get().trim()));
  }

  @Override
  public String toString() {
    return namespace + "/" + name;
  }
}
