package dev.berth.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.berth.cli.BaseCommand;
import dev.berth.cli.BerthCli;
import dev.berth.cli.CommandFailed;
import dev.berth.cli.JsonText;
import dev.berth.cli.format.GoTemplate;
import dev.berth.cli.format.TemplateException;
import dev.berth.cli.format.TemplateFunctions;
import dev.berth.errors.BerthException;
import dev.berth.errors.NotFoundException;
import dev.berth.image.ImageConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth inspect}, {@code image inspect}, {@code container inspect}. */
@Command(name = "inspect")
public final class InspectCommand extends BaseCommand {
  private static final Set<String> TYPES =
      Set.of("config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume");

  @Option(names = {"-f", "--format"})
  String format;

  @Option(names = {"-s", "--size"})
  boolean size;

  @Option(names = "--type")
  String type;

  @Parameters
  List<String> args = new ArrayList<>();

  /** Which objects this invocation looks at: null = any (top-level inspect). */
  private String fixedType() {
    if (path.endsWith("image inspect")) {
      return "image";
    }
    if (path.endsWith("container inspect")) {
      return "container";
    }
    if (path.endsWith("volume inspect")) {
      return "volume";
    }
    if (path.endsWith("network inspect")) {
      return "network";
    }
    return null;
  }

  @Override
  protected int execute() {
    minArgs(args, 1);
    String kind = fixedType() != null ? fixedType() : type;
    if (kind != null && !kind.isEmpty() && !TYPES.contains(kind)) {
      throw new CommandFailed("unknown type: \"" + kind + "\": must be one of \"config\", \"container\", \"image\","
          + " \"network\", \"node\", \"plugin\", \"secret\", \"service\", \"task\", \"volume\"", 1);
    }
    GoTemplate template = null;
    String fmt = format == null ? "" : format;
    if (!fmt.isEmpty() && !fmt.equals("json")) {
      try {
        template = GoTemplate.parse(fmt); // inspect takes the template as given (no \t, \n replaced)
      } catch (TemplateException.Parse e) {
        throw new CommandFailed("template parsing error: " + e.getMessage(), 64);
      }
    }
    List<JsonNode> found = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (String a : args) {
      try {
        found.add(lookup(a, kind));
      } catch (BerthException e) {
        // only an inspect of any kind says "No such object"; with a type the daemon's error shows
        errors.add((kind == null || kind.isEmpty()) && e instanceof NotFoundException
            ? "Error: No such object: " + a : BerthCli.daemonError(e));
      }
    }
    StringBuilder out = new StringBuilder();
    if (fmt.isEmpty()) {
      ArrayNode arr = ImageConfig.MAPPER.createArrayNode();
      found.forEach(arr::add);
      out.append(JsonText.indent(arr)).append('\n');
    } else if (fmt.equals("json")) {
      ArrayNode arr = ImageConfig.MAPPER.createArrayNode();
      found.forEach(arr::add);
      out.append(arr.toString()).append('\n');
    } else {
      int successes = 0;
      for (JsonNode n : found) {
        try {
          Object data = templateData(n, "volume".equals(kind));
          if ("network".equals(kind) || (kind == null || kind.isEmpty()) && isNetwork(n)) {
            InspectTypes.network(data);
          }
          String text;
          try {
            text = template.execute(data, TemplateFunctions.docker(), false);
          } catch (TemplateException.Exec typedFailed) {
            // as the CLI: the template runs on the typed value first, and on any error again on
            // the raw JSON (Go maps: keys sorted, a missing key is an error); `volume inspect`
            // has no raw JSON to fall back to
            if ("volume".equals(fixedType())) {
              throw typedFailed;
            }
            text = template.execute(rawData(JsonText.decode(n)), TemplateFunctions.docker(), true);
          }
          out.append(text).append('\n');
          successes++;
        } catch (TemplateException.Exec e) {
          errors.add(0, "template parsing error: " + e.getMessage());
        }
      }
      if (successes == 0) {
        out.append('\n');
      }
    }
    ctx.out().print(out);
    if (!errors.isEmpty()) {
      ctx.err().println(String.join("\n", errors));
      return 1;
    }
    return 0;
  }

