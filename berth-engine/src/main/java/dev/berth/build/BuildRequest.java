package dev.berth.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One classic build: the context directory, the Dockerfile (null: {@code Dockerfile} in the
 * context), normalized tag targets, and the flags of {@code docker build}. {@code target} names the
 * last stage to build (null: all), {@code cacheFrom} the images whose history may serve as cache,
 * {@code source} an already prepared context (e.g. one sent as a tar; null: the directory), and
 * {@code extraHosts} the {@code HOST:IP} entries ({@code --add-host}) added to the RUN containers' /etc/hosts,
 * {@code platform} the {@code --platform} specifier (null or empty: the host's), {@code hostOptions} the
 * resource settings of {@code docker build} ({@code --memory}, {@code --cpu-shares}, {@code --ulimit},
 * {@code --cgroup-parent}, ...) as a container's host options JSON object, given to every step
 * container and never to the image (null: none).
 */
public record BuildRequest(
    Path context,
    Path dockerfile,
    List<String> tags,
    boolean noCache,
    boolean rm,
    boolean forceRm,
    Map<String, String> buildArgs,
    Map<String, String> labels,
    String target,
    List<String> cacheFrom,
    BuildContext source,
    List<String> extraHosts,
    String platform,
    String hostOptions) {

  public BuildRequest {
    cacheFrom = cacheFrom == null ? List.of() : List.copyOf(cacheFrom);
    extraHosts = extraHosts == null ? List.of() : List.copyOf(extraHosts);
  }

  /** Without resource settings for the step containers. */
  public BuildRequest(Path context, Path dockerfile, List<String> tags, boolean noCache, boolean rm, boolean forceRm,
      Map<String, String> buildArgs, Map<String, String> labels, String target, List<String> cacheFrom,
      BuildContext source, List<String> extraHosts, String platform) {
    this(context, dockerfile, tags, noCache, rm, forceRm, buildArgs, labels, target, cacheFrom, source, extraHosts,
        platform, null);
  }

  /** For the host's platform. */
  public BuildRequest(Path context, Path dockerfile, List<String> tags, boolean noCache, boolean rm, boolean forceRm,
      Map<String, String> buildArgs, Map<String, String> labels, String target, List<String> cacheFrom,
      BuildContext source, List<String> extraHosts) {
    this(context, dockerfile, tags, noCache, rm, forceRm, buildArgs, labels, target, cacheFrom, source, extraHosts,
        (String) null);
  }

  /** Without extra /etc/hosts entries for the RUN containers. */
  public BuildRequest(Path context, Path dockerfile, List<String> tags, boolean noCache, boolean rm, boolean forceRm,
      Map<String, String> buildArgs, Map<String, String> labels, String target, List<String> cacheFrom,
      BuildContext source) {
    this(context, dockerfile, tags, noCache, rm, forceRm, buildArgs, labels, target, cacheFrom, source, List.of());
  }

  /** A build of a context directory with every stage and the local cache only. */
  public BuildRequest(Path context, Path dockerfile, List<String> tags, boolean noCache, boolean rm, boolean forceRm,
      Map<String, String> buildArgs, Map<String, String> labels) {
    this(context, dockerfile, tags, noCache, rm, forceRm, buildArgs, labels, null, List.of(), null);
  }
}
