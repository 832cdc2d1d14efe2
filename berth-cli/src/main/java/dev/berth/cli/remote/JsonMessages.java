package dev.berth.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import dev.berth.api.json.JsonFields;
import dev.berth.cli.ops.ImageOps;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A daemon's stream of JSON messages (import, build, events), read one by one as they come. A
 * message with {@code error}/{@code errorDetail} ends it: it is thrown as {@link ImageOps.LoadFailed}
 * (the docker CLI prints its text alone).
 */
final class JsonMessages implements Iterable<JsonNode> {
  private final InputStream in;

  private JsonMessages(InputStream in) {
    this.in = in;
  }

  static JsonMessages read(InputStream in) {
    return new JsonMessages(in);
  }

  /** The text of a message's error, null when it is not an error. */
  static String error(JsonNode m) {
    if (!m.has("errorDetail") && !m.has("error")) {
      return null;
    }
    return m.path("errorDetail").path("message").asText(m.path("error").asText(""));
  }

  @Override
  public Iterator<JsonNode> iterator() {
    MappingIterator<JsonNode> it;
    try {
      it = JsonFields.MAPPER.readerFor(JsonNode.class).readValues(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public JsonNode next() {
        if (!it.hasNext()) {
          throw new NoSuchElementException();
        }
        JsonNode m = it.next();
        String error = error(m);
        if (error != null) {
          throw new ImageOps.LoadFailed(error);
        }
        return m;
      }
    };
  }
}