  /** The daemon's JSON as Go's map[string]interface{}: every object a map with sorted keys. */
  private static Object rawData(Object decoded) {
    if (decoded instanceof java.util.Map<?, ?> m) {
      java.util.TreeMap<String, Object> sorted = new java.util.TreeMap<>();
      m.forEach((k, v) -> sorted.put(String.valueOf(k), rawData(v)));
      return sorted;
    }
    if (decoded instanceof java.util.List<?> l) {
      java.util.List<Object> out = new java.util.ArrayList<>();
      l.forEach(v -> out.add(rawData(v)));
      return out;
    }
    return decoded;
  }

  /**
   * The value a template sees: the decoded JSON, except that fields the daemon's Go types hold as
   * {@code time.Time} print the way Go prints a time.
   */
  private static Object templateData(JsonNode n, boolean volume) {
    Object data = InspectTypes.apply(JsonText.decode(n));
    if (volume && data instanceof java.util.Map<?, ?> m) {
      // the CLI's typed volume: nil maps print map[] (and encode as null)
      @SuppressWarnings("unchecked")
      java.util.Map<String, Object> v = (java.util.Map<String, Object>) m;
      for (String k : new String[] {"Labels", "Options"}) {
        if (v.get(k) == null) {
          v.put(k, new dev.berth.cli.format.GoValues.NilMap());
        }
      }
    }
    if (data instanceof java.util.Map<?, ?> typed) {
      // the CLI's typed container.Config: nil slices print [] and nil maps map[] (both encode as null)
      for (String key : new String[] {"Config", "ContainerConfig"}) {
        if (typed.get(key) instanceof java.util.Map<?, ?> cm) {
          @SuppressWarnings("unchecked")
          java.util.Map<String, Object> config = (java.util.Map<String, Object>) cm;
          for (String k : new String[] {"Cmd", "Entrypoint", "Env", "OnBuild", "Shell"}) {
            if (config.containsKey(k) && config.get(k) == null) {
              config.put(k, new dev.berth.cli.format.GoValues.NilSlice());
            }
          }
          for (String k : new String[] {"Labels", "Volumes", "ExposedPorts"}) {
            if (config.containsKey(k) && config.get(k) == null) {
              config.put(k, new dev.berth.cli.format.GoValues.NilMap());
            } else if (!k.equals("Labels") && config.get(k) instanceof java.util.Map<?, ?> set) {
              // map[string]struct{}: every value prints {}
              @SuppressWarnings("unchecked")
              java.util.Map<String, Object> values = (java.util.Map<String, Object>) set;
              values.replaceAll((name, v) -> new dev.berth.cli.format.GoValues.EmptyStruct());
            }
          }
        }
      }
    }
    if (data instanceof java.util.Map<?, ?> m && m.get("State") != null) {
      typedContainer(m);
    }
    if (data instanceof java.util.Map<?, ?> m && !(m instanceof dev.berth.cli.format.GoValues.StructMap)) {
      // a volume or network: a Go struct too, whose missing fields are errors
      @SuppressWarnings("unchecked")
      java.util.Map<String, Object> fields = (java.util.Map<String, Object>) m;
      data = new dev.berth.cli.format.GoValues.StructMap(fields).named(volume ? "volume.Volume" : "network.Inspect");
    }
    if (data instanceof java.util.Map<?, ?> m && m.get("Metadata") instanceof java.util.Map<?, ?> meta
        && meta.get("LastTagTime") instanceof String t) {
      @SuppressWarnings("unchecked")
      java.util.Map<String, Object> metadata = (java.util.Map<String, Object>) meta;
      metadata.put("LastTagTime", dev.berth.cli.format.GoValues.Time.of(t, java.time.ZoneOffset.UTC));
    }
    return data;
  }

