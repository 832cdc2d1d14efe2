package dev.berth.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.BerthException;
import dev.berth.errors.ErrorKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Routes Docker Engine API requests (versioned {@code /v1.NN/...} or unversioned) to endpoints,
 * adds the daemon's headers, and is the one place that turns failures into Docker's error answers.
 * Runs on virtual threads, so endpoints block freely.
 */
final class ApiHandler extends Handler.Abstract {
  private static final Pattern VERSIONED = Pattern.compile("^/v([0-9.]+)(/.*)$");
  private static final String SERVER = "Berth/" + BerthServer.VERSION + " (linux)";

  private final List<Route> routes = new ArrayList<>();

  ApiHandler(List<Route> routes) {
    super(InvocationType.BLOCKING);
    this.routes.addAll(routes);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = request.getHttpURI().getDecodedPath();
    String clean = cleanPath(path);
    if (!clean.equals(path)) {
      // Docker's router answers an unclean path with a redirect to the clean one.
      String q = request.getHttpURI().getQuery();
      response.setStatus(301);
      response.getHeaders().put(HttpHeader.LOCATION, q == null ? clean : clean + "?" + q);
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
      response.write(true, null, callback);
      return true;
    }
    String version = null;
    Matcher v = VERSIONED.matcher(path);
    if (v.matches()) {
      version = v.group(1);
      path = v.group(2);
    }
    Route route = null;
    List<String> params = null;
    for (Route r : routes) {
      if (r.method().equals(request.getMethod())) {
        params = r.match(path);
        if (params != null) {
          route = r;
          break;
        }
      }
    }
    Exchange x = new Exchange(request, response, params, version);
    try {
      if (route == null) {
        error(x, 404, "page not found");
      } else {
        response.getHeaders().put("Api-Version", ApiVersion.CURRENT);
        response.getHeaders().put("Ostype", "linux");
        response.getHeaders().put(HttpHeader.SERVER, SERVER);
        try {
          ApiVersion.check(version);
          response.getHeaders().put("Docker-Experimental", "false");
          route.endpoint().handle(x);
        } catch (ApiVersion.TooOld e) {
          error(x, 400, e.getMessage());
        } catch (BerthException e) {
          fail(x, e.httpStatus(), e.getMessage());
        } catch (EofException e) {
          throw e;
        } catch (Exception e) {
          fail(x, ErrorKind.SYSTEM.httpStatus(), e.getMessage() == null ? e.toString() : e.getMessage());
        }
      }
      callback.succeeded();
    } catch (Throwable t) {
      callback.failed(t);
    }
    return true;
  }

  /** Go's {@code path.Clean}, keeping a trailing slash as gorilla/mux does. */
  static String cleanPath(String p) {
    if (p == null || p.isEmpty()) {
      return "/";
    }
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (String seg : p.split("/", -1)) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(seg);
      }
    }
    String clean = "/" + String.join("/", parts);
    if (p.endsWith("/") && !clean.equals("/")) {
      clean += "/";
    }
    return clean;
  }

  /** Before the answer started: Docker's JSON error; after it started, the connection is aborted. */
  private static void fail(Exchange x, int status, String message) throws Exception {
    if (!x.committed()) {
      error(x, status, message);
      return;
    }
    throw new EofException("stream failed after the answer started: " + message);
  }

  /** Docker's error answer: JSON, or for API 1.23 and older the text as Go's {@code http.Error} writes it. */
  private static void error(Exchange x, int status, String message) throws Exception {
    if (!ApiVersion.jsonErrors(x.requestedVersion())) {
      x.setHeader("X-Content-Type-Options", "nosniff");
      x.bytes(status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
      return;
    }
    ObjectNode body = Json.MAPPER.createObjectNode().put("message", message);
    x.json(status, body);
  }
}
