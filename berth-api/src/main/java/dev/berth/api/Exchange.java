package dev.berth.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.errors.BerthException;
import dev.berth.errors.ErrorKind;
import dev.berth.errors.SystemException;
import dev.berth.image.Filters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Fields;

/** One API call: its path parameters, query, body, and the way its answer is written. */
final class Exchange {
  /** Largest JSON request body read into memory (container configs are a few KiB). */
  static final int MAX_JSON_BODY = 16 * 1024 * 1024;

  private final Request request;
  private final Response response;
  private final List<String> pathParams;
  private final Fields query;
  private final String apiVersion;
  private final String requestedVersion;
  private boolean committed;

  Exchange(Request request, Response response, List<String> pathParams, String apiVersion) {
    this.request = request;
    this.requestedVersion = apiVersion;
    this.apiVersion = apiVersion == null ? ApiVersion.CURRENT : apiVersion;
    this.response = response;
    this.pathParams = pathParams;
    this.query = Request.extractQueryParameters(request);
  }

  String method() {
    return request.getMethod();
  }

  /** The API version the client asked for in the path, else the current one. */
  String apiVersion() {
    return apiVersion;
  }

  /** The version in the path ({@code /v1.NN/...}), null for an unversioned path. */
  String requestedVersion() {
    return requestedVersion;
  }

  /** The {@code i}-th variable part of the route's path (0-based). */
  String pathParam(int i) {
    return pathParams.get(i);
  }

  /** The first value of a query parameter, "" when absent (Go's {@code r.Form.Get}). */
  String query(String name) {
    String v = query.getValue(name);
    return v == null ? "" : v;
  }

  /** Every value of a repeated query parameter, in order ({@code names=a&names=b}). */
  List<String> queryAll(String name) {
    List<String> v = query.getValues(name);
    return v == null ? List.of() : v;
  }

  boolean hasQuery(String name) {
    return query.get(name) != null;
  }

  /** Docker's {@code httputils.BoolValue}: false for "", 0, no, false, none; true otherwise. */
  boolean bool(String name) {
    String s = query(name).trim().toLowerCase(Locale.ROOT);
    return !(s.isEmpty() || s.equals("0") || s.equals("no") || s.equals("false") || s.equals("none"));
  }

