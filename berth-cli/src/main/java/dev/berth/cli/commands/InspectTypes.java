package dev.berth.cli.commands;

import dev.berth.cli.format.GoValues;
import java.util.List;
import java.util.Map;

/**
 * What the docker CLI's typed inspect structs make of the daemon's JSON before a template sees it:
 * the CLI executes {@code --format} on its Go types first, so a field the daemon sends as null or
 * leaves out still prints its type's zero value ({@code map[]}, {@code []}, {@code <nil>}, ""),
 * and the values of a {@code map[string]struct{}} (exposed ports, volumes) print as {@code {}}.
 * Only the fields of the image and container configs are typed here.
 */
final class InspectTypes {
  private InspectTypes() {}

  private enum Kind { STRING, STRING_SLICE, STRING_MAP, SET, HEALTHCHECK }

  /** The image config's fields (CLI 28: dockerspec.DockerOCIImageConfig). */
  private static final Map<String, Kind> IMAGE_CONFIG = Map.ofEntries(
      Map.entry("User", Kind.STRING), Map.entry("ExposedPorts", Kind.SET), Map.entry("Env", Kind.STRING_SLICE),
      Map.entry("Entrypoint", Kind.STRING_SLICE), Map.entry("Cmd", Kind.STRING_SLICE),
      Map.entry("Volumes", Kind.SET), Map.entry("WorkingDir", Kind.STRING), Map.entry("Labels", Kind.STRING_MAP),
      Map.entry("StopSignal", Kind.STRING), Map.entry("Healthcheck", Kind.HEALTHCHECK),
      Map.entry("OnBuild", Kind.STRING_SLICE), Map.entry("Shell", Kind.STRING_SLICE));

  /** The container config's fields of those kinds (container.Config). */
  private static final Map<String, Kind> CONTAINER_CONFIG = Map.ofEntries(
      Map.entry("Hostname", Kind.STRING), Map.entry("Domainname", Kind.STRING), Map.entry("User", Kind.STRING),
      Map.entry("ExposedPorts", Kind.SET), Map.entry("Env", Kind.STRING_SLICE), Map.entry("Cmd", Kind.STRING_SLICE),
      Map.entry("Healthcheck", Kind.HEALTHCHECK), Map.entry("Image", Kind.STRING), Map.entry("Volumes", Kind.SET),
      Map.entry("WorkingDir", Kind.STRING), Map.entry("Entrypoint", Kind.STRING_SLICE),
      Map.entry("OnBuild", Kind.STRING_SLICE), Map.entry("Labels", Kind.STRING_MAP),
      Map.entry("StopSignal", Kind.STRING), Map.entry("Shell", Kind.STRING_SLICE));

  /** A mount point's string fields (types.MountPoint: Name and Driver are omitted for binds). */
  private static final Map<String, Kind> MOUNT_POINT = Map.of(
      "Type", Kind.STRING, "Name", Kind.STRING, "Source", Kind.STRING, "Destination", Kind.STRING,
      "Driver", Kind.STRING, "Mode", Kind.STRING, "Propagation", Kind.STRING);

  /** The container's own fields of those kinds (container.ContainerJSONBase). */
  private static final Map<String, Kind> CONTAINER = Map.of("ExecIDs", Kind.STRING_SLICE);

