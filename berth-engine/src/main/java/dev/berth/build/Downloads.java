package dev.berth.build;

import dev.berth.errors.SystemException;
import dev.berth.layer.NativeFs;
import dev.berth.store.BerthStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ADD of a URL: downloads the file into a scratch directory (mode 0600, the Last-Modified time or
 * the epoch), names it after the URL path or the Content-Disposition header, and hashes it as a
 * file on disk. Never decompressed.
 */
final class Downloads implements AutoCloseable {
  private static final String UNNAMED = "__unnamed__";
  private static final Pattern DISPOSITION = Pattern.compile("filename=\"?([^\";]+)\"?");

  private final Path scratch;
  private final Progress out;
  private final List<Path> dirs = new ArrayList<>();

  Downloads(Path scratch, Progress out) {
    this.scratch = scratch;
    this.out = out;
  }

  CopyPlan.Info fetch(String url) {
    try {
      HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
      HttpResponse<InputStream> resp = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
          HttpResponse.BodyHandlers.ofInputStream());
      if (resp.statusCode() >= 400) {
        String body;
        try (InputStream in = resp.body()) {
          body = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        throw CopyPlan.failed("ADD", "failed to GET " + url + " with status " + resp.statusCode() + " "
            + reason(resp.statusCode()) + ": " + body);
      }
      String path = URI.create(url).getPath();
      String filename = "";
      if (path != null && !path.isEmpty() && !path.endsWith("/")) {
        filename = path.substring(path.lastIndexOf('/') + 1);
      }
      if (filename.isEmpty()) {
        Matcher m = DISPOSITION.matcher(resp.headers().firstValue("Content-Disposition").orElse(""));
        if (m.find() && !m.group(1).endsWith("/")) {
          String f = m.group(1);
          filename = f.substring(f.lastIndexOf('/') + 1);
        }
      }
      Path dir = Files.createTempDirectory(scratch, "docker-remote");
      dirs.add(dir);
      Path file = dir.resolve(filename.isEmpty() ? UNNAMED : filename);
      try (InputStream in = resp.body()) {
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      }
      NativeFs.chmod(file, 0600);
      long mtime = resp.headers().firstValue("Last-Modified").map(Downloads::httpTime).orElse(0L);
      NativeFs.lutimes(file, mtime, 0);
      out.line("");
      String name = filename.isEmpty() ? UNNAMED : filename;
      ImageRootSource source = new ImageRootSource(dir);
      return new CopyPlan.Info(source, name, source.hash(name), true); // no "file:" prefix for URLs
    } catch (IOException e) {
      throw CopyPlan.failed("ADD", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SystemException("download interrupted", e);
    }
  }

  private static long httpTime(String value) {
    try {
      return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static String reason(int code) {
    return switch (code) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      default -> "";
    };
  }

  @Override
  public void close() {
    dirs.forEach(BerthStore::deleteTree);
  }
}
