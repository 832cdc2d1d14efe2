package dev.berth.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.api.json.JsonFields;
import dev.berth.cli.CommandFailed;
import dev.berth.errors.BerthException;
import dev.berth.errors.ConflictException;
import dev.berth.errors.ErrorKind;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotFoundException;
import dev.berth.errors.SystemException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.io.Transport;

/**
 * HTTP to a Docker Engine API endpoint ({@code unix:///path} or {@code tcp://host:port}) with the
 * docker CLI's conventions: the API version is negotiated once ({@code GET /_ping}'s
 * {@code API-Version}, at most {@link #MAX_VERSION}), a JSON {@code {"message": ...}} error becomes a
 * {@link BerthException} of the matching kind, and a daemon that cannot be reached is reported as
 * the docker CLI words it.
 */
public final class ApiClient implements AutoCloseable {
  /** The newest API version berth's client speaks (that of Docker 20.10). */
  public static final String MAX_VERSION = "1.41";
  /** What the docker CLI assumes of a daemon that does not say its version. */
  static final String FALLBACK_VERSION = "1.24";

  private final String host;
  private final String origin;
  private final HttpClient http;
  private final Transport transport;
  private final java.net.SocketAddress address;
  private String version;

  /** One answer: its status, its {@code Content-Type}, and its body (to be read and closed). */
  public record Reply(int status, String contentType, String apiVersion, InputStream body) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      body.close();
    }
  }

  public ApiClient(String host) {
    this.host = host;
    URI uri;
    try {
      uri = URI.create(host);
    } catch (IllegalArgumentException e) {
      throw new CommandFailed("unable to parse docker host `" + host + "`", 1);
    }
    if ("unix".equals(uri.getScheme()) && uri.getPath() != null && !uri.getPath().isEmpty()) {
      transport = new Transport.TCPUnix(Path.of(uri.getPath()));
      address = java.net.UnixDomainSocketAddress.of(uri.getPath());
      origin = "http://localhost"; // not looked up: the socket is the address
    } else if ("tcp".equals(uri.getScheme()) && uri.getHost() != null) {
      transport = Transport.TCP_IP;
      address = new java.net.InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 2375 : uri.getPort());
      origin = "http://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 2375 : uri.getPort());
    } else {
      throw new CommandFailed("unable to parse docker host `" + host + "`", 1);
    }
    http = new HttpClient(new HttpClientTransportOverHTTP(new PlainClientConnector()));
    http.setUserAgentField(new org.eclipse.jetty.http.HttpField("User-Agent", "berth-cli/0.1.0"));
    http.setIdleTimeout(0);
    http.setFollowRedirects(false);
    // plain HTTP only: starting TLS (key and trust stores) would cost more than the whole command
    http.removeBean(http.getSslContextFactory());
    try {
      http.start();
    } catch (Exception e) {
      throw new IllegalStateException("starting the HTTP client: " + e, e);
    }
  }

  /**
   * A connector that never starts TLS: the one it would make by default loads the JVM's trust
   * store and security providers on every start (over a second of CPU for a short command).
   */
  private static final class PlainClientConnector extends ClientConnector {
    @Override
    protected org.eclipse.jetty.util.ssl.SslContextFactory.Client newSslContextFactory() {
      return new org.eclipse.jetty.util.ssl.SslContextFactory.Client() {
        @Override
        protected void doStart() {
          // plain HTTP only: nothing to load
        }
      };
    }
  }

  /** The API version used for requests (negotiated on first use). */
  public String version() {
    if (version == null) {
      String server = FALLBACK_VERSION;
      try (Reply r = send("GET", "/_ping", Map.of(), null, null)) {
        r.body().readAllBytes();
        String v = r.apiVersion();
        if (v != null && !v.isEmpty()) {
          server = v;
        }
      } catch (IOException e) {
        throw cannotConnect();
      }
      version = compare(server, MAX_VERSION) < 0 ? server : MAX_VERSION;
    }
    return version;
  }

  /**
   * Sends a request to {@code /v<version><path>}; an answer of 400 or more is thrown as the
   * daemon's error.
   */
  public Reply call(String method, String path, Map<String, List<String>> query, String contentType,
      Request.Content body) {
    String v = version();
    Reply r = send(method, "/v" + v + path, query, contentType, body);
    if (r.status() >= 400) {
      throw error(r);
    }
    return r;
  }

  /**
   * A request whose connection the daemon takes over (attach, exec start); its refusal (400 or
   * more) is thrown as the daemon's error.
   */
  HijackedConnection hijack(String method, String path, Map<String, List<String>> query, JsonNode body) {
    String target = escapePath("/v" + version() + path) + queryString(query);
    try {
      return HijackedConnection.open(address, target, method,
          body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8));
    } catch (HijackedConnection.RefusedException e) {
      throw errorOf(e.refused.status(), e.refused.body());
    } catch (IOException e) {
      throw cannotConnect();
    }
  }

  /** A call whose answer is JSON (null for an empty answer). */
  public JsonNode json(String method, String path, Map<String, List<String>> query, JsonNode body) {
    Request.Content content = body == null ? null
        : new org.eclipse.jetty.client.StringRequestContent("application/json", body.toString(),
            StandardCharsets.UTF_8);
    try (Reply r = call(method, path, query, body == null ? null : "application/json", content)) {
      byte[] bytes = r.body().readAllBytes();
      return bytes.length == 0 ? null : JsonFields.MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new BerthException(ErrorKind.SYSTEM, "error reading the daemon's answer: " + e.getMessage(), e);
    }
  }

  private Reply send(String method, String pathAndVersion, Map<String, List<String>> query, String contentType,
      Request.Content body) {
    Request request = http.newRequest(origin + escapePath(pathAndVersion) + queryString(query)).method(method).transport(transport);
    if (body != null) {
      request.body(body);
    }
    if (contentType != null) {
      request.headers(h -> h.put("Content-Type", contentType));
    }
    InputStreamResponseListener listener = new InputStreamResponseListener();
    request.send(listener);
    Response response;
    try {
      response = listener.get(365, TimeUnit.DAYS);
    } catch (ExecutionException e) {
      throw cannotConnect();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw cannotConnect();
    } catch (java.util.concurrent.TimeoutException e) {
      throw cannotConnect();
    }
    return new Reply(response.getStatus(), response.getHeaders().get("Content-Type"),
        response.getHeaders().get("API-Version"), listener.getInputStream());
  }

  /** The docker CLI's words for a daemon it cannot reach (exit 1). */
  CommandFailed cannotConnect() {
    return new CommandFailed("Cannot connect to the Docker daemon at " + host + ". Is the docker daemon running?", 1);
  }

  /** The daemon's error answer as a typed error: its JSON {@code message}, else its text. */
  static BerthException error(Reply r) {
    String text;
    try (r) {
      text = new String(r.body().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      text = "";
    }
    return errorOf(r.status(), text);
  }

  /** The typed error (as the engine would throw it) a daemon's answer with {@code status} and {@code body} stands for. */
  public static BerthException errorOf(int status, String body) {
    String message = body.strip();
    try {
      JsonNode n = JsonFields.MAPPER.readTree(body);
      if (n != null && n.isObject() && n.has("message")) {
        message = n.get("message").asText();
      }
    } catch (IOException e) {
      // not JSON: the text is the message
    }
    return switch (kindOf(status)) {
      case NOT_FOUND -> new NotFoundException(message);
      case CONFLICT -> new ConflictException(message);
      case INVALID_ARGUMENT -> new InvalidArgumentException(message);
      case SYSTEM -> new SystemException(message);
      default -> new BerthException(kindOf(status), message);
    };
  }

  /** The one table of {@link ErrorKind} read backwards; unknown statuses are system errors. */
  static ErrorKind kindOf(int status) {
    for (ErrorKind k : ErrorKind.values()) {
      if (k.httpStatus() == status) {
        return k;
      }
    }
    return ErrorKind.SYSTEM;
  }

  /** Go's URL path escaping ({@code url.URL.EscapedPath}): {@code /} and sub-delimiters stay. */
  static String escapePath(String path) {
    StringBuilder b = new StringBuilder();
    for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.~/$&+,:;=@".indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return b.toString();
  }

  /** Go's {@code url.Values.Encode}: keys sorted, form-encoded. */
  static String queryString(Map<String, List<String>> query) {
    if (query.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (var e : new java.util.TreeMap<>(query).entrySet()) {
      for (String v : e.getValue()) {
        b.append(b.isEmpty() ? '?' : '&').append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
      }
    }
    return b.toString();
  }

  /** Go's {@code versions.Compare} for dotted numbers. */
  static int compare(String a, String b) {
    return dev.berth.units.Versions.compare(a, b);
  }


  @Override
  public void close() {
    try {
      http.stop();
    } catch (Exception e) {
      // closing at exit: nothing to report
    }
  }
}