  /**
   * Types a decoded image ({@code RootFS} present) or container ({@code State}) object: its
   * configs, and the typed structs' {@code ID} field (the JSON's "Id"); returns what templates see.
   */
  @SuppressWarnings("unchecked")
  static Object apply(Object decoded) {
    if (!(decoded instanceof Map<?, ?> m) || !(m.containsKey("State") || m.containsKey("RootFS"))) {
      return decoded;
    }
    GoValues.StructMap obj = new GoValues.StructMap((Map<String, Object>) m);
    if (obj.containsKey("State")) {
      typeFields(obj, CONTAINER);
      if (obj.get("Mounts") instanceof java.util.List<?> mounts) {
        java.util.List<Object> typed = new java.util.ArrayList<>();
        for (Object mount : mounts) {
          if (mount instanceof Map<?, ?> mm) {
            GoValues.StructMap point = new GoValues.StructMap((Map<String, Object>) mm);
            typeFields(point, MOUNT_POINT);
            typed.add(point);
          } else {
            typed.add(mount);
          }
        }
        obj.put("Mounts", typed);
      }
      typeConfig(obj, "Config", CONTAINER_CONFIG);
      endpoints(obj);
      goFieldNames(obj, "HostConfig", HOST_CONFIG_GO_NAMES);
      struct(obj, "State", STATE, Map.of("Health", new GoValues.NilPointer("*container.Health")));
      if (obj.get("HostConfig") instanceof Map<?, ?> hc) {
        Map<String, Object> host = (Map<String, Object>) hc;
        // pointer fields of container.Resources: a JSON null is a nil pointer to templates
        for (Map.Entry<String, String> p : Map.of("MemorySwappiness", "*int64", "PidsLimit", "*int64",
            "OomKillDisable", "*bool").entrySet()) {
          if (host.containsKey(p.getKey()) && host.get(p.getKey()) == null) {
            host.put(p.getKey(), new GoValues.NilPointer(p.getValue()));
          }
        }
        struct(host, "RestartPolicy", List.of("Name", "MaximumRetryCount"), Map.of());
        struct(host, "LogConfig", List.of("Type", "Config"), Map.of("Config", new GoValues.NilMap()));
      }
    } else {
      typeConfig(obj, "Config", IMAGE_CONFIG);
      typeConfig(obj, "ContainerConfig", CONTAINER_CONFIG);
      struct(obj, "RootFS", List.of("Type", "Layers"), Map.of("Layers", new GoValues.NilSlice()));
      struct(obj, "Metadata", List.of("LastTagTime"), Map.of());
    }
    struct(obj, "GraphDriver", List.of("Data", "Name"), Map.of("Data", new GoValues.NilMap()));
    if (obj.containsKey("Id") && !obj.containsKey("ID")) {
      // the Go field is ID (json tag "Id"): {{.Id}} fails on the typed struct, and the CLI then
      // runs the template on the raw JSON instead
      obj.putOmitted("ID", obj.get("Id"));
      obj.hideFromTemplates("Id");
    }
    return obj;
  }

  /**
   * Types a network (types.NetworkResource): {@code .ID} reads the Go field and {@code .Id} fails
   * (the CLI then uses the raw map), {@code Created} is a Go time, IPAM a struct.
   */
  @SuppressWarnings("unchecked")
  static void network(Object data) {
    if (!(data instanceof Map<?, ?> raw)) {
      return;
    }
    Map<String, Object> n = (Map<String, Object>) raw;
    struct(n, "IPAM", List.of("Driver", "Options", "Config"),
        Map.of("Options", new GoValues.NilMap(), "Config", new GoValues.NilSlice()));
    if (n.get("Id") instanceof String id && n instanceof GoValues.StructMap struct) {
      struct.putOmitted("ID", id);
      struct.hideFromTemplates("Id");
    }
    if (n.get("Created") instanceof String t) {
      n.put("Created", GoValues.Time.of(t, java.time.ZoneId.systemDefault()));
    }
  }

  /**
   * network.EndpointSettings (CLI 28), for each of {@code NetworkSettings.Networks}: every field,
   * in the struct's order, whatever the daemon sent (its older struct lacks GwPriority and DNSNames).
   */
  private static final List<String> ENDPOINT = List.of("IPAMConfig", "Links", "Aliases", "MacAddress",
      "DriverOpts", "GwPriority", "NetworkID", "EndpointID", "Gateway", "IPAddress", "IPPrefixLen", "IPv6Gateway",
      "GlobalIPv6Address", "GlobalIPv6PrefixLen", "DNSNames");

