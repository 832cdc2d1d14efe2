package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.GoQuote;
import dev.berth.errors.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;

/**
 * A container's {@code HostConfig.SecurityOpt} as the daemon reads it: {@code no-new-privileges[=BOOL]},
 * {@code seccomp=unconfined|PROFILE JSON}, {@code apparmor=PROFILE}, {@code label=...} (each also
 * with the old {@code :} separator). On a host without SELinux and AppArmor, as berth's, labels
 * are accepted and have no effect and an AppArmor profile is only reported by {@code inspect}.
 *
 * @param noNewPrivileges whether the process may not gain privileges (setuid files, file capabilities)
 * @param seccomp empty for the default profile, {@code unconfined}, or the profile's JSON text
 * @param appArmorProfile the profile named by {@code apparmor=}, empty when none
 */
public record SecurityOptions(boolean noNewPrivileges, String seccomp, String appArmorProfile) {
  /** The key of the host options that holds them (Docker's field name). */
  static final String FIELD = "SecurityOpt";

  /** The options of a stored container config. */
  public static SecurityOptions of(JsonNode config) {
    return parse(HostSettings.of(config).path(FIELD));
  }

  /**
   * The daemon's reading of the options, with its errors ({@code invalid --security-opt 1} for an
   * option without a value, {@code 2} for an unknown key or a value that is not a boolean).
   */
  static SecurityOptions parse(JsonNode options) {
    boolean noNewPrivileges = false;
    String seccomp = "";
    String appArmor = "";
    for (JsonNode o : options) {
      String opt = o.asText("");
      if (opt.equals("no-new-privileges")) {
        noNewPrivileges = true;
        continue;
      }
      if (opt.equals("disable")) {
        continue; // a label option
      }
      int sep = opt.indexOf('=');
      if (sep < 0) {
        sep = opt.indexOf(':');
      }
      if (sep < 0) {
        throw new InvalidArgumentException("invalid --security-opt 1: " + GoQuote.of(opt));
      }
      String key = opt.substring(0, sep);
      String value = opt.substring(sep + 1);
      switch (key) {
        case "label" -> { }
        case "apparmor" -> appArmor = value;
        case "seccomp" -> seccomp = value;
        case "no-new-privileges" -> {
          Boolean b = goBool(value);
          if (b == null) {
            throw new InvalidArgumentException("invalid --security-opt 2: " + GoQuote.of(opt));
          }
          noNewPrivileges = b;
        }
        default -> throw new InvalidArgumentException("invalid --security-opt 2: " + GoQuote.of(opt));
      }
    }
    return new SecurityOptions(noNewPrivileges, seccomp, appArmor);
  }

  /**
   * The create-time work of the daemon: checks the options, then adds {@code label=disable} to a
   * container that shares the host's IPC or PID namespace or is privileged (unless the user gave a
   * {@code label=} option), and gives a container that is not privileged the default masked and
   * read-only paths when the client sent none.
   */
  static void applyAtCreate(ObjectNode config) {
    ObjectNode host = (ObjectNode) HostSettings.of(config);
    if (!config.has(HostSettings.CONFIG_KEY)) {
      config.set(HostSettings.CONFIG_KEY, host);
    }
    JsonNode given = host.path(FIELD);
    parse(given);
    boolean privileged = host.path("Privileged").asBoolean(false);
    boolean userLabel = false;
    for (JsonNode o : given) {
      userLabel |= o.asText("").split("=", -1)[0].equals("label");
    }
    if (!userLabel && (privileged || host.path("IpcMode").asText("").equals("host")
        || host.path("PidMode").asText("").equals("host"))) {
      ArrayNode opts = given.isArray() ? (ArrayNode) given : host.putArray(FIELD);
      opts.add("label=disable");
    }
    if (!privileged) {
      if (!host.path("MaskedPaths").isArray()) {
        dev.berth.runtime.OciSpecBuilder.MASKED_PATHS.forEach(host.putArray("MaskedPaths")::add);
      }
      if (!host.path("ReadonlyPaths").isArray()) {
        dev.berth.runtime.OciSpecBuilder.READONLY_PATHS.forEach(host.putArray("ReadonlyPaths")::add);
      }
    }
  }

  /** {@code HostConfig.MaskedPaths} or {@code ReadonlyPaths}: null when the container has none set. */
  static List<String> paths(JsonNode host, String field) {
    JsonNode a = host.get(field);
    if (a == null || !a.isArray()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    a.forEach(p -> out.add(p.asText()));
    return out;
  }

  /** Go's strconv.ParseBool: null when {@code s} is none of its spellings. */
  static Boolean goBool(String s) {
    return switch (s) {
      case "1", "t", "T", "TRUE", "true", "True" -> true;
      case "0", "f", "F", "FALSE", "false", "False" -> false;
      default -> null;
    };
  }
}
