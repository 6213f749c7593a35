package io.tideline.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Process entry point of {@code bin/tideline}: UTF-8 streams, exit with the command's code. */
public final class TidelineMain {
  private TidelineMain() {}

  public static void main(String[] args) {
    PrintWriter out = utf8(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = utf8(new FileOutputStream(FileDescriptor.err));
    int exitCode = Tideline.run(args, out, err);
    out.flush();
    err.flush();
    System.exit(exitCode);
  }

  private static PrintWriter utf8(FileOutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
  }
}
