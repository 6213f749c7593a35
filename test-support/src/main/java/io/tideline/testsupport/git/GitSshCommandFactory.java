package io.tideline.testsupport.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * Runs {@code git-upload-pack '<path>'} and {@code git-receive-pack '<path>'} with JGit against
 * repositories under a base folder; anything else, and any path leaving the folder, fails.
 */
final class GitSshCommandFactory implements CommandFactory {

  private static final Pattern GIT_COMMAND =
      Pattern.compile(
          "^(git-upload-pack|git-receive-pack|git upload-pack|git receive-pack) '?/?([^']+?)'?$");

  private final Path baseDir;

  GitSshCommandFactory(Path baseDir) {
    this.baseDir = baseDir.toAbsolutePath().normalize();
  }

  @Override
  public Command createCommand(ChannelSession channel, String command) throws IOException {
    Matcher matcher = GIT_COMMAND.matcher(command.trim());
    if (!matcher.matches()) {
      return new Failing("unsupported command: " + command);
    }
    Path repo = baseDir.resolve(matcher.group(2)).normalize();
    if (!repo.startsWith(baseDir) || !Files.isDirectory(repo)) {
      return new Failing("repository not found: " + matcher.group(2));
    }
    return new GitCommand(matcher.group(1).replace(' ', '-'), repo);
  }

  /** Serves one upload-pack or receive-pack exchange on a thread of its own. */
  private static final class GitCommand implements Command {
    private final String service;
    private final Path repoDir;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private Thread thread;

    GitCommand(String service, Path repoDir) {
      this.service = service;
      this.repoDir = repoDir;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
      thread = new Thread(this::serve, "git-ssh-" + service);
      thread.setDaemon(true);
      thread.start();
    }

    private void serve() {
      int status = 0;
      String message = null;
      try (Repository repository =
          new FileRepositoryBuilder().setGitDir(repoDir.toFile()).setMustExist(true).build()) {
        if (service.equals("git-upload-pack")) {
          new UploadPack(repository).upload(in, out, err);
        } else {
          new ReceivePack(repository).receive(in, out, err);
        }
      } catch (IOException | RuntimeException e) {
        status = 1;
        message = service + " failed: " + e.getMessage();
      }
      finish(status, message);
    }

    private void finish(int status, String message) {
      try {
        out.flush();
        if (message != null) {
          err.write((message + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        err.flush();
      } catch (IOException ignored) {
        // The client went away; nothing left to report to.
      }
      exit.onExit(status, message == null ? "" : message);
    }

    @Override
    public void destroy(ChannelSession channel) {
      if (thread != null) {
        thread.interrupt();
      }
    }

    @Override
    public void setInputStream(InputStream in) {
      this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
      this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
      this.exit = callback;
    }
  }

  /** Reports an error and exits 1. */
  private static final class Failing implements Command {
    private final String message;
    private OutputStream err;
    private ExitCallback exit;

    Failing(String message) {
      this.message = message;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
      err.write((message + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      err.flush();
      exit.onExit(1, message);
    }

    @Override
    public void destroy(ChannelSession channel) {}

    @Override
    public void setInputStream(InputStream in) {}

    @Override
    public void setOutputStream(OutputStream out) {}

    @Override
    public void setErrorStream(OutputStream err) {
      this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
      this.exit = callback;
    }
  }
}
