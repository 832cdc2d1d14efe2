package dev.berth.api.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.events.Event;
import java.util.Map;

/** One message of {@code GET /events} (Docker's {@code events.Message}) read back into berth's event. */
public final class EventJson {
  private EventJson() {}

  public static Event event(JsonNode o) {
    long timeNano = o.path("timeNano").asLong(0);
    if (timeNano == 0) {
      timeNano = o.path("time").asLong(0) * 1_000_000_000L;
    }
    Map<String, String> attributes = JsonFields.map(o.path("Actor").get("Attributes"));
    return new Event(0, timeNano, o.path("Type").asText(""), o.path("Action").asText(""),
        o.path("Actor").path("ID").asText(""), attributes == null ? Map.of() : attributes);
  }
}
