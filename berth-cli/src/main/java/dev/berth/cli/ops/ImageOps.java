package dev.berth.cli.ops;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.image.DeleteRecord;
import dev.berth.image.Filters;
import dev.berth.image.ImageInspector.HistoryItem;
import dev.berth.image.ImageService;
import dev.berth.image.ImageSummary;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

/** The image operations of the CLI's commands (the daemon's {@code /images} API). */
public interface ImageOps {
  List<ImageSummary> list(boolean all, Filters filters);

  /** The daemon's inspect document of one image. */
  JsonNode inspect(String name);

  List<HistoryItem> history(String name);

  void tag(String source, String repo, String tag);

  List<DeleteRecord> remove(String name, boolean force, boolean noPrune);

  ImageService.PruneReport prune(Filters filters);

  /**
   * Loads an archive; each line of the daemon's report ({@code Loaded image: ...}) goes to
   * {@code lines} as it comes. A failure of the load itself is a {@link LoadFailed}.
   */
  void load(InputStream archive, Consumer<String> lines);

  /** Writes the archive of {@code names} to {@code out}. */
  void save(List<String> names, OutputStream out);

  /**
   * Imports a root filesystem tar ({@code docker import}); the new image's ID. A failure after
   * the daemon accepted the request is a {@link LoadFailed} (printed without the daemon prefix).
   *
   * @param reference the repository (and tag) as typed, null for none
   */
  String importImage(InputStream tar, String reference, String message, List<String> changes);

  /**
   * {@code POST /build} with a context tar: each JSON message of the daemon's answer goes to
   * {@code messages} as it comes (errors too: they carry the exit code). Failures before the
   * answer are the daemon's errors. The in-process engine builds with its own builder instead.
   */
  void build(BuildParams params, InputStream contextTar, Consumer<JsonNode> messages);

  /**
   * The build's parameters as the docker CLI sends them: tags as typed, the Dockerfile's name
   * inside the context ("" for the default), build args (a null value: declared without one).
   */
  record BuildParams(List<String> tags, String dockerfile, boolean noCache, boolean rm, boolean forceRm, boolean quiet,
      boolean pull, java.util.Map<String, String> buildArgs, java.util.Map<String, String> labels, String target,
      List<String> cacheFrom, String network, String platform) {}

  /**
   * Pulls {@code reference} ({@code run}'s pull of a missing image); the daemon's progress lines
   * go to {@code progress}.
   */
  void pull(String reference, java.io.PrintStream progress);

  /** A load that failed: the docker CLI prints the message as is (no daemon prefix). */
  final class LoadFailed extends RuntimeException {
    public LoadFailed(String message) {
      super(message, null, false, false);
    }
  }
}
