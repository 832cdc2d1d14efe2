package dev.berth.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The settings of the docker CLI's {@code config.json} that change what a command prints or
 * filters: the default formats of {@code images}, {@code ps} and {@code volume ls}, and the filters every prune adds.
 * The file is read from the {@code --config} directory, else {@code $DOCKER_CONFIG}, else
 * {@code ~/.docker}; a missing or unreadable file gives the empty configuration.
 */
public record CliConfigFile(String imagesFormat, String psFormat, String volumesFormat, List<String> pruneFilters) {
  public static final CliConfigFile EMPTY = new CliConfigFile("", "", "", List.of());

  public CliConfigFile {
    pruneFilters = List.copyOf(pruneFilters);
  }

  /** The directory the docker CLI reads: the flag's value, else {@code DOCKER_CONFIG}, else {@code ~/.docker}. */
  public static Path directory(String flagValue, Map<String, String> env) {
    if (flagValue != null && !flagValue.isEmpty()) {
      return Path.of(flagValue);
    }
    String fromEnv = env.get("DOCKER_CONFIG");
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return Path.of(fromEnv);
    }
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    return Path.of(home, ".docker");
  }

  /** Reads {@code dir/config.json}. */
  public static CliConfigFile read(Path dir) {
    try {
      return parse(Files.readString(dir.resolve("config.json")));
    } catch (NoSuchFileException e) {
      return EMPTY;
    } catch (IOException e) {
      return EMPTY;
    }
  }

  /** {@code dir/config.json}'s {@code detachKeys}: the default detach keys; empty when not set. */
  public static String detachKeys(Path dir) {
    try {
      return detachKeysOf(Files.readString(dir.resolve("config.json")));
    } catch (IOException e) {
      return "";
    }
  }

  static String detachKeysOf(String json) {
    try {
      JsonNode root = new ObjectMapper().readTree(json);
      return root == null || !root.isObject() ? "" : text(root, "detachKeys");
    } catch (IOException e) {
      return "";
    }
  }

  static CliConfigFile parse(String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      return EMPTY;
    }
    if (root == null || !root.isObject()) {
      return EMPTY;
    }
    List<String> prune = new ArrayList<>();
    JsonNode filters = root.get("pruneFilters");
    if (filters != null && filters.isArray()) {
      filters.forEach(f -> prune.add(f.asText()));
    }
    return new CliConfigFile(text(root, "imagesFormat"), text(root, "psFormat"), text(root, "volumesFormat"), prune);
  }

  private static String text(JsonNode root, String field) {
    JsonNode v = root.get(field);
    return v == null || !v.isTextual() ? "" : v.asText();
  }

  /**
   * The filters of a prune: the command line's ({@code key=value} each), then the configured ones.
   * A configured {@code label=V} is left out when the command line excludes {@code label!=V}, and
   * a configured {@code label!=V} when it asks for {@code label=V}: the command line wins.
   */
  public List<String> pruneFilters(List<String> commandLine) {
    List<String> out = new ArrayList<>(commandLine);
    for (String f : pruneFilters) {
      int eq = f.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String key = f.substring(0, eq);
      String value = f.substring(eq + 1);
      if (key.equals("label") && commandLine.contains("label!=" + value)) {
        continue;
      }
      if (key.equals("label!") && commandLine.contains("label=" + value)) {
        continue;
      }
      out.add(f);
    }
    return out;
  }
}
