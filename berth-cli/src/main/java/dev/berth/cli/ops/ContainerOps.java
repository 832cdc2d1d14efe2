package dev.berth.cli.ops;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.api.json.ContainerSummary;
import dev.berth.container.ContainerService;
import dev.berth.engine.CommitRequest;
import dev.berth.image.Filters;
import dev.berth.runtime.ExecRequest;
import dev.berth.runtime.TopResult;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/** The container operations of the CLI's commands (the daemon's {@code /containers} API). */
public interface ContainerOps {
  /** {@code limit} < 0: no limit; {@code size}: fill in the sizes (slow). */
  List<ContainerSummary> list(boolean all, int limit, Filters filters, boolean size);

  JsonNode inspect(String name);

  /** {@code inspect --size}: with {@code SizeRw} and {@code SizeRootFs}. */
  JsonNode inspect(String name, boolean size);

  /**
   * Creates a container from the CLI's configuration (the engine's config JSON, see
   * {@code ContainerOptions}); returns its ID.
   */
  String create(String image, String name, String config);

  /** As {@link #create(String, String, String)}; {@code warning} gets each of the daemon's warnings. */
  String create(String image, String name, String config, java.util.function.Consumer<String> warning);

  void remove(String name, boolean force, boolean volumes);

  /** {@code rm --link PARENT/ALIAS}: removes that link, not the container it names. */
  void removeLink(String name);

  ContainerService.PruneReport prune(Filters filters);

  /** Starts a container in the background; a {@code --rm} one goes when its process ends. */
  void start(String name);

  /** @param seconds before SIGKILL; null: the daemon's default (10) */
  void stop(String name, Integer seconds);

  void restart(String name, Integer seconds);

  /** @param signal a name or number; null or empty: SIGKILL */
  void kill(String name, String signal);

  /** Blocks until the container is not running; its exit code. */
  int await(String name);

  void pause(String name);

  /** {@code docker update}: {@code update} is the API's {@code container.UpdateConfig}. */
  void update(String name, com.fasterxml.jackson.databind.JsonNode update);

  void unpause(String name);

  void rename(String name, String newName);

  TopResult top(String name, List<String> psArgs);

  /**
   * {@code GET /containers/{id}/stats}: each sample to {@code sink} until the stream ends (one sample
   * without {@code stream}) or {@code stop} says so.
   */
  void stats(String name, boolean stream, java.util.function.Consumer<dev.berth.stats.ContainerStats> sink,
      java.util.function.BooleanSupplier stop);

  /** {@code docker diff}: the container's file-system changes, sorted by path. */
  List<dev.berth.image.ContainerChanges.Change> changes(String name);

  /** Copies the container's logs ({@code docker logs}) to {@code out} and {@code err}. */
  void logs(String name, LogsRequest request, OutputStream out, OutputStream err);

  /** Commits the container's changes; the new image's ID ({@code sha256:...}). */
  String commit(CommitRequest request);

  /**
   * Starts the created container {@code id} attached to the streams ({@code stdin} null: not
   * attached) until it ends; its exit code. {@code autoRemove} ({@code run --rm}): it is gone
   * when this returns.
   */
  int runAttached(String id, boolean autoRemove, InputStream stdin, OutputStream out, OutputStream err);

  /**
   * Removes a {@code run --rm} container whose start failed. A daemon removes it by itself (its
   * {@code AutoRemove}); only the in-process engine needs this.
   */
  void discardAutoRemoved(String id);

  /** {@code start -a}: starts (unless running) and attaches until the container ends; its exit code. */
  int startAttached(String name, InputStream stdin, OutputStream out, OutputStream err);

  /**
   * {@code docker attach} to a running container: its output from now on, and {@code stdin} (null:
   * not attached) to its stdin, until it ends or the input ends. {@code attached} runs once the
   * attachment is made, before anything is streamed.
   */
  void attach(String id, InputStream stdin, OutputStream out, OutputStream err, Runnable attached);

  /** Resizes the container's terminal (rows, columns). */
  void resize(String id, int height, int width);

  /** Runs a command in a running container; its exit code (0 at once when detached). */
  int exec(String name, ExecRequest request, InputStream stdin, OutputStream out, OutputStream err);

  /** The options of {@code docker logs}, as typed ({@code since}/{@code until}: null when not given). */
  record LogsRequest(boolean follow, String tail, boolean timestamps, String since, String until, boolean details) {}
}