  @SuppressWarnings("unchecked")
  private static void endpoints(Map<String, Object> container) {
    if (!(container.get("NetworkSettings") instanceof Map<?, ?> ns) || !(ns.get("Networks") instanceof Map<?, ?> nets)
        || nets instanceof GoValues.NilMap) {
      return;
    }
    Map<String, Object> networks = (Map<String, Object>) nets;
    for (String name : List.copyOf(networks.keySet())) {
      if (!(networks.get(name) instanceof Map<?, ?> raw)) {
        continue;
      }
      Map<String, Object> json = (Map<String, Object>) raw;
      GoValues.StructMap typed = new GoValues.StructMap(Map.of());
      for (String f : ENDPOINT) {
        Object v = json.get(f);
        if (f.equals("IPAMConfig") && v instanceof Map<?, ?> ipam) {
          // *network.EndpointIPAMConfig: a struct of three fields
          GoValues.StructMap conf = new GoValues.StructMap(Map.of());
          for (String k : List.of("IPv4Address", "IPv6Address", "LinkLocalIPs")) {
            Object x = ipam.get(k);
            if (x == null) {
              conf.putOmitted(k, k.equals("LinkLocalIPs") ? new GoValues.NilSlice() : ""); // omitempty
            } else {
              conf.put(k, x);
            }
          }
          v = conf.complete();
        }
        typed.put(f, v != null ? v : switch (f) {
          case "IPAMConfig" -> new GoValues.NilPointer("*network.EndpointIPAMConfig");
          case "Links", "Aliases", "DNSNames" -> new GoValues.NilSlice();
          case "DriverOpts" -> new GoValues.NilMap();
          case "GwPriority", "IPPrefixLen", "GlobalIPv6PrefixLen" -> 0L;
          default -> "";
        });
      }
      networks.put(name, typed.complete());
    }
  }

  /** container.State's fields, in order. */
  private static final List<String> STATE = List.of("Status", "Running", "Paused", "Restarting", "OOMKilled",
      "Dead", "Pid", "ExitCode", "Error", "StartedAt", "FinishedAt", "Health");

  /**
   * Types a small nested struct whose Go fields are exactly {@code fields}: it then prints as Go
   * prints a struct; a field the JSON lacks or has as null takes its zero value from {@code zeros}.
   */
  @SuppressWarnings("unchecked")
  private static void struct(Map<String, Object> parent, String key, List<String> fields, Map<String, Object> zeros) {
    if (!(parent.get(key) instanceof Map<?, ?> m) || m instanceof GoValues.NilMap) {
      return;
    }
    Map<String, Object> json = (Map<String, Object>) m;
    GoValues.StructMap s = new GoValues.StructMap(Map.of());
    for (String f : fields) {
      Object v = json.get(f);
      if (v == null && zeros.containsKey(f)) {
        v = zeros.get(f);
      } else if (v instanceof Map<?, ?> goMap && !(v instanceof GoValues.StructMap)) {
        v = new java.util.TreeMap<>((Map<String, Object>) goMap); // a Go map: keys in order
      }
      if (json.containsKey(f)) {
        s.put(f, v);
      } else if (v != null) {
        s.putOmitted(f, v);
      }
    }
    parent.put(key, s.complete());
  }

  /** The host config's Go field names that differ from their JSON names (container.Resources). */
  private static final Map<String, String> HOST_CONFIG_GO_NAMES = Map.of(
      "CPUShares", "CpuShares", "CPUPeriod", "CpuPeriod", "CPUQuota", "CpuQuota",
      "CPURealtimePeriod", "CpuRealtimePeriod", "CPURealtimeRuntime", "CpuRealtimeRuntime",
      "CPUCount", "CpuCount", "CPUPercent", "CpuPercent", "NanoCPUs", "NanoCpus");

  /** Templates name struct fields by their Go names: {@code .HostConfig.CPUShares} is the JSON's CpuShares. */
  @SuppressWarnings("unchecked")
  private static void goFieldNames(Map<String, Object> parent, String key, Map<String, String> goToJson) {
    if (!(parent.get(key) instanceof Map<?, ?> m) || m instanceof GoValues.NilMap) {
      return;
    }
    GoValues.StructMap struct = m instanceof GoValues.StructMap sm ? sm
        : new GoValues.StructMap((Map<String, Object>) m);
    goToJson.forEach((go, json) -> {
      if (struct.containsKey(json) && !struct.containsKey(go)) {
        struct.putOmitted(go, struct.get(json));
      }
      // the JSON name is no Go field: {{.HostConfig.CpuShares}} fails on the typed value (the CLI
      // then runs the template on the raw JSON)
      struct.hideFromTemplates(json);
    });
    parent.put(key, struct);
  }

