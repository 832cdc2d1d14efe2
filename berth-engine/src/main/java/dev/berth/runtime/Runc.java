package dev.berth.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.errors.ConflictException;
import dev.berth.errors.SystemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The runc commands the engine needs, all against one state root ({@code runc --root}). */
public final class Runc {
  private final RuntimeConfig config;

  public Runc(RuntimeConfig config) {
    this.config = config;
  }

  /**
   * The container's state, or empty when runc does not know it. runc keeps each container's state in
   * a directory named after it under its root: without that directory the answer is known without
   * running runc (~60 ms, twice in every {@code run --rm}).
   */
  public Optional<RuncState> state(String id) {
    if (!Files.isDirectory(config.runcRoot().resolve(id))) {
      return Optional.empty();
    }
    HostCommand.Result r = run("state", id);
    if (!r.ok()) {
      return Optional.empty();
    }
    try {
      JsonNode n = OciSpecBuilder.JSON.readTree(r.stdout());
      return Optional.of(
          new RuncState(n.path("id").asText(), n.path("pid").asLong(), n.path("status").asText()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every container runc knows under this root. */
  public List<RuncState> list() {
    HostCommand.Result r = check(run("list", "-f", "json"), "list");
    try {
      List<RuncState> out = new ArrayList<>();
      JsonNode arr = OciSpecBuilder.JSON.readTree(r.stdout().isBlank() ? "[]" : r.stdout());
      arr.forEach(n -> out.add(new RuncState(
          n.path("id").asText(), n.path("pid").asLong(), n.path("status").asText())));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void start(String id) {
    check(run("start", id), "start");
  }

  /**
   * Sends a signal to the container's init.
   *
   * @throws ConflictException {@code Container <id> is not running} when it has already exited
   */
  public void kill(String id, int signal) {
    HostCommand.Result r = run("kill", id, Integer.toString(signal));
    if (!r.ok()) {
      if (r.message().contains("not running") || r.message().contains("does not exist")) {
        throw new ConflictException("Container " + id + " is not running");
      }
      throw new SystemException("runc kill: " + r.message());
    }
  }

  /** Deletes runc's record (and cgroup) of a stopped container; {@code force} kills it first. */
  public void delete(String id, boolean force) {
    HostCommand.Result r = force ? run("delete", "--force", id) : run("delete", id);
    if (!r.ok() && !r.message().contains("does not exist")) {
      throw new SystemException("runc delete: " + r.message());
    }
  }

  public void pause(String id) {
    check(run("pause", id), "pause");
  }

  public void resume(String id) {
    check(run("resume", id), "resume");
  }

  /**
   * {@code runc update --resources FILE}: applies OCI linux resources to a running container.
   *
   * @throws SystemException with the message containerd gives for a failed runc (its stderr included)
   */
  public void update(String id, java.nio.file.Path resources) {
    HostCommand.Result r = run("update", "--resources", resources.toString(), id);
    if (!r.ok()) {
      throw new SystemException("runc did not terminate successfully: exit status " + r.exitCode() + ": "
          + lastError(r.stderr()) + "\n: unknown");
    }
  }

  /** The message of runc's last {@code level=error} log line (what containerd reports), else its whole stderr. */
  static String lastError(String stderr) {
    String found = null;
    for (String line : stderr.split("\n")) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("level=error msg=\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(line);
      if (m.find()) {
        found = m.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
      }
    }
    return found != null ? found : stderr.strip();
  }

  /** Host pids of every process in the container. */
  public List<Long> pids(String id) {
    HostCommand.Result r = check(run("ps", "--format", "json", id), "ps");
    try {
      List<Long> out = new ArrayList<>();
      OciSpecBuilder.JSON.readTree(r.stdout()).forEach(n -> out.add(n.asLong()));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> command(String... args) {
    List<String> argv = new ArrayList<>(config.runcCommand());
    argv.addAll(List.of(args));
    return argv;
  }

  private HostCommand.Result run(String... args) {
    return HostCommand.run(command(args));
  }

  private static HostCommand.Result check(HostCommand.Result r, String what) {
    if (!r.ok()) {
      throw new SystemException("runc " + what + " failed: " + r.message());
    }
    return r;
  }
}