  /**
   * The CLI runs the template on its typed container (types.ContainerJSON) first: the fields the
   * daemon omits when empty are there with Go's zero values (nil pointers print {@code <nil>}).
   */
  @SuppressWarnings("unchecked")
  private static void typedContainer(java.util.Map<?, ?> raw) {
    java.util.Map<String, Object> c = (java.util.Map<String, Object>) raw;
    c.putIfAbsent("SizeRw", new dev.berth.cli.format.GoValues.NilPointer("*int64"));
    c.putIfAbsent("SizeRootFs", new dev.berth.cli.format.GoValues.NilPointer("*int64"));
    if (c.get("HostConfig") instanceof java.util.Map<?, ?> hc) {
      java.util.Map<String, Object> host = (java.util.Map<String, Object>) hc;
      host.putIfAbsent("Init", new dev.berth.cli.format.GoValues.NilPointer("*bool"));
      // the typed container.HostConfig: its nil slices print [] (they encode as null)
      for (String k : new String[] {"Binds", "Links", "VolumesFrom", "CapAdd", "CapDrop", "Dns", "DnsOptions",
          "DnsSearch", "ExtraHosts", "GroupAdd", "SecurityOpt", "DeviceCgroupRules", "DeviceRequests"}) {
        if (host.containsKey(k) && host.get(k) == null) {
          host.put(k, new dev.berth.cli.format.GoValues.NilSlice());
        }
      }
      if (host.get("Init") instanceof Boolean b) {
        host.put("Init", new dev.berth.cli.format.GoValues.BoolPointer(b));
      }
    }
    if (c.get("Config") instanceof java.util.Map<?, ?> cc) {
      java.util.Map<String, Object> config = (java.util.Map<String, Object>) cc;
      config.putIfAbsent("ExposedPorts", new dev.berth.cli.format.GoValues.NilMap());
      config.putIfAbsent("Healthcheck", new dev.berth.cli.format.GoValues.NilPointer("*container.HealthConfig"));
      config.putIfAbsent("ArgsEscaped", false);
      config.putIfAbsent("NetworkDisabled", false);
      config.putIfAbsent("MacAddress", "");
      config.putIfAbsent("StopSignal", "");
      config.putIfAbsent("StopTimeout", new dev.berth.cli.format.GoValues.NilPointer("*int"));
    }
  }

  /** The daemon's network JSON (an inspect of any kind can find one). */
  private static boolean isNetwork(JsonNode n) {
    return n.has("IPAM") && n.has("ConfigOnly");
  }

  private JsonNode volume(String name) {
    return ctx.volumes().inspect(name);
  }

  private JsonNode lookup(String arg, String kind) {
    if (kind == null || kind.isEmpty()) {
      // the docker CLI tries each kind in turn, skipping what says not found, not supported or a bad reference
      List<java.util.function.Supplier<JsonNode>> kinds = List.of(() -> ctx.containers().inspect(arg, size),
          () -> ctx.images().inspect(arg), () -> ctx.networks().inspect(arg), () -> volume(arg));
      for (java.util.function.Supplier<JsonNode> k : kinds) {
        try {
          return k.get();
        } catch (BerthException e) {
          String m = String.valueOf(e.getMessage());
          if (!(e instanceof NotFoundException) && !m.contains("not supported") && !m.contains("invalid reference format")) {
            throw e;
          }
        }
      }
      throw new NotFoundException("No such object: " + arg);
    }
    return switch (kind) {
      case "container" -> ctx.containers().inspect(arg, size);
      case "image" -> ctx.images().inspect(arg);
      case "volume" -> volume(arg);
      case "network" -> ctx.networks().inspect(arg);
      default -> throw new NotFoundException("No such " + kind + ": " + arg);
    };
  }
}