  @SuppressWarnings("unchecked")
  private static void typeConfig(Map<String, Object> parent, String key, Map<String, Kind> fields) {
    if (!(parent.get(key) instanceof Map<?, ?> m) || m instanceof GoValues.NilMap) {
      return;
    }
    GoValues.StructMap config = new GoValues.StructMap((Map<String, Object>) m);
    typeFields(config, fields);
    parent.put(key, fields == IMAGE_CONFIG ? ociOrder(config) : config);
  }

  /**
   * The typed image config's JSON: only the OCI config's fields and Docker's extensions, in their
   * struct order, each omitted when empty; the daemon's other keys stay readable by templates.
   */
  private static GoValues.StructMap ociOrder(GoValues.StructMap config) {
    GoValues.StructMap out = new GoValues.StructMap(Map.of());
    for (String name : IMAGE_CONFIG_ORDER) {
      Object v = config.get(name);
      if (config.containsKey(name) && !config.omitted(name) && !empty(v)) {
        out.put(name, v);
      } else if (config.containsKey(name)) {
        out.putOmitted(name, v);
      }
    }
    for (Map.Entry<String, Object> e : config.entrySet()) {
      if (!out.containsKey(e.getKey())) {
        out.putOmitted(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  private static boolean empty(Object v) {
    return v == null || v instanceof GoValues.NilSlice || v instanceof GoValues.NilMap || Boolean.FALSE.equals(v)
        || v instanceof String str && str.isEmpty() || v instanceof java.util.Collection<?> c && c.isEmpty()
        || v instanceof Map<?, ?> mm && mm.isEmpty();
  }

  /** container.HealthConfig: its durations print as Go durations, left-out fields as zeros. */
  private static GoValues.StructMap healthConfig(Map<String, Object> json) {
    GoValues.StructMap s = new GoValues.StructMap(Map.of());
    Object test = json.get("Test");
    if (test != null) {
      s.put("Test", test);
    } else {
      s.putOmitted("Test", new GoValues.NilSlice());
    }
    for (String d : List.of("Interval", "Timeout", "StartPeriod")) {
      Object v = json.get(d);
      if (v instanceof Number n) {
        s.put(d, new GoValues.Duration(n.longValue()));
      } else {
        s.putOmitted(d, new GoValues.Duration(0));
      }
    }
    Object retries = json.get("Retries");
    if (retries != null) {
      s.put("Retries", retries);
    } else {
      s.putOmitted("Retries", 0L);
    }
    return s.complete();
  }

  /** dockerspec.DockerOCIImageConfig: the OCI ImageConfig's fields, then Docker's extensions. */
  private static final java.util.List<String> IMAGE_CONFIG_ORDER = java.util.List.of(
      "User", "ExposedPorts", "Env", "Entrypoint", "Cmd", "Volumes", "WorkingDir", "Labels", "StopSignal",
      "ArgsEscaped", "Healthcheck", "OnBuild", "Shell");

  @SuppressWarnings("unchecked")
  private static void typeFields(GoValues.StructMap config, Map<String, Kind> fields) {
    for (Map.Entry<String, Kind> f : fields.entrySet()) {
      String name = f.getKey();
      boolean absent = !config.containsKey(name);
      Object v = config.get(name);
      if (v instanceof Map<?, ?> set && f.getValue() == Kind.SET) {
        java.util.TreeMap<String, Object> sorted = new java.util.TreeMap<>(); // a Go map: keys in order
        for (Object key : set.keySet()) {
          sorted.put(String.valueOf(key), GoValues.EmptyStruct.VALUE);
        }
        config.put(name, sorted);
        continue;
      }
      if (v instanceof Map<?, ?> hc && f.getValue() == Kind.HEALTHCHECK) {
        config.put(name, healthConfig((Map<String, Object>) hc));
        continue;
      }
      if (v instanceof Map<?, ?> map && f.getValue() == Kind.STRING_MAP) {
        config.put(name, new java.util.TreeMap<>((Map<String, Object>) map)); // a Go map: keys in order
        continue;
      }
      if (v != null) {
        continue;
      }
      Object zero = switch (f.getValue()) {
        case STRING -> "";
        case STRING_SLICE -> new GoValues.NilSlice();
        case STRING_MAP, SET -> new GoValues.NilMap();
        case HEALTHCHECK -> new GoValues.NilPointer("*container.HealthConfig");
      };
      if (absent) {
        config.putOmitted(name, zero);
      } else {
        config.put(name, zero);
      }
    }
  }
}
