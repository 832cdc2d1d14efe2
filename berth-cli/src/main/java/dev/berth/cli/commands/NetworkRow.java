package dev.berth.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.cli.format.GoTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One row of {@code network ls}: the fields of docker's network formatter context, over the daemon's JSON. */
record NetworkRow(JsonNode network, boolean truncate) implements RowContext {
  static final List<String> FIELDS = List.of("CreatedAt", "Driver", "ID", "IPv6", "Internal", "Labels", "Name", "Scope");

  static final Map<String, String> HEADERS = Map.ofEntries(
      Map.entry("CreatedAt", "CREATED AT"),
      Map.entry("Driver", "DRIVER"),
      Map.entry("ID", "NETWORK ID"),
      Map.entry("IPv6", "IPV6"),
      Map.entry("Internal", "INTERNAL"),
      Map.entry("Labels", "LABELS"),
      Map.entry("Label", "LABEL"),
      Map.entry("Name", "NAME"),
      Map.entry("Scope", "SCOPE"));

  @Override
  public String goTypeName() {
    return "*network.networkContext";
  }

  @Override
  public boolean has(String name) {
    return FIELDS.contains(name) || name.equals("Label");
  }

  @Override
  public List<String> fieldNames() {
    return FIELDS;
  }

  @Override
  public Object get(String name, List<Object> args) throws TemplateFieldError {
    return switch (name) {
      case "CreatedAt" -> GoTime.timeString(Instant.parse(network.path("Created").asText()), ZoneId.systemDefault());
      case "Driver" -> network.path("Driver").asText("");
      case "ID" -> {
        String id = network.path("Id").asText("");
        yield truncate && id.length() > 12 ? id.substring(0, 12) : id;
      }
      case "IPv6" -> Boolean.toString(network.path("EnableIPv6").asBoolean());
      case "Internal" -> Boolean.toString(network.path("Internal").asBoolean());
      case "Labels" -> labels();
      case "Label" -> {
        if (args.size() != 1) {
          throw new TemplateFieldError("wrong number of args for Label: want 1 got " + args.size());
        }
        yield network.path("Labels").path(String.valueOf(args.get(0))).asText("");
      }
      case "Name" -> network.path("Name").asText("");
      case "Scope" -> network.path("Scope").asText("");
      default -> null;
    };
  }

  private String labels() {
    List<String> kv = new ArrayList<>();
    network.path("Labels").properties().forEach(e -> kv.add(e.getKey() + "=" + e.getValue().asText()));
    return String.join(",", kv);
  }
}
