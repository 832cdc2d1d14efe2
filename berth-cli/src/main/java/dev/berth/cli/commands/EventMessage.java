package dev.berth.cli.commands;

import dev.berth.cli.format.TemplateObject;
import dev.berth.events.Event;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The template data of {@code berth events --format}: Docker's {@code *events.Message}. */
record EventMessage(Event event) implements TemplateObject {
  private static final List<String> FIELDS =
      List.of("Status", "ID", "From", "Type", "Action", "Actor", "Scope", "Time", "TimeNano");

  @Override
  public String goTypeName() {
    return "*events.Message";
  }

  @Override
  public boolean has(String name) {
    return FIELDS.contains(name);
  }

  @Override
  public List<String> fieldNames() {
    return FIELDS;
  }

  @Override
  public Object get(String name, List<Object> args) {
    return switch (name) {
      case "Status" -> event.status();
      case "ID" -> event.id();
      case "From" -> event.from();
      case "Type" -> event.type();
      case "Action" -> event.action();
      case "Actor" -> new Actor(event.actorId(), event.attributes());
      case "Scope" -> "local";
      case "Time" -> event.time();
      case "TimeNano" -> event.timeNano();
      default -> null;
    };
  }

  /** The JSON tags of {@code events.Message}: deprecated fields and times left out when empty. */
  @Override
  public Object toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!event.status().isEmpty()) {
      m.put("status", event.status());
    }
    if (!event.id().isEmpty()) {
      m.put("id", event.id());
    }
    if (!event.from().isEmpty()) {
      m.put("from", event.from());
    }
    m.put("Type", event.type());
    m.put("Action", event.action());
    m.put("Actor", new Actor(event.actorId(), event.attributes()));
    m.put("scope", "local");
    if (event.time() != 0) {
      m.put("time", event.time());
    }
    if (event.timeNano() != 0) {
      m.put("timeNano", event.timeNano());
    }
    return m;
  }

  /** {@code events.Actor}: the ID and the attributes (a Go map, printed with sorted keys). */
  record Actor(String id, Map<String, String> attributes) implements TemplateObject {
    @Override
    public String goTypeName() {
      return "events.Actor";
    }

    @Override
    public boolean has(String name) {
      return name.equals("ID") || name.equals("Attributes");
    }

    @Override
    public List<String> fieldNames() {
      return List.of("ID", "Attributes");
    }

    @Override
    public Object get(String name, List<Object> args) {
      return name.equals("ID") ? id : attributes;
    }
  }
}
