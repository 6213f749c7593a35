package io.tideline.testsupport.git;

import io.tideline.testsupport.http.TestCertificateAuthority;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jgit.http.server.GitServlet;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.resolver.FileResolver;

/**
 * Git smart HTTP(S) on 127.0.0.1 (JGit's {@link GitServlet} on Jetty), serving every bare
 * repository under a base folder at {@code <url>/<name>.git}. Pushes are accepted. Optional basic
 * auth, bearer-token auth, and TLS with a generated CA ({@link #caPem()}).
 *
 * <pre>{@code
 * try (GitHttpServer git = GitHttpServer.builder(dir).basicAuth("flux", "s3cret").start()) {
 *   TestRepo.createBare(dir.resolve("app.git"));
 *   String url = git.repoUrl("app.git");
 * }
 * }</pre>
 */
public final class GitHttpServer implements AutoCloseable {

  private final Server server;
  private final String baseUrl;
  private final TestCertificateAuthority ca;
  private final AtomicInteger requests;

  private GitHttpServer(
      Server server, String baseUrl, TestCertificateAuthority ca, AtomicInteger requests) {
    this.server = server;
    this.baseUrl = baseUrl;
    this.ca = ca;
    this.requests = requests;
  }

  /** Starts configuring a server for the bare repositories under {@code baseDir}. */
  public static Builder builder(Path baseDir) {
    return new Builder(baseDir);
  }

  /** An anonymous plain-HTTP server. */
  public static GitHttpServer start(Path baseDir) throws Exception {
    return builder(baseDir).start();
  }

  /** {@code http(s)://127.0.0.1:<port>} */
  public String baseUrl() {
    return baseUrl;
  }

  /** The clone URL of repository {@code name} (e.g. {@code app.git}). */
  public String repoUrl(String name) {
    return baseUrl + "/" + name;
  }

  /** The port. */
  public int port() {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  /** The PEM of the CA that signed the TLS certificate; null without TLS. */
  public String caPem() {
    return ca == null ? null : ca.certificatePem();
  }

  /** The CA of the TLS certificate; null without TLS. */
  public TestCertificateAuthority certificateAuthority() {
    return ca;
  }

  /** How many HTTP requests reached the server (including rejected ones). */
  public int requestCount() {
    return requests.get();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  /** Options of a {@link GitHttpServer}. */
  public static final class Builder {
    private final Path baseDir;
    private String username;
    private String password;
    private String bearerToken;
    private boolean tls;

    private Builder(Path baseDir) {
      this.baseDir = baseDir;
    }

    /** Requires HTTP basic auth with these credentials. */
    public Builder basicAuth(String username, String password) {
      this.username = username;
      this.password = password;
      return this;
    }

    /** Requires {@code Authorization: Bearer <token>}. */
    public Builder bearerToken(String token) {
      this.bearerToken = token;
      return this;
    }

    /** Serves HTTPS with a certificate from a fresh {@link TestCertificateAuthority}. */
    public Builder tls() {
      this.tls = true;
      return this;
    }

    /** Starts the server on a free port of 127.0.0.1. */
    public GitHttpServer start() throws Exception {
      Files.createDirectories(baseDir);
      QueuedThreadPool threads = new QueuedThreadPool(16, 2);
      threads.setName("git-http");
      Server server = new Server(threads);
      TestCertificateAuthority ca =
          tls ? TestCertificateAuthority.create("tideline-test-ca") : null;
      ServerConnector connector = connector(server, ca);
      connector.setHost("127.0.0.1");
      connector.setPort(0);
      server.addConnector(connector);

      GitServlet git = new GitServlet();
      git.setRepositoryResolver(new FileResolver<>(baseDir.toFile(), true));
      git.setReceivePackFactory((request, repository) -> new ReceivePack(repository));
      ServletContextHandler context = new ServletContextHandler("/");
      AtomicInteger requests = new AtomicInteger();
      context.addFilter(
          new FilterHolder(new AuthFilter(username, password, bearerToken, requests)),
          "/*",
          EnumSet.of(DispatcherType.REQUEST));
      context.addServlet(new ServletHolder(git), "/*");
      server.setHandler(context);
      server.start();
      String scheme = tls ? "https" : "http";
      return new GitHttpServer(
          server, scheme + "://127.0.0.1:" + connector.getLocalPort(), ca, requests);
    }

    private static ServerConnector connector(Server server, TestCertificateAuthority ca) {
      if (ca == null) {
        return new ServerConnector(server);
      }
      TestCertificateAuthority.ServerIdentity identity = ca.issueServerCertificate();
      SslContextFactory.Server ssl = new SslContextFactory.Server();
      ssl.setKeyStore(identity.keyStore());
      ssl.setKeyStorePassword(identity.keyStorePassword());
      HttpConfiguration https = new HttpConfiguration();
      SecureRequestCustomizer secure = new SecureRequestCustomizer();
      secure.setSniHostCheck(false);
      https.addCustomizer(secure);
      return new ServerConnector(
          server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
    }
  }

  /** Checks basic or bearer credentials when configured; counts requests. */
  private static final class AuthFilter implements Filter {
    private final String expectedBasic;
    private final String expectedBearer;
    private final AtomicInteger requests;

    AuthFilter(String username, String password, String bearerToken, AtomicInteger requests) {
      this.expectedBasic =
          username == null
              ? null
              : "Basic "
                  + Base64.getEncoder()
                      .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
      this.expectedBearer = bearerToken == null ? null : "Bearer " + bearerToken;
      this.requests = requests;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      requests.incrementAndGet();
      if (expectedBasic == null && expectedBearer == null) {
        chain.doFilter(request, response);
        return;
      }
      String authorization = ((HttpServletRequest) request).getHeader("Authorization");
      if (authorization != null
          && (authorization.equals(expectedBasic) || authorization.equals(expectedBearer))) {
        chain.doFilter(request, response);
        return;
      }
      HttpServletResponse http = (HttpServletResponse) response;
      if (expectedBasic != null) {
        http.setHeader("WWW-Authenticate", "Basic realm=\"git\"");
      } else {
        http.setHeader("WWW-Authenticate", "Bearer realm=\"git\"");
      }
      http.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    }
  }
}
