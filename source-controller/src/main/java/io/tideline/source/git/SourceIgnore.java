package io.tideline.source.git;

import io.tideline.artifact.ArchiveFilter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/**
 * Flux's source-ignore rules (gitignore semantics) as an {@link ArchiveFilter}. The VCS patterns
 * ({@code .git/}, {@code .gitignore}, {@code .gitmodules}, {@code .gitattributes}) always apply.
 * When neither a {@code .sourceignore} file nor {@code spec.ignore} gives a pattern, Flux's default
 * exclusions (images, archives, CI configs, …) apply too; any pattern replaces those defaults. A
 * {@code .sourceignore} applies to its own folder and below; deeper files and then {@code
 * spec.ignore} take precedence; the last matching rule wins, {@code !} re-includes.
 */
public final class SourceIgnore implements ArchiveFilter {

  static final String FILE_NAME = ".sourceignore";

  static final List<String> VCS = List.of(".git/", ".gitignore", ".gitmodules", ".gitattributes");

  static final List<String> DEFAULTS =
      List.of(
          "*.jpg",
          "*.jpeg",
          "*.gif",
          "*.png",
          "*.wmv",
          "*.flv",
          "*.tar.gz",
          "*.zip",
          ".github/",
          ".circleci/",
          ".travis.yml",
          ".gitlab-ci.yml",
          "appveyor.yml",
          ".drone.yml",
          "cloudbuild.yaml",
          "codeship-services.yml",
          "codeship-steps.yml",
          "**/.goreleaser.yml",
          "**/.sops.yaml",
          "**/.flux.yaml");

  /** A rule and the folder (relative, {@code ""} for the root) it applies under. */
  private record ScopedRule(String domain, FastIgnoreRule rule) {}

  private final List<ScopedRule> rules;

  private SourceIgnore(List<ScopedRule> rules) {
    this.rules = rules;
  }

  /**
   * Loads {@code .sourceignore} files from {@code dir} (recursively, skipping {@code .git}) and
   * appends {@code specIgnore} (may be null).
   */
  public static SourceIgnore load(Path dir, String specIgnore) throws IOException {
    return load(dir, specIgnore, ArchiveFilter.NONE);
  }

  /**
   * As {@link #load(Path, String)}, reading only the {@code .sourceignore} files that {@code
   * outside} keeps (e.g. those inside a sparse checkout).
   */
  public static SourceIgnore load(Path dir, String specIgnore, ArchiveFilter outside)
      throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(p -> p.getFileName().toString().equals(FILE_NAME))
              .filter(p -> !dir.relativize(p).toString().startsWith(".git/"))
              .filter(Files::isRegularFile)
              .filter(p -> !outside.exclude(dir.relativize(p).toString(), false))
              .sorted((a, b) -> Integer.compare(a.getNameCount(), b.getNameCount()))
              .toList();
    }
    List<ScopedRule> patterns = new ArrayList<>();
    for (Path file : files) {
      String domain = dir.relativize(file.getParent()).toString().replace('\\', '/');
      addLines(patterns, domain, Files.readString(file));
    }
    return of(patterns, specIgnore);
  }

  /**
   * As {@link #load(Path, String, ArchiveFilter)}, reading the {@code .sourceignore} files of a
   * commit from the object database (a linked one is not followed: see {@link
   * CheckedOutRepository#commitTree}).
   */
  public static SourceIgnore load(CommitTree tree, String specIgnore, ArchiveFilter outside)
      throws IOException {
    List<String> files =
        tree.filesNamed(FILE_NAME).stream()
            .filter(p -> !outside.exclude(p, false))
            .sorted(Comparator.comparingInt(p -> p.split("/").length))
            .toList();
    List<ScopedRule> patterns = new ArrayList<>();
    for (String file : files) {
      int slash = file.lastIndexOf('/');
      String domain = slash < 0 ? "" : file.substring(0, slash);
      String text =
          StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(tree.read(file))).toString();
      addLines(patterns, domain, text);
    }
    return of(patterns, specIgnore);
  }

  private static SourceIgnore of(List<ScopedRule> patterns, String specIgnore) {
    if (specIgnore != null) {
      addLines(patterns, "", specIgnore);
    }
    List<ScopedRule> all = new ArrayList<>();
    addAll(all, VCS);
    if (patterns.isEmpty()) {
      addAll(all, DEFAULTS);
    }
    all.addAll(patterns);
    return new SourceIgnore(List.copyOf(all));
  }

  private static void addAll(List<ScopedRule> out, List<String> patterns) {
    patterns.forEach(p -> out.add(new ScopedRule("", new FastIgnoreRule(p))));
  }

  private static void addLines(List<ScopedRule> out, String domain, String text) {
    for (String line : text.split("\r?\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      FastIgnoreRule rule = new FastIgnoreRule(line.stripTrailing());
      if (!rule.isEmpty()) {
        out.add(new ScopedRule(domain, rule));
      }
    }
  }

  @Override
  public boolean exclude(String relativePath, boolean directory) {
    for (int i = rules.size() - 1; i >= 0; i--) {
      ScopedRule scoped = rules.get(i);
      String path = relativePath;
      if (!scoped.domain().isEmpty()) {
        if (!relativePath.startsWith(scoped.domain() + "/")) {
          continue;
        }
        path = relativePath.substring(scoped.domain().length() + 1);
      }
      if (scoped.rule().isMatch(path, directory, true)) {
        return scoped.rule().getResult();
      }
    }
    return false;
  }
}
