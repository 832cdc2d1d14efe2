package dev.berth.events;

import dev.berth.reference.Reference;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The daemon's event filter: every key present must match (keys are not validated, as in 20.10).
 * {@code event} and {@code type} match exactly; an object-type key ({@code container},
 * {@code volume}, ...) matches the actor ID or its {@code name} attribute by prefix, whatever the
 * event's type; {@code image} matches the ID, the name (or a container's image) with and without
 * tag; {@code label} matches the attributes; {@code scope} is always {@code local} here.
 */
public record EventFilter(Map<String, List<String>> values) {
  private static final Set<String> FUZZY_ACTIONS = Set.of("health_status", "exec_create", "exec_start");
  private static final List<String> NAMED_KEYS =
      List.of("daemon", "container", "plugin", "volume", "network", "node", "service", "secret", "config");

  public static EventFilter none() {
    return new EventFilter(Map.of());
  }

  public boolean includes(Event ev) {
    if (!matchAction(ev.action()) || !exact("type", ev.type()) || !exact("scope", "local")) {
      return false;
    }
    for (String key : NAMED_KEYS) {
      if (!fuzzy(key, ev.actorId()) && !fuzzy(key, ev.attributes().getOrDefault("name", ""))) {
        return false;
      }
    }
    return matchImage(ev) && matchLabels(ev.attributes());
  }

  private List<String> get(String key) {
    return values.getOrDefault(key, List.of());
  }

  private boolean exact(String key, String source) {
    List<String> v = get(key);
    return v.isEmpty() || v.contains(source);
  }

  private boolean fuzzy(String key, String source) {
    if (exact(key, source)) {
      return true;
    }
    for (String prefix : get(key)) {
      if (source.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** {@code exec_create} and friends carry the command after a colon: those match by prefix. */
  private boolean matchAction(String action) {
    if (get("event").stream().anyMatch(FUZZY_ACTIONS::contains)) {
      return fuzzy("event", action);
    }
    return exact("event", action);
  }

  private boolean matchImage(Event ev) {
    String name = ev.attributes().getOrDefault(ev.type().equals(Event.IMAGE) ? "name" : "image", "");
    return exact("image", ev.actorId()) || exact("image", name)
        || exact("image", withoutTag(ev.actorId())) || exact("image", withoutTag(name));
  }

  private static String withoutTag(String image) {
    Optional<Reference> ref;
    try {
      ref = Reference.tryParse(image);
    } catch (RuntimeException e) {
      return image;
    }
    return ref.map(Reference::familiarName).orElse(image);
  }

  private boolean matchLabels(Map<String, String> attributes) {
    List<String> wanted = get("label");
    if (wanted.isEmpty()) {
      return true;
    }
    if (attributes.isEmpty()) {
      return false;
    }
    for (String kv : wanted) {
      int eq = kv.indexOf('=');
      String k = eq < 0 ? kv : kv.substring(0, eq);
      String v = attributes.get(k);
      if (v == null || (eq >= 0 && !kv.substring(eq + 1).equals(v))) {
        return false;
      }
    }
    return true;
  }
}
