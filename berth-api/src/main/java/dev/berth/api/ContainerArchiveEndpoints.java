package dev.berth.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.container.ContainerFiles;
import dev.berth.container.ContainerRecord;
import dev.berth.container.PathStat;
import dev.berth.container.PathTar;
import dev.berth.container.TarExtract;
import dev.berth.engine.Engine;
import dev.berth.errors.InvalidArgumentException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/** {@code HEAD/GET/PUT /containers/{id}/archive}: what {@code docker cp} talks to. */
final class ContainerArchiveEndpoints {
  private final Engine engine;

  ContainerArchiveEndpoints(Engine engine) {
    this.engine = engine;
  }

  List<Route> routes() {
    return List.of(
        Route.of("HEAD", "/containers/{id}/archive", this::head),
        Route.of("GET", "/containers/{id}/archive", this::get),
        Route.of("PUT", "/containers/{id}/archive", this::put),
        Route.of("POST", "/containers/{id}/copy", this::copy));
  }

  /**
   * {@code POST /containers/{id}/copy {"Resource":PATH}}, API 1.23 and older: the tar of a file (named
   * by its base name) or of a directory's contents; from 1.24 on the daemon answers 404 without a body.
   */
  private void copy(Exchange x) throws Exception {
    if (ApiVersion.atLeast(x.apiVersion(), "1.24")) {
      x.empty(404);
      return;
    }
    String resource = x.jsonBody().path("Resource").asText("");
    if (resource.isEmpty()) {
      throw new InvalidArgumentException("Path cannot be empty");
    }
    try (ContainerFiles files = open(x)) {
      Path p = files.existing(resource, true, x.pathParam(0));
      try (OutputStream out = new BufferedOutputStream(x.lazyStream("application/x-tar"), 65536)) {
        if (Files.isDirectory(p)) {
          PathTar.writeContents(p, out);
        } else {
          PathTar.write(p, p.getFileName().toString(), out);
        }
      }
      ContainerFiles.copied(engine.store(), files.container(), "copy");
    }
  }

  private ContainerFiles open(Exchange x) {
    ContainerRecord r = engine.lifecycle().reconcile(engine.containers().inspect(x.pathParam(0)));
    return ContainerFiles.open(engine.store(), r);
  }

  private String path(Exchange x) {
    String p = x.query("path");
    if (p.isEmpty()) {
      throw new InvalidArgumentException("path is required");
    }
    return p;
  }

  private void statHeader(Exchange x, ContainerFiles files, String path) {
    PathStat s = PathStat.of(files, path, PathTar.baseName(path));
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("name", s.name());
    n.put("size", s.size());
    n.put("mode", s.mode());
    n.put("mtime", s.mtime());
    n.put("linkTarget", s.linkTarget());
    x.setHeader("X-Docker-Container-Path-Stat",
        Base64.getEncoder().encodeToString(n.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private void head(Exchange x) throws Exception {
    String path = path(x);
    try (ContainerFiles files = open(x)) {
      Path p = files.existing(path, false, x.pathParam(0));
      statHeader(x, files, path);
    }
    x.empty(200);
  }

  private void get(Exchange x) throws Exception {
    String path = path(x);
    try (ContainerFiles files = open(x)) {
      Path p = files.existing(path, false, x.pathParam(0));
      statHeader(x, files, path);
      ContainerFiles.copied(engine.store(), files.container(), "archive-path");
      try (OutputStream out = new BufferedOutputStream(x.lazyStream("application/x-tar"), 65536)) {
        PathTar.write(p, PathTar.baseName(path), out);
      }
    }
  }

  private void put(Exchange x) throws Exception {
    String path = path(x);
    try (ContainerFiles files = open(x)) {
      Path dir = files.existing(path, true, x.pathParam(0));
      if (!Files.isDirectory(dir)) {
        throw new InvalidArgumentException("extraction point is not a directory");
      }
      String inContainer = files.resolvePath(path, true);
      files.checkWritable(inContainer);
      TarExtract.extract(files, inContainer, x.body(), x.bool("noOverwriteDirNonDir"), x.bool("copyUIDGID"));
      ContainerFiles.copied(engine.store(), files.container(), "extract-to-dir");
    }
    x.empty(200);
  }

}
