package dev.berth.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The build contexts the docker CLI fetches itself before it talks to the daemon: a git repository
 * ({@code https://host/repo.git#ref:subdir}, {@code git@...}, {@code github.com/...}), cloned with
 * the {@code git} on PATH into a temporary directory, and a URL whose body is a tar archive or a
 * lone Dockerfile. Errors carry the CLI's texts (without its {@code unable to prepare context: }).
 */
public final class RemoteContext {
  private static final Pattern GIT_SUFFIX = Pattern.compile("\\.git(?:#.+)?$");

  private RemoteContext() {}

  /** The CLI's urlutil.IsURL: an http or https address. */
  public static boolean isUrl(String s) {
    return s.startsWith("https://") || s.startsWith("http://");
  }

  /** The CLI's urlutil.IsGitURL: a URL ending in .git (before a #fragment), or git://, github.com/, git@. */
  public static boolean isGitUrl(String s) {
    if (isUrl(s) && GIT_SUFFIX.matcher(s).find()) {
      return true;
    }
    return s.startsWith("git://") || s.startsWith("github.com/") || s.startsWith("git@");
  }

  /** A failure with the CLI's message. */
  public static final class Failed extends RuntimeException {
    public Failed(String message) {
      super(message);
    }
  }

  /** A repository reference split as the CLI splits it: remote, ref (default master), subdirectory. */
  record GitRepo(String remote, String ref, String subdir) {
    static GitRepo parse(String url) {
      if (!isGitTransport(url)) {
        url = "https://" + url;
      }
      String remote;
      String fragment;
      int hash = url.indexOf('#');
      remote = hash < 0 ? url : url.substring(0, hash);
      fragment = hash < 0 ? "" : url.substring(hash + 1);
      int colon = fragment.indexOf(':');
      String ref = colon < 0 ? fragment : fragment.substring(0, colon);
      String subdir = colon < 0 ? "" : fragment.substring(colon + 1);
      if (ref.isEmpty()) {
        ref = "master";
      }
      if (ref.startsWith("-")) {
        throw new Failed("unable to 'git clone' to temporary context directory: invalid refspec: " + ref);
      }
      return new GitRepo(remote, ref, subdir);
    }

    private static boolean isGitTransport(String s) {
      if (s.startsWith("git@")) {
        return true;
      }
      String scheme = scheme(s);
      return List.of("git", "http", "https", "ssh").contains(scheme);
    }
  }

  private static String scheme(String s) {
    try {
      String scheme = new URI(s).getScheme();
      return scheme == null ? "" : scheme.toLowerCase(java.util.Locale.ROOT);
    } catch (URISyntaxException e) {
      return "";
    }
  }

  /** The {@code git} executable on PATH, as Go's exec.LookPath finds it. */
  static Path findGit(String pathEnv) {
    if (pathEnv != null) {
      for (String dir : pathEnv.split(":", -1)) {
        Path p = Path.of(dir.isEmpty() ? "." : dir, "git");
        if (Files.isRegularFile(p) && Files.isExecutable(p)) {
          return p;
        }
      }
    }
    throw new Failed("unable to find 'git': exec: \"git\": executable file not found in $PATH");
  }

  /**
   * Clones {@code url} into a new directory under {@code tmp} (init, fetch of the one ref, shallow
   * when the server speaks the smart protocol, checkout, submodules) and returns the context
   * directory (the ref's subdirectory when the fragment names one). The caller deletes
   * {@link Clone#root}.
   */
  public static Clone cloneGit(String url, Path tmp) {
    Path git = findGit(System.getenv("PATH"));
    GitRepo repo = GitRepo.parse(url);
    Path root;
    try {
      root = Files.createTempDirectory(tmp, "docker-build-git");
    } catch (IOException e) {
      throw new Failed("unable to 'git clone' to temporary context directory: " + e.getMessage());
    }
    try {
      String prefix = "unable to 'git clone' to temporary context directory: ";
      Result r = git(git, root, true, "init");
      if (r.code != 0) {
        throw new Failed(prefix + "failed to init repo at " + root + ": " + r.output + ": exit status " + r.code);
      }
      r = git(git, root, true, "remote", "add", "origin", repo.remote());
      if (r.code != 0) {
        throw new Failed(prefix + "failed add origin repo at " + repo.remote() + ": " + r.output + ": exit status "
            + r.code);
      }
      List<String> fetch = new ArrayList<>(List.of("fetch"));
      if (supportsShallowClone(repo.remote())) {
        fetch.addAll(List.of("--depth", "1"));
      }
      fetch.addAll(List.of("origin", "--", repo.ref()));
      r = git(git, root, true, fetch.toArray(String[]::new));
      if (r.code != 0) {
        throw new Failed(prefix + "error fetching: " + r.output + ": exit status " + r.code);
      }
      r = git(git, root, true, "checkout", repo.ref());
      if (r.code != 0 && git(git, root, true, "checkout", "FETCH_HEAD").code != 0) {
        throw new Failed(prefix + "error checking out " + repo.ref() + ": " + r.output + ": exit status " + r.code);
      }
      Path dir = root;
      if (!repo.subdir().isEmpty()) {
        Path sub = root.resolve(repo.subdir()).normalize();
        if (!sub.startsWith(root)) {
          throw new Failed(prefix + "error setting git context, " + GoQuote.quote(repo.subdir())
              + " not within git root");
        }
        if (!Files.exists(sub)) {
          throw new Failed(prefix + "stat " + sub + ": no such file or directory");
        }
        if (!Files.isDirectory(sub)) {
          throw new Failed(prefix + "error setting git context, not a directory: " + sub);
        }
        dir = sub;
      }
      r = git(git, root, false, "submodule", "update", "--init", "--recursive", "--depth=1");
      if (r.code != 0) {
        throw new Failed(prefix + "error initializing submodules: " + r.output + ": exit status " + r.code);
      }
      return new Clone(root, dir.toRealPath());
    } catch (IOException | RuntimeException e) {
      dev.berth.store.BerthStore.deleteTree(root);
      if (e instanceof Failed f) {
        throw f;
      }
      throw new Failed("unable to 'git clone' to temporary context directory: " + e.getMessage());
    }
  }

  /** A cloned repository: {@code root} to delete afterwards, {@code context} the build context in it. */
  public record Clone(Path root, Path context) {}

  private record Result(int code, String output) {}

  private static Result git(Path git, Path dir, boolean blockFileProtocol, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(git.toString());
    if (blockFileProtocol) {
      cmd.addAll(List.of("-c", "protocol.file.allow=never")); // no submodules from the local file system
    }
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    if (blockFileProtocol) {
      pb.environment().put("GIT_PROTOCOL_FROM_USER", "0");
    }
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      return new Result(p.waitFor(), out);
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** A shallow fetch only where an http(s) server advertises git-upload-pack (the smart protocol). */
  static boolean supportsShallowClone(String remote) {
    String scheme = scheme(remote);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return true;
    }
    String service = remote + "/info/refs?service=git-upload-pack";
    for (String method : List.of("HEAD", "GET")) {
      try {
        HttpURLConnection c = (HttpURLConnection) URI.create(service).toURL().openConnection();
        c.setRequestMethod(method);
        int status = c.getResponseCode();
        String type = c.getContentType();
        c.disconnect();
        if (status == 200) {
          return "application/x-git-upload-pack-advertisement".equals(type);
        }
      } catch (IOException | IllegalArgumentException e) {
        // try the next method; both failing means no shallow fetch
      }
    }
    return false;
  }

  /** A downloaded remote context: the whole body. */
  public record Download(byte[] body, long contentLength) {}

  /**
   * GETs {@code url} (redirects followed) and reads its body, reporting the bytes read so far to
   * {@code progress}; a status of 400 or more fails with the server's status line and body.
   */
  public static Download download(String url, ProgressSink progress) {
    String prefix = "unable to download remote context " + url + ": ";
    HttpURLConnection c;
    int status;
    try {
      URL u = URI.create(url).toURL();
      c = (HttpURLConnection) u.openConnection();
      c.setInstanceFollowRedirects(true);
      status = c.getResponseCode();
    } catch (ConnectException e) {
      throw new Failed(prefix + "Get " + GoQuote.quote(url) + ": dial tcp " + hostPort(url) + ": connect: "
          + "connection refused");
    } catch (UnknownHostException e) {
      throw new Failed(prefix + "Get " + GoQuote.quote(url) + ": dial tcp: lookup " + host(url)
          + ": no such host");
    } catch (IOException | IllegalArgumentException e) {
      throw new Failed(prefix + "Get " + GoQuote.quote(url) + ": " + e.getMessage());
    }
    try {
      if (status >= 400) {
        InputStream err = c.getErrorStream();
        byte[] body = err == null ? new byte[0] : err.readAllBytes();
        String reason = c.getResponseMessage();
        throw new Failed(prefix + "failed to GET " + url + " with status " + status
            + (reason == null || reason.isEmpty() ? "" : " " + reason) + ": "
            + new String(body, StandardCharsets.UTF_8).strip());
      }
      long total = c.getContentLengthLong();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (InputStream in = c.getInputStream()) {
        byte[] buf = new byte[32 * 1024];
        long done = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
          out.write(buf, 0, n);
          done += n;
        }
        progress.update(done, total);
      }
      return new Download(out.toByteArray(), total);
    } catch (IOException e) {
      throw new Failed(prefix + e.getMessage());
    } finally {
      c.disconnect();
    }
  }

  private static String host(String url) {
    String h = URI.create(url).getHost();
    return h == null ? "" : h;
  }

  private static String hostPort(String url) {
    URI u = URI.create(url);
    int port = u.getPort() >= 0 ? u.getPort() : u.getScheme().equals("https") ? 443 : 80;
    String h = u.getHost() == null ? "" : u.getHost();
    return (h.contains(":") ? "[" + h + "]" : h) + ":" + port;
  }

  /** Receives a download's progress: bytes read so far and the announced length (-1: unknown). */
  @FunctionalInterface
  public interface ProgressSink {
    void update(long current, long total);
  }
}