  /** An integer parameter parsed like Go's {@code strconv.Atoi}; absent → {@code absent}. */
  int integer(String name, int absent) {
    String s = query(name);
    if (s.isEmpty()) {
      return absent;
    }
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      boolean digits = s.matches("[+-]?[0-9]+");
      throw new SystemException(
          "strconv.Atoi: parsing \"" + s + "\": " + (digits ? "value out of range" : "invalid syntax"));
    }
  }

  /**
   * A required integer parameter parsed like Go's {@code strconv.Atoi} (64 bits); an absent or
   * malformed one is the client's mistake, with Go's error text.
   */
  long atoi(String name) {
    String s = query(name);
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      boolean digits = s.matches("[+-]?[0-9]+");
      throw new dev.berth.errors.InvalidArgumentException(
          "strconv.Atoi: parsing " + dev.berth.errors.GoQuote.of(s) + ": " + (digits ? "value out of range" : "invalid syntax"));
    }
  }

  Filters filters() {
    return FiltersParam.parse(query("filters"));
  }

  String header(String name) {
    return request.getHeaders().get(name);
  }

  InputStream body() {
    return Content.Source.asInputStream(request);
  }

  /** The whole body, refused beyond {@link #MAX_JSON_BODY} bytes. */
  byte[] smallBody() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = body()) {
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        if (out.size() + n > MAX_JSON_BODY) {
          throw new BerthException(ErrorKind.INVALID_ARGUMENT,
              "request body too large: more than " + MAX_JSON_BODY + " bytes");
        }
        out.write(buf, 0, n);
      }
    }
    return out.toByteArray();
  }

  /**
   * A JSON request body as the daemon reads one: a Content-Type other than JSON and an empty body
   * are errors (400).
   */
  JsonNode jsonBody() throws IOException {
    return jsonBody(true);
  }

  /** {@link #jsonBody()}; without {@code checkType} any Content-Type is accepted (old API versions). */
  JsonNode jsonBody(boolean checkType) throws IOException {
    String type = header("Content-Type");
    if (checkType && type != null && !type.split(";", 2)[0].trim().equalsIgnoreCase("application/json")) {
      throw new BerthException(ErrorKind.INVALID_ARGUMENT,
          "Content-Type specified (" + type + ") must be 'application/json'");
    }
    byte[] body = smallBody();
    if (body.length == 0) {
      throw new BerthException(ErrorKind.INVALID_ARGUMENT, "got EOF while reading request body");
    }
    // Go's json.Decoder's text for a syntax error
    String syntax = dev.berth.units.GoJsonSyntax.check(body, dev.berth.units.GoJsonSyntax.Mode.DECODER);
    if (syntax != null) {
      throw new BerthException(ErrorKind.INVALID_ARGUMENT, syntax);
    }
    try {
      return Json.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new BerthException(ErrorKind.INVALID_ARGUMENT, e.getMessage());
    }
  }

  void setHeader(String name, String value) {
    response.getHeaders().put(name, value);
  }

  /**
   * True once the client has closed the connection. A streaming answer that has nothing to send
   * (events) asks now and then, so that its loop ends without waiting for the next write to fail;
   * docker clients send nothing else on a connection whose answer is still streaming.
   */
  boolean clientGone() {
    var endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
    if (!endPoint.isOpen()) {
      return true;
    }
    try {
      return endPoint.fill(ByteBuffer.allocate(0)) < 0 || endPoint.isInputShutdown();
    } catch (IOException e) {
      return true;
    }
  }

  boolean committed() {
    return committed;
  }

  void json(int status, JsonNode body) throws IOException {
    bytes(status, "application/json", Json.bytes(body));
  }

  /** A reply without a body and without a Content-Type (as the daemon's 201/204 answers). */
  void empty(int status) throws IOException {
    bytes(status, null, new byte[0]);
  }

  void bytes(int status, String contentType, byte[] body) throws IOException {
    committed = true;
    response.setStatus(status);
    if (contentType != null) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    }
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    try (Blocker.Callback cb = Blocker.callback()) {
      response.write(true, ByteBuffer.wrap(body), cb);
      cb.block();
    }
  }

  /**
   * A chunked 200 answer that starts with its first write (or flush), so that a failure before any
   * output still gets the daemon's JSON error with its status. Each write is sent at once.
   */
  OutputStream lazyStream(String contentType) {
    return new OutputStream() {
      private OutputStream out;

      private OutputStream out() {
        if (out == null) {
          out = stream(contentType);
        }
        return out;
      }

      @Override
      public void write(int b) throws IOException {
        out().write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out().write(b, off, len);
      }

      /** Nothing to send yet is not a reason to start the answer. */
      @Override
      public void flush() throws IOException {
        if (out != null) {
          out.flush();
        }
      }

      @Override
      public void close() throws IOException {
        if (out != null) {
          out.close();
        }
      }
    };
  }

  /** Starts a streamed (chunked) 200 answer (no Content-Type when null); the caller closes the stream. */
  OutputStream stream(String contentType) {
    committed = true;
    response.setStatus(200);
    if (contentType != null) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    }
    return Content.Sink.asOutputStream(response);
  }

  /** A header already set on the answer (the daemon's common headers), or null. */
  String responseHeader(String name) {
    return response.getHeaders().get(name);
  }

  /** Takes the connection over, writing {@code head} as the answer's status line and headers. */
  Hijack hijack(String head) throws IOException {
    committed = true;
    return Hijack.take(request, head);
  }
}
