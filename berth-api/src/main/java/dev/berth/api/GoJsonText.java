package dev.berth.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * JSON text as Go's {@code encoding/json} writes it, for the streamed messages whose bytes clients
 * compare: {@code < > &} and U+2028/U+2029 escaped, control characters as lower-case {@code \}u00xx,
 * keys in the order given.
 */
final class GoJsonText {
  private final StringBuilder b = new StringBuilder();
  private boolean first = true;

  private GoJsonText() {}

  static GoJsonText object() {
    GoJsonText t = new GoJsonText();
    t.b.append('{');
    return t;
  }

  GoJsonText string(String key, String value) {
    key(key);
    quote(b, value);
    return this;
  }

  GoJsonText number(String key, long value) {
    key(key);
    b.append(value);
    return this;
  }

  /** A nested object or other raw JSON value. */
  GoJsonText raw(String key, String json) {
    key(key);
    b.append(json);
    return this;
  }

  /** A map of strings with its keys sorted, as Go marshals a map. */
  GoJsonText map(String key, Map<String, String> values) {
    GoJsonText inner = object();
    new java.util.TreeMap<>(values).forEach(inner::string);
    return raw(key, inner.end());
  }

  String end() {
    return b.append('}').toString();
  }

  private void key(String key) {
    if (!first) {
      b.append(',');
    }
    first = false;
    quote(b, key);
    b.append(':');
  }

  static void quote(StringBuilder b, String s) {
    b.append(dev.berth.archive.GoJson.string(s));
  }

  /** One message of Docker's JSON progress stream ({@code jsonmessage}): the object and CRLF. */
  static byte[] message(String json) {
    return (json + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  /** {@code {"stream":"..."}}. */
  static byte[] stream(String text) {
    return message(object().string("stream", text).end());
  }

  /** {@code {"errorDetail":{["code":N,]"message":"..."},"error":"..."}}. */
  static byte[] error(String message, Integer code) {
    GoJsonText detail = object();
    if (code != null) {
      detail.number("code", code);
    }
    detail.string("message", message);
    return message(object().raw("errorDetail", detail.end()).string("error", message).end());
  }
}
