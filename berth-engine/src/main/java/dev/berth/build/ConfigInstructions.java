package dev.berth.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.image.ImageConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The instructions that only change an image's run config, applied as Docker's dispatchers apply
 * them: a build step then commits the config with the returned history text, and
 * {@code commit --change} applies them without committing (the daemon runs the same dispatchers
 * with commits disabled).
 */
final class ConfigInstructions {
  static final Set<String> KEYWORDS = Set.of("CMD", "ENTRYPOINT", "ENV", "EXPOSE", "HEALTHCHECK", "LABEL",
      "ONBUILD", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR");
  private static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

  private ConfigInstructions() {}

  /**
   * Applies {@code in} (one of {@link #KEYWORDS}, already validated) to {@code rc}; returns the
   * step's history text (what follows {@code #(nop) }). Words are expanded with {@code vars}.
   *
   * @param cmdSet whether an earlier CMD of this stage set a command (ENTRYPOINT keeps it then)
   * @param notes receives the messages a build prints (a replaced healthcheck)
   * @throws BuildStepFailedException with Docker's message for a value the dispatcher rejects
   */
  static String apply(Instruction in, ObjectNode rc, Map<String, String> vars, boolean cmdSet, Consumer<String> notes) {
    List<String> a = in.args();
    return switch (in.keyword()) {
      case "CMD" -> {
        List<String> cmd = in.json() ? a : withShell(rc, a);
        rc.set("Cmd", Builder.array(cmd));
        yield "CMD " + GoQuote.list(cmd);
      }
      case "ENTRYPOINT" -> {
        // Docker reads an empty ENTRYPOINT (either form) as none.
        List<String> ep = a.isEmpty() ? null : in.json() ? a : withShell(rc, a);
        if (ep == null) {
          rc.putNull("Entrypoint");
        } else {
          rc.set("Entrypoint", Builder.array(ep));
        }
        if (!cmdSet) {
          rc.putNull("Cmd");
        }
        yield "ENTRYPOINT " + GoQuote.list(ep == null ? List.of() : ep);
      }
      case "ENV" -> {
        StringBuilder comment = new StringBuilder("ENV");
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < a.size(); i += 2) {
          pairs.add(new String[] {ShellWords.expand(a.get(i), vars), ShellWords.expand(a.get(i + 1), vars)});
        }
        for (String[] p : pairs) {
          setEnv(rc, p[0], p[1]);
          comment.append(' ').append(p[0]).append('=').append(p[1]);
        }
        yield comment.toString();
      }
      case "LABEL" -> {
        boolean expand = in.line() > 0; // line 0: a --label of the build request, taken literally
        TreeMap<String, String> labels = new TreeMap<>();
        if (rc.get("Labels") instanceof ObjectNode o) {
          o.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        }
        StringBuilder comment = new StringBuilder("LABEL");
        for (int i = 0; i + 1 < a.size(); i += 2) {
          String k = expand ? ShellWords.expand(a.get(i), vars) : a.get(i);
          String v = expand ? ShellWords.expand(a.get(i + 1), vars) : a.get(i + 1);
          labels.put(k, v);
          comment.append(' ').append(k).append('=').append(v);
        }
        ObjectNode sorted = rc.putObject("Labels"); // Go marshals map keys sorted
        labels.forEach(sorted::put);
        yield comment.toString();
      }
      case "USER" -> {
        String user = ShellWords.expand(a.getFirst(), vars);
        rc.put("User", user);
        yield "USER " + user;
      }
      case "EXPOSE" -> {
        List<String> sortedRaw = new ArrayList<>(a);
        sortedRaw.sort(null);
        List<String> ports = new ArrayList<>();
        for (String p : sortedRaw) {
          ports.addAll(ShellWords.split(p, vars));
        }
        TreeSet<String> keys = new TreeSet<>();
        if (rc.get("ExposedPorts") instanceof ObjectNode o) {
          o.fieldNames().forEachRemaining(keys::add);
        }
        for (String p : ports) {
          keys.addAll(PortSpec.parse(p));
        }
        ObjectNode exposed = ImageConfig.MAPPER.createObjectNode();
        keys.forEach(exposed::putObject);
        rc.set("ExposedPorts", exposed);
        yield "EXPOSE " + String.join(" ", ports);
      }
      case "STOPSIGNAL" -> {
        String sig = ShellWords.expand(a.getFirst(), vars);
        if (!Signals.valid(sig)) {
          throw new BuildStepFailedException("Invalid signal: " + sig, 1);
        }
        rc.put("StopSignal", sig);
        yield "STOPSIGNAL " + sig;
      }
      case "VOLUME" -> {
        List<String> vols = new ArrayList<>();
        for (String v : a) {
          String e = ShellWords.expand(v, vars).strip();
          if (e.isEmpty()) {
            throw new BuildStepFailedException("VOLUME specified can not be an empty string", 1);
          }
          vols.add(e);
        }
        TreeSet<String> all = new TreeSet<>();
        if (rc.get("Volumes") instanceof ObjectNode o) {
          o.fieldNames().forEachRemaining(all::add);
        }
        all.addAll(vols);
        ObjectNode v = ImageConfig.MAPPER.createObjectNode();
        all.forEach(v::putObject);
        rc.set("Volumes", v);
        yield "VOLUME [" + String.join(" ", vols) + "]";
      }
      case "SHELL" -> {
        rc.set("Shell", Builder.array(a));
        yield "SHELL [" + String.join(" ", a) + "]";
      }
      case "ONBUILD" -> {
        String expr = in.original().replaceFirst("(?i)^\\s*ONBUILD\\s*", "");
        List<String> triggers = Builder.strings(rc.get("OnBuild"));
        triggers.add(expr);
        rc.set("OnBuild", Builder.array(triggers));
        yield "ONBUILD " + expr;
      }
      case "HEALTHCHECK" -> {
        Healthcheck hc = Healthcheck.parse(in);
        JsonNode old = rc.get("Healthcheck");
        if (old != null && old.path("Test").isArray() && !old.path("Test").isEmpty()
            && !old.path("Test").get(0).asText().equals("NONE")) {
          notes.accept("Note: overriding previous HEALTHCHECK: [" + String.join(" ", Builder.strings(old.get("Test")))
              + "]");
        }
        rc.set("Healthcheck", hc.json());
        yield "HEALTHCHECK " + hc.comment();
      }
      case "WORKDIR" -> {
        String dir = ShellWords.expand(a.getFirst(), vars);
        String current = rc.path("WorkingDir").asText("");
        // an absolute WORKDIR is kept as written (a trailing slash stays); a relative one is joined and cleaned
        String abs = dir.startsWith("/") ? dir : DockerIgnore.cleanPath("/" + current + "/" + dir);
        rc.put("WorkingDir", abs);
        yield "WORKDIR " + abs;
      }
      default -> throw new IllegalArgumentException("not a config instruction: " + in.keyword());
    };
  }

