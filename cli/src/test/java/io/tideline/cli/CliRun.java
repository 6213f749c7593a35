package io.tideline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** One in-process invocation of the CLI: its exit code and what it printed. */
record CliRun(int exitCode, String stdout, String stderr) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Tideline.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }

  static Path testdata(String relative) {
    try {
      return Path.of(CliRun.class.getResource("/testdata/" + relative).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
