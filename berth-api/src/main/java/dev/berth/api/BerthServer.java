package dev.berth.api;

import dev.berth.engine.Engine;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.SystemException;
import dev.berth.store.StorePaths;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.unixdomain.server.UnixDomainServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code berth serve}: the Docker Engine API over an open {@link Engine}, on unix sockets and
 * (loopback) TCP. The engine stays owned by the caller; the store may be used by berth CLI
 * processes at the same time.
 */
public final class BerthServer implements AutoCloseable {
  public static final String VERSION = "0.1.0";

  private final Engine engine;
  private Server server;
  private final List<Path> sockets = new ArrayList<>();
  private final List<URI> bound = new ArrayList<>();
  private Thread shutdownHook;

  public BerthServer(Engine engine) {
    this.engine = engine;
  }

  /** {@code unix:///run/berth/berth.sock} for root, else {@code $XDG_RUNTIME_DIR/berth/berth.sock}. */
  public static URI defaultHost() {
    return URI.create("unix://" + StorePaths.defaultRunRoot().resolve("berth.sock"));
  }

  /**
   * Listens on every host ({@code unix:///path} or {@code tcp://HOST:PORT}) and starts serving.
   * A stale socket file is replaced; sockets get mode 0660. TCP on a non-loopback address is
   * refused unless TLS verifies client certificates: anyone who reaches the API controls the host.
   */
  public synchronized void start(List<URI> hosts) {
    start(hosts, null);
  }

  /** As {@link #start(List)}, with TLS (null: none) on every TCP listener; unix sockets stay plain. */
  public synchronized void start(List<URI> hosts, TlsConfig tls) {
    if (server != null) {
      throw new IllegalStateException("server already started");
    }
    List<HostAddress> addresses = new ArrayList<>();
    for (URI h : hosts.isEmpty() ? List.of(defaultHost()) : hosts) {
      HostAddress a = HostAddress.parse(h);
      if (a instanceof HostAddress.Tcp t && !t.loopback() && (tls == null || !tls.verifiesClients())) {
        throw new InvalidArgumentException("refusing to serve the API on tcp://" + t.host() + ":" + t.port()
            + " without TLS client verification: anyone who can reach it could control berth; give"
            + " --tlscert, --tlskey and --tlscacert, or use a unix socket or a loopback address such as"
            + " tcp://127.0.0.1:" + t.port());
      }
      addresses.add(a);
    }
    QueuedThreadPool pool = new QueuedThreadPool(16, 2);
    pool.setName("berth-api");
    pool.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
    Server s = new Server(pool);
    s.setStopAtShutdown(false);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(true);
    // Image names travel in paths; let the API router (not Jetty) judge odd paths, as dockerd does.
    http.setUriCompliance(org.eclipse.jetty.http.UriCompliance.LEGACY);
    SslContextFactory.Server ssl = tls == null ? null : tls.sslContextFactory();
    List<Path> created = new ArrayList<>();
    for (HostAddress a : addresses) {
      switch (a) {
        case HostAddress.Unix u -> {
          Path socket = u.socket().toAbsolutePath();
          prepareSocketPath(socket);
          UnixDomainServerConnector c = new UnixDomainServerConnector(s, new HttpConnectionFactory(http));
          c.setUnixDomainPath(socket);
          s.addConnector(c);
          created.add(socket);
        }
        case HostAddress.Tcp t -> {
          ServerConnector c = ssl == null
              ? new ServerConnector(s, new HttpConnectionFactory(http))
              : new ServerConnector(s, ssl, new HttpConnectionFactory(httpsOf(http)));
          c.setHost(t.host());
          c.setPort(t.port());
          s.addConnector(c);
        }
      }
    }
    s.setHandler(new ApiHandler(Endpoints.all(engine)));
    s.setErrorHandler(new JsonErrorHandler());
    try {
      s.start();
    } catch (Exception e) {
      try {
        s.stop();
      } catch (Exception ignored) {
        // already failing
      }
      created.forEach(BerthServer::deleteQuietly);
      throw new SystemException("cannot start the API server: " + e.getMessage(), e);
    }
    for (Path socket : created) {
      try {
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw----"));
      } catch (IOException e) {
        throw new SystemException("cannot set the mode of " + socket + ": " + e.getMessage(), e);
      }
    }
    sockets.addAll(created);
    for (var c : s.getConnectors()) {
      if (c instanceof UnixDomainServerConnector u) {
        bound.add(URI.create("unix://" + u.getUnixDomainPath()));
      } else if (c instanceof ServerConnector t) {
        String host = t.getHost().contains(":") ? "[" + t.getHost() + "]" : t.getHost();
        bound.add(URI.create("tcp://" + host + ":" + t.getLocalPort()));
      }
    }
    server = s;
  }

  /** The addresses actually served (a TCP port 0 replaced by the port chosen). */
  public synchronized List<URI> hosts() {
    return List.copyOf(bound);
  }

  /** Stops serving (in-flight requests finish) and removes the socket files. */
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    try {
      server.stop();
    } catch (Exception e) {
      throw new SystemException("stopping the API server: " + e.getMessage(), e);
    } finally {
      server = null;
      sockets.forEach(BerthServer::deleteQuietly);
      sockets.clear();
      bound.clear();
    }
  }

  /** Stops the server when the JVM is asked to exit (SIGTERM, SIGINT). */
  public synchronized void stopOnShutdown() {
    if (shutdownHook == null) {
      shutdownHook = new Thread(this::stop, "berth-api-shutdown");
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    }
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    Server s;
    synchronized (this) {
      s = server;
    }
    if (s != null) {
      s.join();
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** HTTPS: the certificate names need not match the host a client dialled (dockerd does not check SNI either). */
  private static HttpConfiguration httpsOf(HttpConfiguration http) {
    HttpConfiguration https = new HttpConfiguration(http);
    https.addCustomizer(new SecureRequestCustomizer(false));
    return https;
  }

  private static void prepareSocketPath(Path socket) {
    try {
      Files.createDirectories(socket.getParent());
      if (Files.exists(socket, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        if (!"unix-domain socket".equals(fileKind(socket))) {
          throw new InvalidArgumentException(socket + " exists and is not a socket");
        }
        Files.delete(socket);
      }
    } catch (IOException e) {
      throw new SystemException("cannot prepare " + socket + ": " + e.getMessage(), e);
    }
  }

  private static String fileKind(Path p) throws IOException {
    var attrs = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class,
        java.nio.file.LinkOption.NOFOLLOW_LINKS);
    return attrs.isOther() ? "unix-domain socket" : attrs.isDirectory() ? "directory" : "file";
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // best effort on shutdown
    }
  }
}
