package io.tideline.kustomize.kustomization;

import io.tideline.sops.SopsFormat;
import java.nio.file.Path;

/**
 * A file a kustomization hands to a generator or patch, which may be SOPS-encrypted.
 *
 * @param path its real path inside the source root
 * @param shown its path relative to the source root (for messages)
 * @param format the sops store format Flux reads and writes it with
 * @param referencedBy the kustomization file that names it, relative to the source root
 */
record SourceFile(Path path, String shown, SopsFormat format, String referencedBy) {}