  /** Whether {@code in} sets the stage's command, so that a later ENTRYPOINT keeps it. */
  static boolean setsCmd(Instruction in) {
    return in.keyword().equals("CMD") && !in.args().isEmpty();
  }

  /** The shell of shell-form commands: the config's SHELL, else {@code /bin/sh -c}. */
  static List<String> shell(JsonNode rc) {
    List<String> sh = Builder.strings(rc.get("Shell"));
    return sh.isEmpty() ? DEFAULT_SHELL : sh;
  }

  /** Variables of the config's environment for word expansion (the first of a name wins). */
  static Map<String, String> envVars(List<String> env) {
    Map<String, String> v = new LinkedHashMap<>();
    for (String e : env) {
      int eq = e.indexOf('=');
      if (eq > 0) {
        v.putIfAbsent(e.substring(0, eq), e.substring(eq + 1));
      }
    }
    return v;
  }

  private static List<String> withShell(JsonNode rc, List<String> args) {
    List<String> out = new ArrayList<>(shell(rc));
    out.addAll(args);
    return out;
  }

  private static void setEnv(ObjectNode rc, String key, String value) {
    List<String> env = Builder.strings(rc.get("Env"));
    String entry = key + "=" + value;
    boolean replaced = false;
    for (int i = 0; i < env.size(); i++) {
      String e = env.get(i);
      if (e.equals(key) || e.startsWith(key + "=")) {
        env.set(i, entry);
        replaced = true;
        break;
      }
    }
    if (!replaced) {
      env.add(entry);
    }
    rc.set("Env", Builder.array(env));
  }
}
