package dev.berth.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.api.json.ImageJson;
import dev.berth.engine.Engine;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotSupportedException;
import dev.berth.image.DeleteRecord;
import dev.berth.image.Filters;
import dev.berth.image.ImageArchives;
import dev.berth.image.ImageImporter;
import dev.berth.image.ImageInspector;
import dev.berth.image.ImageSummary;
import dev.berth.image.LoadMessage;
import dev.berth.reference.Reference;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code /images/...}: daemon-semantics §3-§6, with the daemon's JSON. */
final class ImageEndpoints {
  private final Engine engine;

  ImageEndpoints(Engine engine) {
    this.engine = engine;
  }

  List<Route> routes() {
    return List.of(
        Route.of("GET", "/images/json", this::list),
        Route.of("POST", "/images/create", this::create),
        Route.of("POST", "/images/prune", this::prune),
        Route.of("POST", "/images/load", this::load),
        Route.of("GET", "/images/get", x -> save(x, x.queryAll("names"))),
        Route.of("GET", "/images/search", x -> notYet("registry search (GET /images/search)")),
        Route.of("GET", "/images/{name*}/json", this::inspect),
        Route.of("GET", "/images/{name*}/history", this::history),
        Route.of("POST", "/images/{name*}/tag", this::tag),
        Route.of("GET", "/images/{name*}/get", x -> save(x, List.of(x.pathParam(0)))),
        Route.of("POST", "/images/{name*}/push", x -> notYet("pushing images (POST /images/{name}/push)")),
        Route.of("DELETE", "/images/{name*}", this::remove));
  }

  private static void notYet(String what) {
    throw new NotSupportedException(what);
  }

  /** {@code GET /images/json?all=&filters=}; the legacy {@code filter=} is ignored from 1.41 on. */
  private void list(Exchange x) throws Exception {
    Filters filters = x.filters();
    if (!x.query("filter").isEmpty() && ApiVersion.compare(x.apiVersion(), "1.41") < 0) {
      filters = filters.with("reference", x.query("filter"));
    }
    List<ImageSummary> images = engine.images().list(x.bool("all"), filters);
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (ImageSummary s : images) {
      out.add(summary(s));
    }
    x.json(200, out);
  }

  /** One entry of {@code GET /images/json} (and of {@code /system/df}), keys in the daemon's order. */
  static ObjectNode summary(ImageSummary s) {
    return ImageJson.toJson(s);
  }

  private void inspect(Exchange x) throws Exception {
    x.json(200, new ImageInspector(engine.store()).inspect(x.pathParam(0)));
  }

  private void history(Exchange x) throws Exception {
    x.json(200, ImageJson.historyToJson(new ImageInspector(engine.store()).history(x.pathParam(0))));
  }

  private void tag(Exchange x) throws Exception {
    engine.images().tag(x.pathParam(0), x.query("repo"), x.query("tag"));
    x.empty(201);
  }

  private void remove(Exchange x) throws Exception {
    List<DeleteRecord> records = engine.images().remove(x.pathParam(0), x.bool("force"), x.bool("noprune"));
    x.json(200, ImageJson.deleteRecordsToJson(records));
  }

  private void prune(Exchange x) throws Exception {
    x.json(200, ImageJson.pruneReportToJson(engine.images().prune(x.filters())));
  }

  /**
   * {@code POST /images/create}: with {@code fromSrc=-} imports the request body (a root-filesystem
   * tar) and streams the daemon's progress record {@code {"status":"<image id>"}}.
   */
  private void create(Exchange x) throws Exception {
    String fromSrc = x.query("fromSrc");
    if (fromSrc.isEmpty()) {
      throw new NotSupportedException("pulling images (POST /images/create?fromImage=)");
    }
    if (!fromSrc.equals("-")) {
      String url = fromSrc.contains("://") ? fromSrc : "http://" + fromSrc;
      String rest = url.substring(url.indexOf("://") + 3);
      if (rest.isEmpty() || rest.startsWith("/")) {
        // what Go's HTTP client answers the daemon for a URL without a host (a plain error: 500)
        throw new dev.berth.errors.SystemException("Get " + dev.berth.errors.GoQuote.of(url) + ": http: no Host in request URL");
      }
      throw new NotSupportedException("importing from a URL (POST /images/create?fromSrc=<url>)");
    }
    var config = dev.berth.build.CommitChanges.forImport(x.queryAll("changes"));
    String reference = importReference(x.query("repo"), x.query("tag"));
    String id;
    try (InputStream body = x.body()) {
      id = new ImageImporter(engine.store()).importTar(body, reference, x.query("message"), config);
    }
    ObjectNode status = Json.MAPPER.createObjectNode().put("status", id);
    try (OutputStream out = x.stream("application/json")) {
      out.write((status + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * {@code POST /images/load?quiet=}: the body is the archive. As the daemon's, the answer (200)
   * starts with its first line, once the archive is read and loaded: a client that sends the body
   * and then closes the answer unread (docker-java) finds the image in place. Every failure, even
   * of an unreadable archive, arrives as an error message in that 200 stream. Unless quiet (the
   * default), each layer the store did not have yet is reported as the daemon's {@code Loading
   * layer} progress, twice, as dockerd reports a layer read in one go (a large layer read slowly
   * gets more partial reports there; berth sends its final state).
   */
  private void load(Exchange x) throws Exception {
    boolean quiet = !x.hasQuery("quiet") || x.bool("quiet");
    try (OutputStream out = x.lazyStream("application/json"); InputStream body = x.body()) {
      List<LoadMessage> messages;
      try {
        messages = new ImageArchives(engine.store()).loadMessages(body);
      } catch (dev.berth.errors.BerthException e) {
        // read the rest of the archive first: a client still sending it would fail on a closed
        // connection ("broken pipe") instead of printing the error
        try {
          body.transferTo(OutputStream.nullOutputStream());
        } catch (java.io.IOException ignored) {
          // the client went away: the error below reaches no one either
        }
        out.write(GoJsonText.error(e.getMessage(), null));
        return;
      }
      for (LoadMessage m : messages) {
        switch (m) {
          case LoadMessage.Line line -> out.write(GoJsonText.stream(line.text() + "\n"));
          case LoadMessage.LayerLoaded layer -> {
            if (!quiet) {
              byte[] progress = GoJsonText.message(LoadProgress.done(layer.diffId(), layer.archiveBytes()));
              out.write(progress);
              out.write(progress);
            }
          }
        }
      }
    }
  }

  /** {@code GET /images/get?names=...} and {@code GET /images/{name}/get}: the archive {@code berth save} writes. */
  private void save(Exchange x, List<String> names) throws Exception {
    try (OutputStream out = new java.io.BufferedOutputStream(x.lazyStream("application/x-tar"), 65536)) {
      new ImageArchives(engine.store()).save(names, out);
    }
  }

  /** The daemon's checks of the import target (all 400), before the body is read. */
  private static String importReference(String repo, String tag) {
    if (repo.isEmpty()) {
      return null;
    }
    Reference ref = Reference.parse(repo);
    if (ref.isDigest()) {
      throw new InvalidArgumentException("cannot import digest reference");
    }
    if (!tag.isEmpty()) {
      ref = ref.withTag(tag);
    }
    return ref.toString();
  }
}
